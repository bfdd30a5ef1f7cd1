package ua.cooperation.portal.registry;

import ua.cooperation.portal.security.Permissions;

import java.time.Instant;

/**
 * Everything the municipality page shows about one municipality, with what the reader may do with it; {@code name} is
 * in the reader's language, {@code location} (raion, oblast) only for hromadas.
 */
public record MunicipalityDetails(long id, long version, Municipality.Side side, String countryCode, String name,
                                  String hromadaCode, String location, String nameOriginal, String nameUk,
                                  String nameEn, String nationalCode, Instant updatedAt, String updatedBy,
                                  Permissions permissions) {

    static MunicipalityDetails of(MunicipalityItem item, Permissions permissions) {
        return new MunicipalityDetails(item.id(), item.version(), item.side(), item.countryCode(), item.name(),
                item.hromadaCode(), item.location(), item.nameOriginal(), item.nameUk(), item.nameEn(),
                item.nationalCode(), item.updatedAt(), item.updatedBy(), permissions);
    }
}
