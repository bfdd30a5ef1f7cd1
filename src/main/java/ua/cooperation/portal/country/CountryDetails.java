package ua.cooperation.portal.country;

import ua.cooperation.portal.base.text.LocalizedTexts;
import ua.cooperation.portal.security.Permissions;

import java.time.Instant;
import java.time.MonthDay;

/** Everything the details view shows about one country, with what the reader may do with it. */
public record CountryDetails(
        String code,
        long version,
        String name,
        PartnerStatus partnerStatus,
        MonthDay nationalDay,
        String notes,
        String partnerLanguage,
        // the original, for the form, and the texts partners read in the reader's language (ADR 0040)
        String notesForPartners,
        LocalizedTexts texts,
        Instant updatedAt,
        String updatedBy,
        Permissions permissions) {
}
