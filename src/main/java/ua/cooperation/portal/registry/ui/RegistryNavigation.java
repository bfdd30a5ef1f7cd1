package ua.cooperation.portal.registry.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ua.cooperation.portal.base.ui.NavigationEntry;

/** Puts organisations and people into the side navigation; every role sees them (liaisons only their countries'). */
@Configuration(proxyBeanMethods = false)
class RegistryNavigation {

    @Bean
    NavigationEntry organisationsNavigationEntry() {
        return new NavigationEntry("organisations", 30, "organisation.list.title", VaadinIcon.INSTITUTION,
                OrganisationListView.class, () -> true);
    }

    @Bean
    NavigationEntry peopleNavigationEntry() {
        return new NavigationEntry("people", 40, "person.list.title", VaadinIcon.USERS, PersonListView.class,
                () -> true);
    }

    @Bean
    NavigationEntry municipalitiesNavigationEntry() {
        return new NavigationEntry("municipalities", 45, "municipality.list.title", VaadinIcon.BUILDING,
                MunicipalityListView.class, () -> true);
    }
}
