package ua.cooperation.portal.security;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import ua.cooperation.portal.audit.SecurityAuditLog;
import ua.cooperation.portal.audit.SecurityEventFilter;
import ua.cooperation.portal.audit.SecurityEventType;
import ua.cooperation.portal.country.CountryChanges;
import ua.cooperation.portal.country.CountryService;
import ua.cooperation.portal.testsupport.KaribuTest;
import ua.cooperation.portal.testsupport.SignedIn;

import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An officer previews the portal as the liaison of Lithuania: scoped, read-only, clearly marked, audited. */
class LiaisonPreviewTest extends KaribuTest {

    private static final Locale UK = Locale.forLanguageTag("uk");

    @Autowired
    LiaisonPreview preview;

    @Autowired
    CountryService countries;

    @Autowired
    SecurityAuditLog auditLog;

    @Test
    void officer_sees_what_the_lithuanian_liaison_sees_and_can_change_nothing_until_the_preview_ends() {
        signInAs("officer");
        UI.getCurrent().navigate("countries/LT");
        _click(_get(Button.class, spec -> spec.withId("country-preview-as-liaison")));

        assertThat(preview.previewedCountry()).contains("LT");
        UI.getCurrent().navigate("countries");
        assertThat(_get(com.vaadin.flow.component.Component.class, spec -> spec.withId("preview-banner"))).isNotNull();
        @SuppressWarnings("unchecked")
        Grid<Object> grid = _get(Grid.class, spec -> spec.withId("countries-grid"));
        assertThat(_size(grid)).isEqualTo(1);
        assertThat(countries.findVisibleByCode("PL", UK)).isEmpty();
        var lithuania = countries.findVisibleByCode("LT", UK).orElseThrow();
        assertThatThrownBy(() -> countries.update(CountryChanges.of(lithuania).withNotes("from preview"), UK))
                .isInstanceOf(AuthorizationDeniedException.class);

        preview.stop();
        assertThat(preview.previewedCountry()).isEmpty();
        assertThat(countries.findVisibleByCode("PL", UK)).isPresent();
        UI.getCurrent().navigate("countries/PL");
        assertThat(_find(com.vaadin.flow.component.Component.class, spec -> spec.withId("preview-banner"))).isEmpty();

        // leave the Vaadin session first: while one is current, Vaadin keeps the security context in it
        com.github.mvysny.kaributesting.v10.MockVaadin.tearDown();
        try (var ignored = SignedIn.as("admin")) {
            assertThat(auditLog.find(new SecurityEventFilter("officer", SecurityEventType.PREVIEW, null, null), 0, 10))
                    .extracting(e -> e.getDetail())
                    .contains("preview as liaison of LT started", "preview as liaison of LT ended");
        }
    }

    @Test
    void liaisons_and_heads_cannot_start_a_preview() {
        for (var user : new String[]{"liaison-lt", "head"}) {
            try (var ignored = SignedIn.as(user)) {
                assertThatThrownBy(() -> preview.start("PL")).as(user)
                        .isInstanceOf(AuthorizationDeniedException.class);
            }
        }
    }
}
