package ua.cooperation.portal.notification.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.theme.lumo.LumoUtility;
import ua.cooperation.portal.base.DatabaseFailures;
import ua.cooperation.portal.notification.NotificationService;

/**
 * The notifications bell in the top bar: the number of unread notifications (hidden at none), linking to the inbox.
 * While the layout is attached the UI polls every {@code portal.notifications.poll-seconds} and the bell counts again
 * (one indexed count), so the number moves without a reload and without any custom frontend. Its accessible name says
 * the number in words ("3 unread notifications"), not by colour.
 */
class NotificationBell extends Anchor {

    static final String ID = "navbar-notifications";
    static final String ID_COUNT = "navbar-notifications-count";

    private final NotificationService notifications;
    private final int pollMillis;
    private final Span count = new Span();
    private Registration pollRegistration;
    private int previousPollInterval = -1;

    NotificationBell(NotificationService notifications, int pollSeconds) {
        this.notifications = notifications;
        this.pollMillis = pollSeconds * 1000;
        setId(ID);
        setHref(InboxView.ROUTE);
        count.setId(ID_COUNT);
        count.addClassNames("portal-badge", LumoUtility.FontSize.XSMALL);
        add(VaadinIcon.ENVELOPE_O.create(), count);
        addClassNames(LumoUtility.Display.FLEX, LumoUtility.AlignItems.CENTER, LumoUtility.Gap.XSMALL);
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        var ui = event.getUI();
        if (pollMillis > 0) {
            previousPollInterval = ui.getPollInterval();
            ui.setPollInterval(pollMillis);
            pollRegistration = ui.addPollListener(this::onPoll);
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (pollRegistration != null) {
            pollRegistration.remove();
            pollRegistration = null;
            event.getUI().setPollInterval(previousPollInterval);
        }
        super.onDetach(event);
    }

    private void onPoll(PollEvent event) {
        refresh();
    }

    /**
     * Counts again now. While the database is unavailable the bell keeps what it showed: the layout, and with it the
     * "database unavailable" page, must open without the database.
     */
    void refresh() {
        int unread;
        try {
            unread = notifications.countUnread();
        } catch (RuntimeException e) {
            if (!DatabaseFailures.isDatabaseUnavailable(e)) {
                throw e;
            }
            return;
        }
        boolean capped = unread >= NotificationService.COUNT_LIMIT;
        count.setText(capped ? (NotificationService.COUNT_LIMIT - 1) + "+" : Integer.toString(unread));
        count.setVisible(unread > 0);
        var label = unread == 0 ? getTranslation("notifications.bell.none")
                : getTranslation("notifications.bell.unread", count.getText());
        getElement().setAttribute("aria-label", label);
        getElement().setAttribute("title", label);
    }

    String shownCount() {
        return count.isVisible() ? count.getText() : "0";
    }
}
