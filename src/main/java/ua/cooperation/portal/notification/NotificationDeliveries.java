package ua.cooperation.portal.notification;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ua.cooperation.portal.base.PortalTime;
import ua.cooperation.portal.base.RecordNotFoundException;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;

/**
 * The administrators' view of the messages that did not go out (ADR 0041, stage 2): FAILED ones, those PENDING for
 * longer than {@link #LATE} and those SENDING for longer than {@link #STUCK} (a node that stopped mid-send); "resend"
 * puts one back into the outbox with a fresh count of attempts. Administrators only: deliveries have no country scope.
 */
@Service
public class NotificationDeliveries {

    static final Duration LATE = Duration.ofHours(1);
    static final Duration STUCK = Duration.ofMinutes(15);

    private final NamedParameterJdbcTemplate jdbc;
    private final PortalTime time;

    NotificationDeliveries(NamedParameterJdbcTemplate jdbc, PortalTime time) {
        this.jdbc = jdbc;
        this.time = time;
    }

    /** Up to {@code limit} undelivered messages, the oldest first. */
    @PreAuthorize("hasRole('ADMIN') and @liaisonPreview.previewedCountry().isEmpty()")
    @Transactional(readOnly = true)
    public List<DeliveryProblem> undelivered(int limit) {
        var now = time.now();
        return jdbc.query("select d.id, a.display_name, a.email, n.event_kind, d.channel, d.state, d.attempts,"
                + " d.created_at, d.next_attempt_at, d.last_error from notification_delivery d"
                + " join notification n on n.id = d.notification_id join user_account a on a.id = n.recipient_id"
                + " where d.state = 'FAILED' or (d.state = 'PENDING' and d.created_at < :late)"
                + " or (d.state = 'SENDING' and d.next_attempt_at < :stuck) order by d.created_at, d.id limit :limit",
                new MapSqlParameterSource("late", Timestamp.from(now.minus(LATE)))
                        .addValue("stuck", Timestamp.from(now.minus(STUCK))).addValue("limit", limit),
                (rs, n) -> new DeliveryProblem(rs.getLong(1), rs.getString(2), rs.getString(3),
                        NotificationKind.valueOf(rs.getString(4)), NotificationChannel.valueOf(rs.getString(5)),
                        rs.getString(6), rs.getInt(7), rs.getTimestamp(8).toInstant(),
                        rs.getTimestamp(9).toInstant(), rs.getString(10)));
    }

    /** Puts one undelivered message back into the outbox, due now, with no attempts; a sent one is "not found". */
    @PreAuthorize("hasRole('ADMIN') and @liaisonPreview.previewedCountry().isEmpty()")
    @Transactional
    public void resend(long deliveryId) {
        int updated = jdbc.update("update notification_delivery set state = 'PENDING', attempts = 0,"
                + " next_attempt_at = :now, last_error = null, claimed_by = null, version = version + 1"
                + " where id = :id and state in ('FAILED', 'PENDING', 'SENDING')",
                new MapSqlParameterSource("id", deliveryId).addValue("now", Timestamp.from(time.now())));
        if (updated == 0) {
            throw new RecordNotFoundException("Notification delivery " + deliveryId);
        }
    }
}
