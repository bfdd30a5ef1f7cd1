package ua.cooperation.portal.visit.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ua.cooperation.portal.base.ui.NavigationEntry;
import ua.cooperation.portal.visit.VisitLinks;

/** Puts visits into the side navigation beside meetings; every role sees them (partners their shared ones). */
@Configuration(proxyBeanMethods = false)
class VisitNavigation {

    @Bean
    NavigationEntry visitsNavigationEntry() {
        return new NavigationEntry(VisitLinks.ROUTE, 29, "visit.list.title", VaadinIcon.AIRPLANE, VisitListView.class,
                () -> true);
    }
}
