package ua.cooperation.portal.partnership;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One row of a partnership's status history as the details view shows it. {@code kind} is MOVED, SIGNING_PROPOSED,
 * SIGNING_CONFIRMED or SIGNING_RETURNED.
 */
public record StatusChangeItem(long id, String kind, PartnershipStatus fromStatus, PartnershipStatus toStatus,
                               LocalDate effectiveOn, String note, String changedBy, Instant changedAt) {
}
