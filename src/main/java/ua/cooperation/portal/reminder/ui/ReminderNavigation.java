package ua.cooperation.portal.reminder.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ua.cooperation.portal.base.PortalTime;
import ua.cooperation.portal.base.ui.NavbarItem;
import ua.cooperation.portal.base.ui.NavigationEntry;
import ua.cooperation.portal.reminder.ReminderService;

import java.util.Optional;

/**
 * Puts the reminders into the side navigation, for every user (each sees their own, in their scope), and the bell
 * with their number into the top bar.
 */
@Configuration(proxyBeanMethods = false)
class ReminderNavigation {

    /** After the search box (20), before the language switch (40). */
    static final int NAVBAR_ORDER = 30;

    @Bean
    NavigationEntry remindersNavigationEntry() {
        return new NavigationEntry("reminders", 14, "reminders.title", VaadinIcon.BELL, RemindersView.class,
                () -> true);
    }

    @Bean
    NavbarItem remindersNavbarItem(ReminderService reminders, PortalTime time) {
        return new NavbarItem(NAVBAR_ORDER, () -> Optional.of(new RemindersIndicator(reminders, time)));
    }
}
