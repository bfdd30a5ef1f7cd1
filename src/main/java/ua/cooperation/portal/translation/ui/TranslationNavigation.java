package ua.cooperation.portal.translation.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ua.cooperation.portal.base.ui.NavigationEntry;
import ua.cooperation.portal.security.AccessPolicy;

/** Puts the translation work list into the side navigation of those who translate (officers, administrators). */
@Configuration(proxyBeanMethods = false)
class TranslationNavigation {

    @Bean
    NavigationEntry translationsNavigationEntry(AccessPolicy policy) {
        return new NavigationEntry("translations", 15, "translation.work.title", VaadinIcon.GLOBE_WIRE,
                TranslationWorkListView.class, policy::mayEdit);
    }
}
