package ua.cooperation.portal.programme;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import ua.cooperation.portal.testsupport.IntegrationTest;
import ua.cooperation.portal.translation.ContentTranslations;
import ua.cooperation.portal.translation.TextOwnerKind;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ua.cooperation.portal.programme.ProgrammeServiceTest.PSYCHOLOGICAL_PL_SUBMITTED;
import static ua.cooperation.portal.programme.ProgrammeServiceTest.RECREATION_LT_APPROVED;
import static ua.cooperation.portal.programme.ProgrammeServiceTest.complete;
import static ua.cooperation.portal.programme.ProgrammeServiceTest.with;
import static ua.cooperation.portal.testsupport.SignedIn.as;

/** A programme's title and summary in the readers' languages (issue 19, ADR 0040). */
@IntegrationTest
class ProgrammeTextsTest {

    private static final Locale UK = Locale.forLanguageTag("uk");
    private static final Locale LT = Locale.forLanguageTag("lt");
    private static final Locale PL = Locale.forLanguageTag("pl");

    @Autowired
    ProgrammeService programmes;
    @Autowired
    ProgrammeApprovalService approvals;
    @Autowired
    ContentTranslations translations;

    @Test
    void liaison_lt_reads_the_lithuanian_title_and_the_untranslated_summary_marked_as_ukrainian() {
        try (var ignored = as("liaison-lt")) {
            // the demo's Lithuanian title, moved from its former column by the migration (1010)
            var demo = programmes.findVisibleById(RECREATION_LT_APPROVED, LT).orElseThrow();
            assertThat(demo.titleText().text()).isEqualTo("Luhansko srities vaikų poilsis Druskininkuose");
            assertThat(demo.titleText().language()).isEqualTo("lt");
            assertThat(demo.titleText().fallback()).isFalse();
            // no Lithuanian summary: the original, marked with its language, never an empty field
            assertThat(demo.summary().fallback()).isTrue();
            assertThat(demo.summary().language()).isEqualTo("uk");
            assertThat(demo.summary().text()).startsWith("Літні табори");
            // partners are not asked to act on missing translations
            assertThat(demo.texts().missing()).isEmpty();
            // its indicator in Lithuanian too (demo 0970)
            var indicator = demo.indicatorTitle(demo.input().indicators().getFirst());
            assertThat(indicator.text()).isEqualTo("Vaikai, dalyvavę poilsio stovyklose");
            assertThat(indicator.fallback()).isFalse();
            var listed = programmes.findVisible(ProgrammeFilter.none(), PageRequest.of(0, 100), LT).stream()
                    .filter(item -> item.id() == RECREATION_LT_APPROVED).findFirst().orElseThrow();
            assertThat(listed.title().text()).isEqualTo("Luhansko srities vaikų poilsis Druskininkuose");
            assertThat(programmes.findVisibleTitle(RECREATION_LT_APPROVED, LT))
                    .contains("Luhansko srities vaikų poilsis Druskininkuose");
        }
        try (var ignored = as("liaison-pl")) {
            // Polish is only configuration and a translation (demo 0967), no column
            var polish = programmes.findVisibleById(PSYCHOLOGICAL_PL_SUBMITTED, PL).orElseThrow();
            assertThat(polish.title()).isEqualTo("Wsparcie psychologiczne dla rodzin żołnierzy");
            assertThat(polish.summary().language()).isEqualTo("pl");
        }
    }

    @Test
    void a_changed_original_marks_its_translations_outdated_and_only_those() {
        ProgrammeDetails created;
        try (var ignored = as("officer")) {
            created = programmes.create(complete(), UK);
            TestProgrammeTexts.translate(translations, created.id(), "lt", "Vaikų stovykla", "Vaikų poilsis");
            TestProgrammeTexts.translateIndicator(translations, created.id(), 1, "lt", "Vaikai stovykloje");
            assertThat(programmes.findVisibleById(created.id(), LT).orElseThrow().titleText().outdated()).isFalse();
            var renamed = programmes.update(with(created.input(), b -> b.title("Літній табір для дітей")), UK);
            assertThat(renamed.texts().outdated()).containsExactly("lt");
            // the history names the language of each text change: the translation written, the original renamed
            var changes = programmes.historyOf(created.id()).stream().flatMap(e -> e.changes().stream()).toList();
            assertThat(changes).anySatisfy(c -> {
                assertThat(c.field()).isEqualTo("title");
                assertThat(c.language()).isEqualTo("lt");
                assertThat(c.newValue()).isEqualTo("Vaikų stovykla");
            });
            assertThat(changes).anySatisfy(c -> {
                assertThat(c.field()).isEqualTo("title");
                assertThat(c.language()).isEqualTo("uk");
                assertThat(c.newValue()).isEqualTo("Літній табір для дітей");
            });
        }
        try (var ignored = as("liaison-lt")) {
            var read = programmes.findVisibleById(created.id(), LT).orElseThrow();
            assertThat(read.titleText().text()).isEqualTo("Vaikų stovykla");
            assertThat(read.titleText().outdated()).isTrue();
            assertThat(read.summary().outdated()).as("the summary did not change").isFalse();
        }
    }

    @Test
    void submission_needs_the_english_translation_of_title_and_summary() {
        try (var ignored = as("officer")) {
            var created = programmes.create(complete(), UK);
            assertThatThrownBy(() -> approvals.submit(created.id(), created.version(), null, UK))
                    .isInstanceOfSatisfying(ProgrammeRefusedException.class, e -> assertThat(e.reasons())
                            .containsExactly(ProgrammeRefusedException.Reason.SUBMIT_NEEDS_TITLES));
            TestProgrammeTexts.inEnglish(translations, created.id());
            assertThat(approvals.submit(created.id(), created.version(), null, UK).approval())
                    .isEqualTo(ApprovalState.SUBMITTED);
        }
    }

    @Test
    void a_programme_is_found_by_its_translation_and_listed_for_partners_still_to_translate() {
        try (var ignored = as("officer")) {
            var created = programmes.create(complete(), UK);
            var word = "Zqlt" + System.nanoTime();
            assertThat(translations.workList("lt", 500)).anySatisfy(item -> {
                assertThat(item.record().kind()).isEqualTo(TextOwnerKind.PROGRAMME);
                assertThat(item.record().id()).isEqualTo(created.id());
            });
            TestProgrammeTexts.translate(translations, created.id(), "lt", word + " stovykla", "Vaikų poilsis");
            TestProgrammeTexts.translateIndicator(translations, created.id(), 1, "lt", "Vaikai stovykloje");
            assertThat(translations.workList("lt", 500)).noneSatisfy(item -> assertThat(
                    item.record().kind() == TextOwnerKind.PROGRAMME && item.record().id() == created.id()).isTrue());
            assertThat(programmes.findVisible(new ProgrammeFilter(word.toLowerCase(Locale.ROOT), null, null, null,
                    null, null), PageRequest.of(0, 10), UK)).extracting(ProgrammeListItem::id)
                    .containsExactly(created.id());
        }
        try (var ignored = as("liaison-lt")) {
            assertThatThrownBy(() -> translations.sheet(TextOwnerKind.PROGRAMME,
                    ProgrammeServiceTest.SCHOOLS_LT_INTERNAL, "lt"))
                    .isInstanceOf(ua.cooperation.portal.base.RecordNotFoundException.class);
        }
    }
}
