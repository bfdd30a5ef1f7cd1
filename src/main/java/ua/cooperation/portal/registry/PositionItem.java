package ua.cooperation.portal.registry;

import java.time.LocalDate;

/**
 * A post as lists show it. {@code personVisible} tells whether the current user may open the person (a liaison sees
 * who holds a post in their country's organisation even when the person belongs to another country).
 */
public record PositionItem(
        long id,
        long version,
        long personId,
        String personName,
        boolean personVisible,
        long organisationId,
        String organisationName,
        String countryCode,
        String title,
        LocalDate fromDate,
        LocalDate toDate,
        Status status) {

    /** Where a post stands on a given day. */
    public enum Status {
        CURRENT,
        PAST,
        UPCOMING
    }
}
