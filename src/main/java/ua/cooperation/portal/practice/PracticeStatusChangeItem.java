package ua.cooperation.portal.practice;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One status change as the reader may read it: {@code recordedBy} is the officer's user name for staff and
 * {@code null} for partners (the office recorded it, ADR 0038).
 */
public record PracticeStatusChangeItem(long id, PracticeStatus fromStatus, PracticeStatus toStatus,
                                       LocalDate effectiveOn, String decidedBy, String reason, String recordedBy,
                                       Instant recordedAt) {
}
