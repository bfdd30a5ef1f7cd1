package ua.cooperation.portal.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * The portal's short messages, so that every view says "saved" and "refused" the same way: successes briefly at the
 * bottom (work goes on), errors longer in the middle (the user must read them). Screen readers announce both
 * (Vaadin's notifications are live regions).
 */
public final class Notifications {

    static final int SUCCESS_MS = 3000;
    static final int ERROR_MS = 6000;

    private Notifications() {
    }

    /** "Saved." after a record was stored. */
    public static Notification saved(Component source) {
        return success(source, "record.saved");
    }

    /** A translated success message. */
    public static Notification success(Component source, String key, Object... args) {
        var notification = Notification.show(source.getTranslation(key, args), SUCCESS_MS,
                Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        return notification;
    }

    /** A translated error message. */
    public static Notification error(Component source, String key, Object... args) {
        return errorText(source.getTranslation(key, args));
    }

    /** An error message already translated (several refusals joined, say). */
    public static Notification errorText(String text) {
        var notification = Notification.show(text, ERROR_MS, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        return notification;
    }

    /** A neutral message already translated. */
    public static Notification info(String text) {
        return Notification.show(text, SUCCESS_MS + 1000, Notification.Position.BOTTOM_START);
    }
}
