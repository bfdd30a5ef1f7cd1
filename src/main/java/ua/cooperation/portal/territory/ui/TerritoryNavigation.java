package ua.cooperation.portal.territory.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ua.cooperation.portal.base.ui.NavigationEntry;
import ua.cooperation.portal.security.AccessPolicy;

/** Puts the territorial units (codifier import) into the side navigation of administrators only. */
@Configuration(proxyBeanMethods = false)
class TerritoryNavigation {

    @Bean
    NavigationEntry territorialUnitsNavigationEntry(AccessPolicy access) {
        return new NavigationEntry("territorial-units", 90, "territory.title", VaadinIcon.MAP_MARKER,
                CodifierImportView.class, access::mayAdminister);
    }
}
