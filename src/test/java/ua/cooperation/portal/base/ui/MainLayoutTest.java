package ua.cooperation.portal.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ua.cooperation.portal.security.UserPreferences;
import ua.cooperation.portal.testsupport.KaribuTest;

import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class MainLayoutTest extends KaribuTest {

    @Autowired
    UserPreferences preferences;

    @Test
    void the_layout_shows_the_signed_in_user_and_translated_navigation() {
        signInAs("officer");
        UI.getCurrent().navigate("");
        assertThat(_get(Span.class, spec -> spec.withId("current-user")).getText()).isEqualTo("Ірина Коваленко");
        var nav = _get(SideNav.class, spec -> spec.withId("main-nav"));
        assertThat(nav.getItems()).extracting(SideNavItem::getLabel).containsExactly("Початок", "Мої доручення",
                "Доручення", "Сповіщення", "Нагадування", "Переклади", "Країни", "Партнерства", "Практики", "Програми",
                "Зустрічі", "Візити", "Рішення", "Пропозиції зустрічей", "Організації", "Люди", "Громади та муніципалітети", "Двофакторний вхід");
    }

    @Test
    void the_start_page_tells_a_liaison_which_countries_they_see() {
        signInAs("liaison-lt", Locale.ENGLISH);
        UI.getCurrent().navigate("");
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("home-liaison-scope"))
                .getText()).isEqualTo("You see records that concern: Lithuania");
        var partners = _get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("home-figure-partner"));
        assertThat(partners.getElement().getTextRecursively()).startsWith("1");
    }

    @Test
    void choosing_a_language_is_remembered_for_the_user() {
        signInAs("head");
        UI.getCurrent().navigate("");
        @SuppressWarnings("unchecked")
        Select<Locale> language = _get(Select.class, spec -> spec.withId("language-select"));
        assertThat(language.getValue().getLanguage()).isEqualTo("uk");

        com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue(language, Locale.ENGLISH);

        assertThat(preferences.preferredLocale()).contains(Locale.ENGLISH);
        assertThat(UI.getCurrent().getSession().getLocale()).isEqualTo(Locale.ENGLISH);
        preferences.setPreferredLocale(Locale.forLanguageTag("uk"));
    }

    @Test
    void the_polish_liaison_switches_the_portal_to_polish() {
        var polish = Locale.forLanguageTag("pl");
        signInAs("liaison-pl", Locale.ENGLISH);
        // the demo account reads Polish (demo/0966): start from English so that the switch is what stores Polish
        preferences.setPreferredLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("");
        @SuppressWarnings("unchecked")
        Select<Locale> language = _get(Select.class, spec -> spec.withId("language-select"));
        assertThat(language.getListDataView().getItems()).contains(polish);
        try {
            com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue(language, polish);

            assertThat(preferences.preferredLocale()).contains(polish);
            assertThat(UI.getCurrent().getSession().getLocale()).isEqualTo(polish);
            signInAs("liaison-pl", polish);
            UI.getCurrent().navigate("");
            assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("home-liaison-scope"))
                    .getText()).isEqualTo("Widzisz wpisy dotyczące: Polska");
        } finally {
            // the demo account keeps the Polish of demo/0966
            preferences.setPreferredLocale(polish);
        }
    }
}
