package ua.cooperation.portal.audit.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ua.cooperation.portal.base.ui.NavigationEntry;
import ua.cooperation.portal.security.AccessPolicy;

@Configuration(proxyBeanMethods = false)
class AuditNavigation {

    @Bean
    NavigationEntry auditNavigationEntry(AccessPolicy access) {
        return new NavigationEntry("audit", 90, "audit.title", VaadinIcon.SHIELD, SecurityEventsView.class,
                access::mayAdminister);
    }
}
