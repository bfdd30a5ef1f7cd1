package ua.cooperation.portal.notification;

import ua.cooperation.portal.translation.TextOwnerKind;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The text of one notification's e-mail, in the recipient's language: what happened, the record's title as she may
 * read it, who did it (or "the office"), the remark she may read, a link to the record and one to her preferences.
 */
record NotificationMessage(String subject, String text) {

    static NotificationMessage of(NotificationItem item, String recipientName, Locale language, String portalUrl) {
        var bundle = ResourceBundle.getBundle("vaadin-i18n/translations", language);
        var kind = bundle.getString("notification.kind." + item.kind().name());
        var text = new StringBuilder(MessageFormat.format(bundle.getString("notification.mail.greeting"),
                recipientName)).append("\n\n")
                .append(kind).append(":\n").append(item.title()).append("\n")
                .append(MessageFormat.format(bundle.getString("notification.mail.by"), item.actorName() == null
                        ? bundle.getString("notifications.actor.office") : item.actorName())).append("\n");
        if (item.remark() != null) {
            text.append(MessageFormat.format(bundle.getString("notifications.remark"), item.remark())).append("\n");
        }
        text.append("\n").append(MessageFormat.format(bundle.getString("notification.mail.open"),
                        portalUrl + item.href())).append("\n");
        if (item.subjectKind() == TextOwnerKind.MEETING) {
            text.append(bundle.getString("notification.mail.calendar")).append("\n");
        }
        text.append("\n-- \n").append(MessageFormat.format(bundle.getString("notification.mail.footer"),
                portalUrl + NotificationLinks.PREFERENCES)).append("\n");
        return new NotificationMessage(MessageFormat.format(bundle.getString("notification.mail.subject"), kind,
                item.title()), text.toString());
    }
}
