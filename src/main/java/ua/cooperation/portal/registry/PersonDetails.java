package ua.cooperation.portal.registry;

import ua.cooperation.portal.security.Permissions;

import java.time.Instant;

/** Everything the details view shows about one person. */
public record PersonDetails(
        long id,
        long version,
        String givenName,
        String familyName,
        String givenNameLatin,
        String familyNameLatin,
        String countryCode,
        String email,
        String phone,
        String notes,
        Instant updatedAt,
        String updatedBy,
        Permissions permissions) {

    public String fullName() {
        return givenName + " " + familyName;
    }
}
