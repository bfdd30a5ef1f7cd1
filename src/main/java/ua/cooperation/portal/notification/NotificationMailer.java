package ua.cooperation.portal.notification;

import jakarta.mail.MessagingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import ua.cooperation.portal.base.PortalTime;
import ua.cooperation.portal.meeting.MeetingCalendarService;
import ua.cooperation.portal.security.TokenUsers;
import ua.cooperation.portal.translation.TextOwnerKind;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Sends the e-mails the outbox holds ({@code notification_delivery}, channel EMAIL), each built as its recipient at
 * send time ({@link TokenUsers#runAs}): in her language, with the record's title as she may read it now; a record that
 * left her scope, or an account that may no longer sign in, drops the delivery (SKIPPED) and tells nothing. Each row
 * is claimed first (PENDING → SENDING with its version): only the sender whose update counted sends, so two nodes, or
 * two runs, never send one message twice. A refused send is tried again after 1, 2, 4 … minutes (at most an hour), and
 * is FAILED after {@link #MAX_ATTEMPTS}. Without SMTP nothing is claimed: the rows wait.
 */
@Component
class NotificationMailer {

    static final int MAX_ATTEMPTS = 6;
    static final int BATCH = 100;
    private static final Logger log = LoggerFactory.getLogger(NotificationMailer.class);

    /** A claimed delivery with what the message needs. */
    private record Claimed(long id, long notificationId, int attempts, long recipientId, String email,
                           String language, TextOwnerKind subjectKind, long subjectId, NotificationKind kind) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final TokenUsers users;
    private final NotificationService notifications;
    private final MeetingCalendarService calendar;
    private final PortalTime time;
    private final String from;
    private final String portalUrl;
    private final String node = nodeName();

    NotificationMailer(NamedParameterJdbcTemplate jdbc, ObjectProvider<JavaMailSender> mailSender, TokenUsers users,
                       NotificationService notifications, MeetingCalendarService calendar, PortalTime time,
                       @Value("${portal.mail.from:cooperation-portal@localhost}") String from,
                       @Value("${portal.url:http://localhost:8080}") String portalUrl) {
        this.jdbc = jdbc;
        this.mailSender = mailSender;
        this.users = users;
        this.notifications = notifications;
        this.calendar = calendar;
        this.time = time;
        this.from = from;
        this.portalUrl = portalUrl.endsWith("/") ? portalUrl : portalUrl + "/";
    }

    /** Sends what is due now; returns how many messages went out (0 without SMTP). */
    int sendDue() {
        var sender = mailSender.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        var due = jdbc.queryForList("select id from notification_delivery where state = 'PENDING'"
                + " and channel = 'EMAIL' and next_attempt_at <= :now order by next_attempt_at, id limit :batch",
                new MapSqlParameterSource("now", now()).addValue("batch", BATCH), Long.class);
        int sent = 0;
        for (var id : due) {
            var claimed = claim(id);
            if (claimed.isPresent() && deliver(claimed.get(), sender)) {
                sent++;
            }
        }
        return sent;
    }

    /** PENDING → SENDING, committed at once (no surrounding transaction): whoever counted one row owns it. */
    private Optional<Claimed> claim(long id) {
        int counted = jdbc.update("update notification_delivery set state = 'SENDING', claimed_by = :node,"
                + " version = version + 1 where id = :id and state = 'PENDING'",
                new MapSqlParameterSource("id", id).addValue("node", node));
        if (counted != 1) {
            return Optional.empty();
        }
        return jdbc.query("select d.id, d.notification_id, d.attempts, n.recipient_id, a.email, a.preferred_language,"
                + " n.subject_kind, n.subject_id, n.event_kind from notification_delivery d"
                + " join notification n on n.id = d.notification_id join user_account a on a.id = n.recipient_id"
                + " where d.id = :id", new MapSqlParameterSource("id", id), (rs, n) -> new Claimed(rs.getLong(1),
                rs.getLong(2), rs.getInt(3), rs.getLong(4), rs.getString(5), rs.getString(6),
                TextOwnerKind.valueOf(rs.getString(7)), rs.getLong(8), NotificationKind.valueOf(rs.getString(9))))
                .stream().findFirst();
    }

    private boolean deliver(Claimed row, JavaMailSender sender) {
        var user = users.activeUser(row.recipientId());
        if (user.isEmpty() || row.email() == null || row.email().isBlank()) {
            finish(row.id(), "SKIPPED");
            return false;
        }
        var language = Locale.forLanguageTag(row.language() == null ? "uk" : row.language());
        try {
            var built = users.runAs(user.get(), () -> build(row, user.get().displayName(), language, sender));
            if (built.isEmpty()) {
                finish(row.id(), "SKIPPED");
                return false;
            }
            sender.send(built.get());
            finish(row.id(), "SENT");
            return true;
        } catch (RuntimeException e) {
            // a refused send (MailException) or a message that could not be built: tried again, then FAILED
            retryLater(row, e);
            return false;
        }
    }

    /** The message as the recipient may read it now; empty when its record left her scope. */
    private Optional<jakarta.mail.internet.MimeMessage> build(Claimed row, String name, Locale language,
                                                             JavaMailSender sender) {
        var items = notifications.forDelivery(List.of(row.notificationId()), language);
        if (items.isEmpty()) {
            return Optional.empty();
        }
        var message = NotificationMessage.of(items.getFirst(), name, language, portalUrl);
        var ics = row.subjectKind() == TextOwnerKind.MEETING
                ? calendar.icsForMessage(row.subjectId(), language) : Optional.<String>empty();
        try {
            var mime = sender.createMimeMessage();
            var helper = new MimeMessageHelper(mime, ics.isPresent(), StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(row.email());
            helper.setSubject(message.subject());
            helper.setText(message.text());
            if (ics.isPresent()) {
                helper.addAttachment("meeting.ics", new ByteArrayResource(ics.get().getBytes(StandardCharsets.UTF_8)),
                        "text/calendar; charset=UTF-8; method=PUBLISH");
            }
            return Optional.of(mime);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void finish(long id, String state) {
        jdbc.update("update notification_delivery set state = :state, sent_at = :now, last_error = null,"
                + " version = version + 1 where id = :id and state = 'SENDING'", new MapSqlParameterSource("id", id)
                .addValue("state", state).addValue("now", now()));
    }

    /** Back to PENDING after 1, 2, 4 … minutes (at most an hour), FAILED after the last attempt. */
    private void retryLater(Claimed row, RuntimeException e) {
        int attempts = row.attempts() + 1;
        var error = String.valueOf(e.getMessage());
        log.warn("Notification mail {} to account {} not sent (attempt {}): {}", row.id(), row.recipientId(),
                attempts, error);
        jdbc.update("update notification_delivery set state = :state, attempts = :attempts, next_attempt_at = :next,"
                + " last_error = :error, version = version + 1 where id = :id and state = 'SENDING'",
                new MapSqlParameterSource("id", row.id()).addValue("attempts", attempts)
                        .addValue("state", attempts >= MAX_ATTEMPTS ? "FAILED" : "PENDING")
                        .addValue("next", Timestamp.from(time.now().plus(backOff(attempts))))
                        .addValue("error", error.length() <= 1000 ? error : error.substring(0, 1000)));
    }

    /** The wait before attempt {@code attempts + 1}: 1, 2, 4 … minutes, at most an hour. */
    static Duration backOff(int attempts) {
        return Duration.ofMinutes(Math.min(60, 1L << Math.min(10, Math.max(0, attempts - 1))));
    }

    private Timestamp now() {
        return Timestamp.from(time.now().truncatedTo(ChronoUnit.MICROS));
    }

    private static String nodeName() {
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            host = "node";
        }
        var name = host + "/" + ProcessHandle.current().pid() + "/" + UUID.randomUUID().toString().substring(0, 8);
        return name.length() <= 100 ? name : name.substring(name.length() - 100);
    }
}
