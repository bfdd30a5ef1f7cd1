package ua.cooperation.portal.notification;

import java.time.Instant;

/**
 * A message that has not gone out: failed for good, or waiting (or being sent) for longer than it should. For the
 * administrators, who see the recipient and the error but not the record's title (that is read only as the recipient).
 */
public record DeliveryProblem(long id, String recipient, String email, NotificationKind kind,
                              NotificationChannel channel, String state, int attempts, Instant createdAt,
                              Instant nextAttemptAt, String lastError) {
}
