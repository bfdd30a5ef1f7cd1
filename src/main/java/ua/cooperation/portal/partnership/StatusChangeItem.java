package ua.cooperation.portal.partnership;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One row of a partnership's status history as the details view shows it. {@code kind} is MOVED, SIGNING_PROPOSED,
 * SIGNING_CONFIRMED or SIGNING_RETURNED. For partners {@code note} is null unless it was marked for partners, and
 * {@code changedBy} is null for staff (shown as the office).
 */
public record StatusChangeItem(long id, String kind, PartnershipStatus fromStatus, PartnershipStatus toStatus,
                               LocalDate effectiveOn, String note, boolean noteForPartners, String changedBy,
                               Instant changedAt) {
}
