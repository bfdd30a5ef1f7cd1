package ua.cooperation.portal.notification;

/**
 * How a user is told of one kind of event (stored in {@code notification_preference.channel}, shown as
 * {@code notification.channel.NAME}). OFF means neither an inbox row nor a message: she chose not to hear of it.
 */
public enum NotificationChannel {
    /** the inbox and the bell only */
    PORTAL,
    /** the inbox and an e-mail at once */
    EMAIL,
    /** the inbox and a line in the next daily digest */
    DIGEST,
    /** nothing */
    OFF;

    /** Whether the event is written into the inbox. */
    boolean inInbox() {
        return this != OFF;
    }
}
