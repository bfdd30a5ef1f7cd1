package ua.cooperation.portal.country.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ua.cooperation.portal.base.ui.NavigationEntry;

/** Puts the countries list into the side navigation; every role sees it (liaisons only their own countries). */
@Configuration(proxyBeanMethods = false)
class CountryNavigation {

    @Bean
    NavigationEntry countriesNavigationEntry() {
        return new NavigationEntry("countries", 20, "country.list.title", VaadinIcon.GLOBE, CountryListView.class,
                () -> true);
    }
}
