package ua.cooperation.portal.partnership.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ua.cooperation.portal.partnership.CooperationArea;
import ua.cooperation.portal.partnership.Partnership;
import ua.cooperation.portal.partnership.PartnershipChanges;
import ua.cooperation.portal.partnership.PartnershipLinks;
import ua.cooperation.portal.partnership.PartnershipService;
import ua.cooperation.portal.partnership.PartnershipType;
import ua.cooperation.portal.registry.MunicipalityService;
import ua.cooperation.portal.testsupport.KaribuTest;
import ua.cooperation.portal.testsupport.ShownFacts;
import ua.cooperation.portal.translation.TextOwnerKind;
import ua.cooperation.portal.translation.TranslationLinks;

import java.util.Locale;
import java.util.Set;

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
    /** A hromada of Luhansk oblast (KATOTTH 2025-05-16) that no other test uses. */
    private static final String NOVOAIDAR = "UA44160030000020916";

    @Autowired
    PartnershipService partnerships;
    @Autowired
    MunicipalityService municipalities;

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

    @Test
    void an_officer_translates_the_description_and_the_embassy_reads_the_translation() {
        signInAs("officer", Locale.ENGLISH);
        long druskininkai = municipalities.findVisible("Druskinink", null, 0, 1, Locale.ENGLISH).getFirst().id();
        long id = partnerships.create(new PartnershipChanges(null, 0, NOVOAIDAR, druskininkai, null,
                PartnershipType.MEMORANDUM, Set.of(CooperationArea.EDUCATION), null, null, null, null,
                "Обмін учителями між школами.", true), Locale.ENGLISH).id();
        UI.getCurrent().navigate(TranslationLinks.of(TextOwnerKind.PARTNERSHIP, id),
                QueryParameters.of(TranslationLinks.QUERY_LANGUAGE, "lt"));
        assertThat(_get(Div.class, spec -> spec.withId("translation-original-description")).getElement()
                .getTextRecursively()).contains("Обмін учителями між школами.");
        _get(TextArea.class, spec -> spec.withId("translation-description")).setValue("Mokytojų mainai tarp mokyklų.");
        _click(_get(Button.class, spec -> spec.withId("translation-save")));

        signInAs("liaison-lt", LT);
        UI.getCurrent().navigate(PartnershipLinks.details(id));
        assertThat(ShownFacts.get("partnership", "description")).isEqualTo("Mokytojų mainai tarp mokyklų.");
        assertThat(ShownFacts.note("partnership", "description")).isEmpty();
    }
}
