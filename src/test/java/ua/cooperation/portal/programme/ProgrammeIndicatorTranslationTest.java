package ua.cooperation.portal.programme;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import ua.cooperation.portal.testsupport.IntegrationTest;
import ua.cooperation.portal.translation.ContentTranslations;
import ua.cooperation.portal.translation.TextOwnerKind;
import ua.cooperation.portal.translation.Translatable;
import ua.cooperation.portal.translation.TranslationRefusedException;
import ua.cooperation.portal.translation.TranslationWorkItem;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ua.cooperation.portal.testsupport.SignedIn.as;

/**
 * Issue 19's last text kind: a programme's indicator titles (also its IATI result titles) in the readers' languages.
 * Each indicator keeps a key while it exists, and its title's translations stay attached to that key.
 */
@IntegrationTest
class ProgrammeIndicatorTranslationTest {

    private static final Locale UK = Locale.forLanguageTag("uk");
    private static final Locale LT = Locale.forLanguageTag("lt");

    @Autowired
    ProgrammeService programmes;
    @Autowired
    ContentTranslations translations;
    @Autowired
    DataSource dataSource;

    @Test
    void an_indicator_keeps_its_key_when_its_title_changes_the_list_is_reordered_or_another_is_removed() {
        try (var ignored = as("officer")) {
            var created = create("Діти в таборі", "Вожаті", "Екскурсії");
            assertThat(keysAndTitles(created)).containsExactly("1 Діти в таборі", "2 Вожаті", "3 Екскурсії");
            var stored = created.input().indicators();
            var period = new ProgrammeChanges.Period(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 8, 31),
                    new BigDecimal("40"), null);
            // the third first, the first renamed (with a period), the second removed, a new one at the end
            var changed = update(created, List.of(stored.get(2), renamed(stored.get(0), "Діти, які відпочили")
                    .withPeriods(List.of(period)), indicator("Батьки")));
            assertThat(keysAndTitles(changed)).containsExactly("3 Екскурсії", "1 Діти, які відпочили", "4 Батьки");
            assertThat(changed.input().indicators().get(1).periods()).as("the periods move with their indicator")
                    .singleElement().satisfies(p -> assertThat(p.end()).isEqualTo(period.end()));
            // a key the programme does not have, or one given twice, is a new indicator's: the service numbers them
            var now = changed.input().indicators();
            var forged = update(changed, List.of(now.get(0), withKey(99, "Нове"), withKey(3, "Двійник"), now.get(2)));
            assertThat(keysAndTitles(forged)).containsExactly("3 Екскурсії", "5 Нове", "6 Двійник", "4 Батьки");
        }
    }

    @Test
    void liaison_lt_reads_indicators_in_lithuanian_the_untranslated_one_marked_and_a_renamed_one_outdated() {
        ProgrammeDetails created;
        try (var ignored = as("officer")) {
            created = create("Діти в таборі", "Вожаті", "Екскурсії");
            // the translation page names each indicator by its key and the start of its title
            var sheet = translations.sheet(TextOwnerKind.PROGRAMME, created.id(), "lt");
            assertThat(sheet.texts()).extracting(state -> state.text().field())
                    .containsExactly("title", "summary", "indicator.1", "indicator.2", "indicator.3");
            assertThat(text(sheet.texts().get(3).text()))
                    .isEqualTo("programme.indicator.translation-label [2, Вожаті]");
            assertThat(sheet.texts().get(3).text().maxLength()).isEqualTo(ProgrammeChanges.Indicator.TITLE_MAX_LENGTH);
            TestProgrammeTexts.translateIndicator(translations, created.id(), 1, "lt", "Vaikai stovykloje");
            TestProgrammeTexts.translateIndicator(translations, created.id(), 2, "lt", "Vadovai");
            var stored = created.input().indicators();
            var renamed = update(created, List.of(stored.get(0), renamed(stored.get(1), "Вожаті й волонтери"),
                    stored.get(2)));
            assertThat(renamed.texts().missing()).as("staff learn that the third is not in Lithuanian yet")
                    .contains("lt");
            // the translation's change is in the programme's history, naming the indicator's text and its language
            assertThat(programmes.historyOf(created.id()).stream().flatMap(e -> e.changes().stream()))
                    .anySatisfy(c -> {
                        assertThat(c.field()).isEqualTo("indicator.2");
                        assertThat(c.language()).isEqualTo("lt");
                        assertThat(c.oldValue()).isNull();
                        assertThat(c.newValue()).isEqualTo("Vadovai");
                    });
        }
        try (var ignored = as("liaison-lt")) {
            var read = programmes.findVisibleById(created.id(), LT).orElseThrow();
            var indicators = read.input().indicators();
            var first = read.indicatorTitle(indicators.get(0));
            assertThat(first.text()).isEqualTo("Vaikai stovykloje");
            assertThat(first.language()).isEqualTo("lt");
            assertThat(first.fallback() || first.outdated()).isFalse();
            var second = read.indicatorTitle(indicators.get(1));
            assertThat(second.text()).isEqualTo("Vadovai");
            assertThat(second.outdated()).as("its original changed since").isTrue();
            var third = read.indicatorTitle(indicators.get(2));
            assertThat(third.text()).isEqualTo("Екскурсії");
            assertThat(third.fallback()).isTrue();
            assertThat(third.language()).isEqualTo("uk");
            assertThat(read.texts().missing()).as("partners are not asked to translate").isEmpty();
        }
    }

    @Test
    void a_shared_programme_waits_in_the_work_list_until_its_indicators_are_translated_too() {
        try (var ignored = as("officer")) {
            var created = create("Діти в таборі");
            TestProgrammeTexts.translate(translations, created.id(), "lt", "Vaikų stovykla", "Vaikų poilsis");
            assertThat(workItem(created.id())).hasValueSatisfying(item -> {
                assertThat(item.missingFields()).containsExactly("indicator.1");
                assertThat(item.outdatedFields()).isEmpty();
            });
            TestProgrammeTexts.translateIndicator(translations, created.id(), 1, "lt", "Vaikai stovykloje");
            assertThat(workItem(created.id())).as("everything is in Lithuanian").isEmpty();
            var current = programmes.findVisibleById(created.id(), UK).orElseThrow();
            update(current, List.of(renamed(current.input().indicators().getFirst(), "Діти, які відпочили")));
            assertThat(workItem(created.id())).hasValueSatisfying(item -> {
                assertThat(item.missingFields()).isEmpty();
                assertThat(item.outdatedFields()).containsExactly("indicator.1");
            });
        }
    }

    @Test
    void removing_an_indicator_removes_its_translations_and_they_can_no_longer_be_written() {
        try (var ignored = as("officer")) {
            var created = create("Діти в таборі", "Вожаті");
            for (var language : List.of("en", "lt")) {
                TestProgrammeTexts.translateIndicator(translations, created.id(), 1, language, "Children " + language);
                TestProgrammeTexts.translateIndicator(translations, created.id(), 2, language, "Leaders " + language);
            }
            update(created, List.of(created.input().indicators().get(1)));
            assertThat(storedTranslations(created.id(), "indicator.1")).as("no orphans").isZero();
            assertThat(storedTranslations(created.id(), "indicator.2")).isEqualTo(2);
            assertThat(translations.sheet(TextOwnerKind.PROGRAMME, created.id(), "lt").texts())
                    .extracting(state -> state.text().field()).containsExactly("title", "summary", "indicator.2");
            assertThatThrownBy(() -> TestProgrammeTexts.translateIndicator(translations, created.id(), 1, "lt",
                    "Vaikai")).isInstanceOfSatisfying(TranslationRefusedException.class,
                    e -> assertThat(e.reason()).isEqualTo(TranslationRefusedException.Reason.UNKNOWN_FIELD));
        }
    }

    @Test
    void a_translation_longer_than_the_indicator_title_may_be_is_refused_at_its_field() {
        try (var ignored = as("officer")) {
            var created = create("Діти в таборі");
            assertThatThrownBy(() -> TestProgrammeTexts.translateIndicator(translations, created.id(), 1, "lt",
                    "ž".repeat(ProgrammeChanges.Indicator.TITLE_MAX_LENGTH + 1)))
                    .isInstanceOfSatisfying(TranslationRefusedException.class, e -> {
                        assertThat(e.reason()).isEqualTo(TranslationRefusedException.Reason.TOO_LONG);
                        assertThat(e.refusals()).singleElement()
                                .satisfies(refusal -> assertThat(refusal.field()).isEqualTo("indicator.1"));
                    });
            assertThat(storedTranslations(created.id(), "indicator.1")).isZero();
            TestProgrammeTexts.translateIndicator(translations, created.id(), 1, "lt",
                    "ž".repeat(ProgrammeChanges.Indicator.TITLE_MAX_LENGTH));
            assertThat(storedTranslations(created.id(), "indicator.1")).isEqualTo(1);
        }
    }

    /** A shared programme with Lithuania (untranslated) with these indicators; call as an officer. */
    private ProgrammeDetails create(String... indicatorTitles) {
        var indicators = new ArrayList<ProgrammeChanges.Indicator>();
        for (var title : indicatorTitles) {
            indicators.add(indicator(title));
        }
        return programmes.create(ProgrammeServiceTest.complete().withIndicators(indicators), UK);
    }

    private ProgrammeDetails update(ProgrammeDetails stored, List<ProgrammeChanges.Indicator> indicators) {
        return programmes.update(stored.input().withIndicators(indicators), UK);
    }

    private static ProgrammeChanges.Indicator indicator(String title) {
        return new ProgrammeChanges.Indicator(title, "осіб", null, null, null, List.of());
    }

    private static ProgrammeChanges.Indicator withKey(int key, String title) {
        return new ProgrammeChanges.Indicator(key, title, "осіб", null, null, null, List.of());
    }

    private static ProgrammeChanges.Indicator renamed(ProgrammeChanges.Indicator indicator, String title) {
        return new ProgrammeChanges.Indicator(indicator.key(), title, indicator.unit(), indicator.baselineValue(),
                indicator.baselineYear(), indicator.target(), indicator.periods());
    }

    private static List<String> keysAndTitles(ProgrammeDetails details) {
        return details.input().indicators().stream().map(i -> i.key() + " " + i.title()).toList();
    }

    private static String text(Translatable text) {
        return text.labelKey() + " " + text.labelArguments();
    }

    private Optional<TranslationWorkItem> workItem(long id) {
        return translations.workList("lt", 500).stream()
                .filter(item -> item.record().kind() == TextOwnerKind.PROGRAMME && item.record().id() == id)
                .findFirst();
    }

    private long storedTranslations(long id, String field) {
        return JdbcClient.create(dataSource).sql("SELECT COUNT(*) FROM content_translation WHERE owner_kind = ?"
                        + " AND owner_id = ? AND field = ?").params(TextOwnerKind.PROGRAMME.name(), id, field)
                .query(Long.class).single();
    }
}
