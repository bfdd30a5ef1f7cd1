package ua.cooperation.portal.notification;

/** The notification pages' addresses, for the views and the messages' links. */
public final class NotificationLinks {

    /** The signed-in user's notification preferences (linked from the inbox and from every message's footer). */
    public static final String PREFERENCES = "notifications/preferences";
    /** Administrators: messages that could not be delivered. */
    public static final String DELIVERIES = "notifications/deliveries";

    private NotificationLinks() {
    }
}
