package ua.cooperation.portal.registry;

import java.time.Instant;

/** A municipality as lists and details show it, with its name in the reader's language and, for hromadas, where. */
public record MunicipalityItem(long id, long version, Municipality.Side side, String countryCode, String name,
                               String hromadaCode, String location, String nameOriginal, String nameUk, String nameEn,
                               String nationalCode, Instant updatedAt, String updatedBy) {
}
