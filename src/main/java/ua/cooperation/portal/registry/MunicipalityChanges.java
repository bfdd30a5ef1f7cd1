package ua.cooperation.portal.registry;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What an officer enters for a municipality. Ukrainian side: the hromada's KATOTTH code (names come from the
 * codifier). Partner side: country and at least one name. {@code version} is the version the officer opened (0 when
 * new).
 */
public record MunicipalityChanges(Long id, long version, @NotNull Municipality.Side side, String hromadaCode,
                                  @Pattern(regexp = "[A-Z]{2}") String countryCode,
                                  @Size(max = Municipality.NAME_MAX_LENGTH) String nameOriginal,
                                  @Size(max = Municipality.NAME_MAX_LENGTH) String nameUk,
                                  @Size(max = Municipality.NAME_MAX_LENGTH) String nameEn,
                                  @Size(max = Municipality.NATIONAL_CODE_MAX_LENGTH) String nationalCode) {
}
