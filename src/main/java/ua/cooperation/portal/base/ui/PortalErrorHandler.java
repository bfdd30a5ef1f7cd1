package ua.cooperation.portal.base.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import ua.cooperation.portal.base.DatabaseFailures;

/**
 * The session's error handler: every click, save or other event whose work fails because the database cannot be
 * reached shows one translated message — "database unavailable, your input is kept" — instead of Vaadin's internal
 * error. Nothing else happens: the form, its fields and the open dialog stay as they were, so the user saves again
 * once the database is back (the connection pool reconnects by itself). An action that a service refuses for lack of
 * rights (typically because an administrator took a role away while the page was open, ADR 0033) says so in one
 * translated message instead of failing silently. Every other failure goes to Vaadin's default handling. Installed
 * for every session by {@link DatabaseOutageHandling}.
 */
public class PortalErrorHandler extends DefaultErrorHandler {

    /** Id of the message, for tests. */
    public static final String ID_NOTIFICATION = "database-unavailable";
    /** Id of the "not allowed" message. */
    public static final String ID_REFUSED = "action-refused";

    private static final Logger LOG = LoggerFactory.getLogger(PortalErrorHandler.class);
    private static final int DURATION_MS = 10_000;

    @Override
    public void error(ErrorEvent event) {
        var ui = UI.getCurrent();
        if (ui != null && DatabaseFailures.isDatabaseUnavailable(event.getThrowable())) {
            LOG.warn("Database unavailable during a user's action; the user was told and their input kept: {}",
                    rootMessage(event.getThrowable()));
            showDatabaseUnavailable(ui);
            return;
        }
        if (ui != null && isRefusal(event.getThrowable())) {
            LOG.info("A user's action was refused for lack of rights: {}", rootMessage(event.getThrowable()));
            var refused = Notification.show(ui.getTranslation("error.refused"), DURATION_MS,
                    Notification.Position.MIDDLE);
            refused.setId(ID_REFUSED);
            refused.addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        super.error(event);
    }

    /** Method security refused the call (it has already written ACCESS_DENIED to the security log). */
    private static boolean isRefusal(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof AccessDeniedException) {
                return true;
            }
        }
        return false;
    }

    /** Shows the message in {@code ui}, replacing one still open (a user clicking "save" again sees one message). */
    public static Notification showDatabaseUnavailable(UI ui) {
        if (ComponentUtil.getData(ui, Notification.class) instanceof Notification previous && previous.isOpened()) {
            previous.close();
        }
        var title = new Span(ui.getTranslation("database-unavailable.title"));
        title.addClassName(LumoUtility.FontWeight.SEMIBOLD);
        var text = new Span(ui.getTranslation("database-unavailable.kept"));
        var message = new Div(title, text);
        message.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN);

        var notification = new Notification();
        notification.setId(ID_NOTIFICATION);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.setPosition(Notification.Position.MIDDLE);
        notification.setDuration(DURATION_MS);
        var close = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> notification.close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        close.setAriaLabel(ui.getTranslation("database-unavailable.close"));
        var layout = new HorizontalLayout(VaadinIcon.PLUG.create(), message, close);
        layout.setAlignItems(HorizontalLayout.Alignment.CENTER);
        notification.add(layout);
        ComponentUtil.setData(ui, Notification.class, notification);
        notification.open();
        return notification;
    }

    private static String rootMessage(Throwable failure) {
        var root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
