package ua.cooperation.portal.security.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ua.cooperation.portal.base.ui.NavigationEntry;
import ua.cooperation.portal.security.Role;

@Configuration(proxyBeanMethods = false)
class UsersNavigation {

    @Bean
    NavigationEntry usersNavigationEntry() {
        return new NavigationEntry("users", 80, "users.title", VaadinIcon.USER_CARD, UsersView.class,
                user -> user.hasRole(Role.ADMIN));
    }
}
