package ua.cooperation.portal.meeting.ui;

import ua.cooperation.portal.meeting.MeetingLinks;

import com.vaadin.flow.component.icon.VaadinIcon;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ua.cooperation.portal.base.ui.NavigationEntry;

/**
 * Puts meetings and "my action items" into the side navigation; every role sees both (liaisons only their countries'
 * shared meetings, and the items assigned to them).
 */
@Configuration(proxyBeanMethods = false)
class MeetingNavigation {

    @Bean
    NavigationEntry myActionItemsNavigationEntry() {
        return new NavigationEntry("my-action-items", 12, "my-action-items.title", VaadinIcon.TASKS,
                MyActionItemsView.class, () -> true);
    }

    /** Everyone's action items, next to one's own: staff see all, a liaison those of their countries' meetings. */
    @Bean
    NavigationEntry actionItemsNavigationEntry() {
        return new NavigationEntry("action-items", 13, "action-items.title", VaadinIcon.LIST_UL,
                ActionItemListView.class, () -> true);
    }

    @Bean
    NavigationEntry meetingsNavigationEntry() {
        return new NavigationEntry(MeetingLinks.ROUTE, 28, "meeting.list.title", VaadinIcon.CALENDAR_USER,
                MeetingListView.class, () -> true);
    }

    /** The decision register: everyone who sees meetings (a liaison the decisions of her countries' shared ones). */
    @Bean
    NavigationEntry decisionsNavigationEntry() {
        return new NavigationEntry(MeetingLinks.DECISIONS_ROUTE, 30, "decision.register.title", VaadinIcon.GAVEL,
                DecisionRegisterView.class, () -> true);
    }
}
