package ua.cooperation.portal.search.ui;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ua.cooperation.portal.base.ui.NavbarItem;

import java.util.Optional;

/** Puts the search box into the main layout's top bar; the search page itself has no side navigation entry. */
@Configuration(proxyBeanMethods = false)
class SearchNavigation {

    /** After the preview banner (10), before the reminders bell (30). */
    static final int NAVBAR_ORDER = 20;

    @Bean
    NavbarItem searchNavbarItem() {
        return new NavbarItem(NAVBAR_ORDER, () -> Optional.of(new GlobalSearchBox()));
    }
}
