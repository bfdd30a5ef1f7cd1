package ua.cooperation.portal.notification;

/**
 * How the signed-in user is told of one kind of event: her choice, and the default of her role (what she gets when
 * she has not chosen).
 */
public record NotificationPreference(NotificationKind kind, NotificationChannel channel,
                                     NotificationChannel defaultChannel) {
}
