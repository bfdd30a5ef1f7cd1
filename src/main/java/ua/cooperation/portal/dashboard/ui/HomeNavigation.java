package ua.cooperation.portal.dashboard.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ua.cooperation.portal.base.ui.NavigationEntry;

@Configuration(proxyBeanMethods = false)
class HomeNavigation {

    @Bean
    NavigationEntry homeNavigationEntry() {
        return new NavigationEntry("home", 10, "home.title", VaadinIcon.HOME, HomeView.class, () -> true);
    }
}
