package ua.cooperation.portal.partnership.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import ua.cooperation.portal.partnership.Partnership;
import ua.cooperation.portal.partnership.PartnershipLinks;
import ua.cooperation.portal.testsupport.KaribuTest;
import ua.cooperation.portal.testsupport.ShownFacts;
import ua.cooperation.portal.translation.TextOwnerKind;
import ua.cooperation.portal.translation.TranslationLinks;

import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValidationUtilsKt._expectInvalid;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19 on the partnership page: the Polish embassy reads what the partnership with Lublin is about in Polish; a
 * reader without a translation gets the Ukrainian original with its language; officers find the way to the
 * translations and edit the original, never a translation.
 */
class PartnershipTranslationViewsTest extends KaribuTest {

    private static final Locale PL = Locale.forLanguageTag("pl");
    private static final Locale LT = Locale.forLanguageTag("lt");
    /** Demo partnerships (0940) with their descriptions (0966). */
    private static final long SIEVIERODONETSK_DRUSKININKAI = 1;
    private static final long SIEVIERODONETSK_LUBLIN = 2;

    @Test
    void the_polish_liaison_reads_what_the_lublin_partnership_is_about_in_polish() {
        signInAs("liaison-pl", PL);
        UI.getCurrent().navigate(PartnershipLinks.details(SIEVIERODONETSK_LUBLIN));
        assertThat(ShownFacts.get("partnership", "description")).startsWith("Przygotowywane memorandum")
                .contains("miastem Lublin");
        assertThat(ShownFacts.note("partnership", "description")).as("her own language needs no note").isEmpty();
        assertThat(_find(Anchor.class, spec -> spec.withId(PartnershipDetailsView.ID_TRANSLATIONS)))
                .as("partners do not translate").isEmpty();
        assertThat(ShownFacts.find("partnership", "notes")).as("internal notes stay internal").isEmpty();
    }

    @Test
    void the_lithuanian_liaison_reads_the_druskininkai_partnership_in_lithuanian() {
        signInAs("liaison-lt", LT);
        UI.getCurrent().navigate(PartnershipLinks.details(SIEVIERODONETSK_DRUSKININKAI));
        assertThat(ShownFacts.get("partnership", "description")).contains("Druskininkų mokyklų partnerystė");
        assertThat(ShownFacts.note("partnership", "description")).isEmpty();
    }

    @Test
    void an_untranslated_description_shows_the_original_with_its_language() {
        signInAs("officer", PL);
        UI.getCurrent().navigate(PartnershipLinks.details(SIEVIERODONETSK_DRUSKININKAI));
        assertThat(ShownFacts.get("partnership", "description")).startsWith("Побратимство Сєвєродонецької громади");
        assertThat(ShownFacts.note("partnership", "description")).contains("po ukraińsku");
    }

    @Test
    void an_officer_finds_the_translations_and_edits_the_original() {
        signInAs("officer", Locale.ENGLISH);
        UI.getCurrent().navigate(PartnershipLinks.details(SIEVIERODONETSK_DRUSKININKAI));
        var link = _get(Anchor.class, spec -> spec.withId(PartnershipDetailsView.ID_TRANSLATIONS));
        assertThat(link.isVisible()).isTrue();
        assertThat(link.getHref()).isEqualTo(TranslationLinks.of(TextOwnerKind.PARTNERSHIP,
                SIEVIERODONETSK_DRUSKININKAI));
        assertThat(_get(Span.class, spec -> spec.withId(PartnershipDetailsView.ID_TRANSLATION_STATUS)).getText())
                .as("the Druskininkai description has Lithuanian and English, not Polish").contains("Polish")
                .doesNotContain("Lithuanian");
        assertThat(ShownFacts.get("partnership", "description")).as("English is translated")
                .startsWith("Twinning of the Sievierodonetsk hromada");

        _click(_get(Button.class, spec -> spec.withId(PartnershipDetailsView.ID_EDIT)));
        var description = _get(TextArea.class, spec -> spec.withId(PartnershipForm.ID_DESCRIPTION));
        assertThat(description.getValue()).as("the form edits the original")
                .startsWith("Побратимство Сєвєродонецької громади");
        description.setValue("ж".repeat(Partnership.DESCRIPTION_MAX_LENGTH + 1));
        _click(_get(Button.class, spec -> spec.withId(PartnershipDetailsView.ID_SAVE)));
        _expectInvalid(description, "At most 4000 characters");
        _click(_get(Button.class, spec -> spec.withId(PartnershipDetailsView.ID_CANCEL)));
        assertThat(ShownFacts.get("partnership", "description")).startsWith("Twinning of the Sievierodonetsk hromada");
    }
}
