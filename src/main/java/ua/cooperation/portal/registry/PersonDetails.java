package ua.cooperation.portal.registry;

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
        String updatedBy) {

    public String fullName() {
        return givenName + " " + familyName;
    }
}
