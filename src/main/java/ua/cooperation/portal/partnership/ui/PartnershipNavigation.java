package ua.cooperation.portal.partnership.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ua.cooperation.portal.base.ui.NavigationEntry;

/** Puts partnerships into the side navigation; every role sees them (liaisons only their countries' shared ones). */
@Configuration(proxyBeanMethods = false)
class PartnershipNavigation {

    @Bean
    NavigationEntry partnershipsNavigationEntry() {
        return new NavigationEntry("partnerships", 25, "partnership.list.title", VaadinIcon.HANDSHAKE,
                PartnershipListView.class, () -> true);
    }
}
