package ua.cooperation.portal.reminder;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import ua.cooperation.portal.notification.NotificationDigest;
import ua.cooperation.portal.notification.NotificationItem;
import ua.cooperation.portal.security.TokenUsers;

import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The daily digest: every active account with an e-mail address gets one message listing its reminders and the
 * notifications it chose to read in the digest, selected as that user (their own scope), in their language; users with
 * nothing to remember get nothing. Without SMTP (no
 * {@link JavaMailSender}, i.e. no {@code spring.mail.host}) nothing is sent and nothing fails.
 */
@Component
public class ReminderDigest {

    private static final Logger log = LoggerFactory.getLogger(ReminderDigest.class);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final TokenUsers users;
    private final ReminderService reminders;
    private final NotificationDigest notifications;
    private final String from;
    private final String portalUrl;

    ReminderDigest(ObjectProvider<JavaMailSender> mailSender, TokenUsers users, ReminderService reminders,
                   NotificationDigest notifications,
                   @Value("${portal.mail.from:cooperation-portal@localhost}") String from,
                   @Value("${portal.url:http://localhost:8080}") String portalUrl) {
        this.mailSender = mailSender;
        this.users = users;
        this.reminders = reminders;
        this.notifications = notifications;
        this.from = from;
        this.portalUrl = portalUrl.endsWith("/") ? portalUrl : portalUrl + "/";
    }

    /** Sends today's digests; returns how many messages went out (0 without SMTP). */
    public int sendAll() {
        var sender = mailSender.getIfAvailable();
        if (sender == null) {
            log.debug("No SMTP configured: reminder digests are shown in the portal only");
            return 0;
        }
        int sent = 0;
        for (var recipient : users.activeRecipients()) {
            var locale = Locale.forLanguageTag(recipient.language() == null ? "uk" : recipient.language());
            var items = users.runAs(recipient.user(), () -> reminders.forCurrentUser(locale));
            // the notifications she chose to read in the digest, as she may read them now (ADR 0041)
            var waiting = users.runAs(recipient.user(), () -> notifications.pendingForCurrentUser(locale));
            if (items.isEmpty() && waiting.items().isEmpty()) {
                continue;
            }
            var message = new SimpleMailMessage();
            message.setFrom(from);
            message.setTo(recipient.email());
            var bundle = ResourceBundle.getBundle("vaadin-i18n/translations", locale);
            // a digest of notifications alone does not announce "0 reminders"
            message.setSubject(items.isEmpty()
                    ? MessageFormat.format(bundle.getString("notification.digest.subject"), waiting.items().size())
                    : MessageFormat.format(bundle.getString("reminder.mail.subject"), items.size()));
            message.setText(text(recipient, locale, items, waiting.items()));
            try {
                sender.send(message);
                notifications.markSent(waiting.deliveryIds());
                sent++;
            } catch (MailException e) {
                // one unreachable mailbox must not stop the others' digests
                log.warn("Reminder digest to {} not sent: {}", recipient.user().username(), e.getMessage());
            }
        }
        return sent;
    }

    private String text(TokenUsers.Recipient recipient, Locale locale, List<Reminder> items,
                        List<NotificationItem> waiting) {
        var bundle = ResourceBundle.getBundle("vaadin-i18n/translations", locale);
        var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        var text = new StringBuilder(MessageFormat.format(bundle.getString("reminder.mail.greeting"),
                recipient.user().displayName())).append("\n\n");
        for (var item : items) {
            text.append("• ").append(bundle.getString("reminder-kind." + item.kind().name())).append(" — ")
                    .append(dates.format(item.date())).append(": ").append(item.subject()).append("\n  ")
                    .append(portalUrl).append(item.href()).append("\n");
        }
        if (!waiting.isEmpty()) {
            text.append("\n").append(bundle.getString("notification.digest.heading")).append("\n");
            for (var n : waiting) {
                text.append("• ").append(bundle.getString("notification.kind." + n.kind().name())).append(": ")
                        .append(n.title()).append("\n  ").append(portalUrl).append(n.href()).append("\n");
            }
        }
        return text.append("\n").append(bundle.getString("reminder.mail.footer")).toString();
    }
}
