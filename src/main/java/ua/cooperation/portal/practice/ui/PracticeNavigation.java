package ua.cooperation.portal.practice.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ua.cooperation.portal.base.ui.NavigationEntry;
import ua.cooperation.portal.practice.PracticeLinks;

/** Puts practices into the side navigation; every role sees them (partners only the shared ones of their scope). */
@Configuration(proxyBeanMethods = false)
class PracticeNavigation {

    @Bean
    NavigationEntry practicesNavigationEntry() {
        return new NavigationEntry(PracticeLinks.ROUTE, 26, "practice.list.title", VaadinIcon.ACADEMY_CAP,
                PracticeListView.class, () -> true);
    }
}
