package ua.cooperation.portal.reminder.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ua.cooperation.portal.base.ui.NavigationEntry;

/** Puts the reminders into the side navigation, for every user (each sees their own, in their scope). */
@Configuration(proxyBeanMethods = false)
class ReminderNavigation {

    @Bean
    NavigationEntry remindersNavigationEntry() {
        return new NavigationEntry("reminders", 14, "reminders.title", VaadinIcon.BELL, RemindersView.class,
                user -> true);
    }
}
