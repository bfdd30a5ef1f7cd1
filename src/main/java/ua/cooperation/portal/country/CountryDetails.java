package ua.cooperation.portal.country;

import java.time.Instant;
import java.time.MonthDay;

/** Everything the details view shows about one country. */
public record CountryDetails(
        String code,
        long version,
        String name,
        PartnerStatus partnerStatus,
        MonthDay nationalDay,
        String notes,
        Instant updatedAt,
        String updatedBy) {
}
