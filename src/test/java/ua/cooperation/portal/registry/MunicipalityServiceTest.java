package ua.cooperation.portal.registry;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import ua.cooperation.portal.base.HistoryEntry;
import ua.cooperation.portal.base.ConcurrentEditException;
import ua.cooperation.portal.base.RecordNotFoundException;
import ua.cooperation.portal.testsupport.IntegrationTest;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ua.cooperation.portal.testsupport.SignedIn.as;

@IntegrationTest
class MunicipalityServiceTest {

    private static final Locale UK = Locale.forLanguageTag("uk");
    /** Лисичанська громада, Сєвєродонецький район, Луганська область (KATOTTH 2025-05-16). */
    private static final String LYSYCHANSK = "UA44120050000066819";

    @Autowired
    MunicipalityService municipalities;

    @Test
    void a_ukrainian_hromada_takes_its_names_and_place_from_the_codifier() {
        try (var ignored = as("officer")) {
            var saved = municipalities.save(new MunicipalityChanges(null, 0, Municipality.Side.UKRAINIAN, LYSYCHANSK,
                    null, "ignored", null, null, null), UK);
            assertThat(saved.countryCode()).isEqualTo("UA");
            assertThat(saved.nameUk()).isEqualTo("Лисичанська");
            assertThat(saved.nameEn()).isEqualTo("Lysychanska");
            assertThat(saved.location()).contains("Луганська");

            var again = new MunicipalityChanges(null, 0, Municipality.Side.UKRAINIAN, LYSYCHANSK, null, null, null,
                    null, null);
            assertThatThrownBy(() -> municipalities.save(again, UK))
                    .isInstanceOfSatisfying(MunicipalityService.InvalidMunicipalityException.class,
                            e -> assertThat(e.field()).isEqualTo("hromada"));
            var notAHromada = new MunicipalityChanges(null, 0, Municipality.Side.UKRAINIAN, "UA44000000000018893",
                    null, null, null, null, null);
            assertThatThrownBy(() -> municipalities.save(notAHromada, UK))
                    .isInstanceOf(MunicipalityService.InvalidMunicipalityException.class);
        }
    }

    @Test
    void a_partner_municipality_needs_a_partner_country_and_a_name_and_stale_edits_are_refused() {
        try (var ignored = as("officer")) {
            var noName = new MunicipalityChanges(null, 0, Municipality.Side.PARTNER, null, "LV", " ", null, null, null);
            assertThatThrownBy(() -> municipalities.save(noName, UK))
                    .isInstanceOfSatisfying(MunicipalityService.InvalidMunicipalityException.class,
                            e -> assertThat(e.field()).isEqualTo("names"));
            var ukraine = new MunicipalityChanges(null, 0, Municipality.Side.PARTNER, null, "UA", "Київ", null, null,
                    null);
            assertThatThrownBy(() -> municipalities.save(ukraine, UK))
                    .isInstanceOfSatisfying(MunicipalityService.InvalidMunicipalityException.class,
                            e -> assertThat(e.field()).isEqualTo("country"));

            var jelgava = municipalities.save(new MunicipalityChanges(null, 0, Municipality.Side.PARTNER, null, "LV",
                    "Jelgavas valstspilsēta", null, "Jelgava", "LV0400000"), UK);
            var renamed = municipalities.save(new MunicipalityChanges(jelgava.id(), jelgava.version(),
                    Municipality.Side.PARTNER, null, "LV", "Jelgavas valstspilsēta", "Єлгава", "Jelgava",
                    "LV0400000"), UK);
            assertThat(renamed.name()).isEqualTo("Єлгава");
            var stale = new MunicipalityChanges(jelgava.id(), jelgava.version(), Municipality.Side.PARTNER, null,
                    "LV", "x", null, null, null);
            assertThatThrownBy(() -> municipalities.save(stale, UK)).isInstanceOf(ConcurrentEditException.class);

            var history = municipalities.historyOf(jelgava.id());
            assertThat(history.getFirst().changes()).containsExactly(
                    new HistoryEntry.FieldChange("nameUk", null, "Єлгава"));
        }
    }

    @Test
    void liaisons_see_only_their_countries_and_cannot_edit() {
        long lublin;
        try (var ignored = as("officer")) {
            lublin = municipalities.findVisible("Lublin", null, 0, 10, UK).getFirst().id();
        }
        try (var ignored = as("liaison-lt")) {
            assertThat(municipalities.findVisible(null, null, 0, 50, UK))
                    .extracting(MunicipalityItem::countryCode).containsOnly("LT").isNotEmpty();
            assertThat(municipalities.findVisibleById(lublin, UK)).isEmpty();
            assertThatThrownBy(() -> municipalities.historyOf(lublin)).isInstanceOf(RecordNotFoundException.class);
            var attempt = new MunicipalityChanges(null, 0, Municipality.Side.PARTNER, null, "LT", "Vilnius", null,
                    null, null);
            assertThatThrownBy(() -> municipalities.save(attempt, UK))
                    .isInstanceOf(AuthorizationDeniedException.class);
        }
    }
}
