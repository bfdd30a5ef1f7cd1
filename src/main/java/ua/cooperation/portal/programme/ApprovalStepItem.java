package ua.cooperation.portal.programme;

import java.time.Instant;

/** One row of a programme's approval history as the details view shows it. */
public record ApprovalStepItem(long id, ApprovalState fromState, ApprovalState toState, String comment,
                               String changedBy, Instant changedAt) {
}
