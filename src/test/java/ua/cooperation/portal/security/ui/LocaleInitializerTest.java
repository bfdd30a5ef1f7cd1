package ua.cooperation.portal.security.ui;

import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolder;
import ua.cooperation.portal.security.CurrentUser;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/** Which language a new UI gets when nobody is signed in yet (the login page). */
class LocaleInitializerTest {

    private final LocaleInitializer initializer = new LocaleInitializer(new CurrentUser(), null,
            new ua.cooperation.portal.base.PortalLanguages("uk,en,lt,pl"));
    private final VaadinSession session = mock(VaadinSession.class);

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_browser_language_the_portal_speaks_is_used() {
        assertThat(initializer.chooseLocale(session, Locale.forLanguageTag("lt-LT"))).isEqualTo(Locale.forLanguageTag("lt"));
        assertThat(initializer.chooseLocale(session, Locale.UK)).isEqualTo(Locale.ENGLISH);
        assertThat(initializer.chooseLocale(session, Locale.forLanguageTag("pl-PL"))).isEqualTo(Locale.forLanguageTag("pl"));
    }

    @Test
    void any_other_browser_language_gets_ukrainian() {
        assertThat(initializer.chooseLocale(session, Locale.GERMAN)).isEqualTo(Locale.forLanguageTag("uk"));
        assertThat(initializer.chooseLocale(session, null)).isEqualTo(Locale.forLanguageTag("uk"));
    }
}
