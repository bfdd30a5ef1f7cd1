package ua.cooperation.portal.reminder.ui;

import ua.cooperation.portal.base.PortalTime;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.theme.lumo.LumoUtility;
import ua.cooperation.portal.base.DatabaseFailures;
import ua.cooperation.portal.reminder.Reminder;
import ua.cooperation.portal.reminder.ReminderKind;
import ua.cooperation.portal.reminder.ReminderService;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A bell in the main layout's navbar (contributed by {@link ReminderNavigation}) with the number of the user's
 * reminders, linking to the reminders page; the number turns red when one of the user's action items is overdue.
 * Counted when a page is opened, at most once a minute, through the scoped reminder service (so a liaison's count
 * holds only what she may see).
 */
class RemindersIndicator extends Anchor implements AfterNavigationObserver {

    static final String ID = "navbar-reminders";
    static final String ID_COUNT = "navbar-reminders-count";
    private static final Duration FRESH_FOR = Duration.ofMinutes(1);

    private final ReminderService reminders;
    private final PortalTime time;
    private final Span count = new Span();
    private Instant countedAt;

    RemindersIndicator(ReminderService reminders, PortalTime time) {
        this.reminders = reminders;
        this.time = time;
        setId(ID);
        setHref("reminders");
        count.setId(ID_COUNT);
        count.addClassNames("portal-badge", LumoUtility.FontSize.XSMALL);
        add(VaadinIcon.BELL_O.create(), count);
        addClassNames(LumoUtility.Display.FLEX, LumoUtility.AlignItems.CENTER, LumoUtility.Gap.XSMALL);
        refresh();
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        if (countedAt == null || countedAt.plus(FRESH_FOR).isBefore(time.now())) {
            refresh();
        }
    }

    /**
     * Counts again now. While the database is unavailable the bell keeps what it showed and counts again at the next
     * navigation: the layout, and with it the "database unavailable" page, must open without the database.
     */
    void refresh() {
        List<Reminder> all;
        try {
            all = reminders.forCurrentUser(getLocale());
        } catch (RuntimeException e) {
            if (!DatabaseFailures.isDatabaseUnavailable(e)) {
                throw e;
            }
            countedAt = null;
            return;
        }
        boolean overdue = all.stream().anyMatch(r -> r.kind() == ReminderKind.ACTION_ITEM_OVERDUE);
        count.setText(Integer.toString(all.size()));
        count.setVisible(!all.isEmpty());
        count.setClassName("portal-badge-overdue", overdue);
        var label = getTranslation("reminders.indicator", all.size());
        getElement().setAttribute("aria-label", label);
        getElement().setAttribute("title", label);
        countedAt = time.now();
    }

    int shownCount() {
        return count.isVisible() ? Integer.parseInt(count.getText()) : 0;
    }
}
