package ua.cooperation.portal.programme;

import java.time.Instant;

/**
 * One row of a programme's approval history as the details view shows it. For partners {@code comment} is null unless
 * it was marked for partners, and {@code changedBy} is null for staff (shown as the office).
 */
public record ApprovalStepItem(long id, ApprovalState fromState, ApprovalState toState, String comment,
                               boolean commentForPartners, String changedBy, Instant changedAt) {
}
