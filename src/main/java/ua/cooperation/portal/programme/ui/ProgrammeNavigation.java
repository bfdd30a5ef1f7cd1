package ua.cooperation.portal.programme.ui;

import ua.cooperation.portal.programme.ProgrammeLinks;

import com.vaadin.flow.component.icon.VaadinIcon;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ua.cooperation.portal.base.ui.NavigationEntry;

/** Puts programmes into the side navigation; every role sees them (liaisons only their countries' shared ones). */
@Configuration(proxyBeanMethods = false)
class ProgrammeNavigation {

    @Bean
    NavigationEntry programmesNavigationEntry() {
        return new NavigationEntry(ProgrammeLinks.ROUTE, 27, "programme.list.title", VaadinIcon.PACKAGE,
                ProgrammeListView.class, user -> true);
    }
}
