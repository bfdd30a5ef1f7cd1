package ua.cooperation.portal.notification;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ua.cooperation.portal.base.PortalTime;
import ua.cooperation.portal.security.CurrentUser;

import java.sql.Timestamp;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The notifications waiting for the daily digest (channel DIGEST): read as their recipient when the digest is built,
 * so only those whose record she may open then, in her language; the others are dropped (SKIPPED) unsaid. The digest
 * marks what it sent, after it was sent: a digest that could not go out leaves them for the next.
 */
@Component
public class NotificationDigest {

    /** At most this many notifications in one digest (the oldest first; the rest wait for the next). */
    static final int LIMIT = 200;

    /** The signed-in user's waiting notifications, and the deliveries to mark sent once the digest went out. */
    public record Pending(List<NotificationItem> items, List<Long> deliveryIds) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final NotificationService notifications;
    private final PortalTime time;

    NotificationDigest(NamedParameterJdbcTemplate jdbc, CurrentUser currentUser, NotificationService notifications,
                       PortalTime time) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.notifications = notifications;
        this.time = time;
    }

    /** As the signed-in recipient (the digest runs as her): what waits for her digest and she may read now. */
    @Transactional
    public Pending pendingForCurrentUser(Locale language) {
        var deliveryOf = new HashMap<Long, Long>();
        jdbc.query("select d.id, d.notification_id from notification_delivery d join notification n"
                + " on n.id = d.notification_id where n.recipient_id = :me and d.channel = 'DIGEST'"
                + " and d.state = 'PENDING' order by d.id limit :limit", new MapSqlParameterSource("me",
                currentUser.require().id()).addValue("limit", LIMIT),
                rs -> {
                    deliveryOf.put(rs.getLong(2), rs.getLong(1));
                });
        var items = notifications.forDelivery(deliveryOf.keySet(), language);
        var kept = items.stream().map(i -> deliveryOf.get(i.id())).toList();
        var dropped = deliveryOf.values().stream().filter(id -> !kept.contains(id)).toList();
        mark(dropped, "SKIPPED");
        return new Pending(items, kept);
    }

    /** The digest with these went out. */
    public void markSent(Collection<Long> deliveryIds) {
        mark(deliveryIds, "SENT");
    }

    private void mark(Collection<Long> ids, String state) {
        if (ids.isEmpty()) {
            return;
        }
        jdbc.update("update notification_delivery set state = :state, sent_at = :now, version = version + 1"
                + " where id in (:ids) and state = 'PENDING'", new MapSqlParameterSource("ids", ids)
                .addValue("state", state).addValue("now", Timestamp.from(time.now())));
    }

    /** Tests: the deliveries of one notification, by channel, with their state. */
    Map<String, String> deliveriesOf(long notificationId) {
        var result = new HashMap<String, String>();
        jdbc.query("select channel, state from notification_delivery where notification_id = :id",
                new MapSqlParameterSource("id", notificationId), rs -> {
                    result.put(rs.getString(1), rs.getString(2));
                });
        return result;
    }
}
