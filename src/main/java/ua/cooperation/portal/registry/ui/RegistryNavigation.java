package ua.cooperation.portal.registry.ui;

import ua.cooperation.portal.registry.RegistryLinks;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ua.cooperation.portal.base.ui.NavigationEntry;

/** Puts organisations and people into the side navigation; every role sees them (liaisons only their countries'). */
@Configuration(proxyBeanMethods = false)
class RegistryNavigation {

    @Bean
    NavigationEntry organisationsNavigationEntry() {
        return new NavigationEntry(RegistryLinks.ORGANISATIONS, 35, "organisation.list.title", VaadinIcon.INSTITUTION,
                OrganisationListView.class, () -> true);
    }

    @Bean
    NavigationEntry peopleNavigationEntry() {
        return new NavigationEntry(RegistryLinks.PEOPLE, 40, "person.list.title", VaadinIcon.USERS, PersonListView.class,
                () -> true);
    }

    @Bean
    NavigationEntry municipalitiesNavigationEntry() {
        return new NavigationEntry(RegistryLinks.MUNICIPALITIES, 45, "municipality.list.title", VaadinIcon.BUILDING,
                MunicipalityListView.class, () -> true);
    }
}
