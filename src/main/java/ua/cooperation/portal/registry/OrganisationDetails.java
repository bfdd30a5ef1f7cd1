package ua.cooperation.portal.registry;

import ua.cooperation.portal.base.text.LocalizedTexts;
import ua.cooperation.portal.security.Permissions;

import java.time.Instant;

/**
 * Everything the details view shows about one organisation; {@code name} is in the reader's language, and
 * {@code texts} tells staff which translations of it are missing or outdated.
 */
public record OrganisationDetails(
        long id,
        long version,
        OrganisationType type,
        String name,
        String nameOriginal,
        String nameUk,
        String nameEn,
        String countryCode,
        OrganisationRef parent,
        String email,
        String phone,
        String address,
        String website,
        String notes,
        Instant updatedAt,
        String updatedBy,
        Permissions permissions,
        LocalizedTexts texts) {
}
