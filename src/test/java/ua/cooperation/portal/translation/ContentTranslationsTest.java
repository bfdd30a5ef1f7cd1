package ua.cooperation.portal.translation;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import ua.cooperation.portal.base.ConcurrentEditException;
import ua.cooperation.portal.base.RecordNotFoundException;
import ua.cooperation.portal.meeting.MeetingChanges;
import ua.cooperation.portal.meeting.MeetingService;
import ua.cooperation.portal.meeting.MeetingType;
import ua.cooperation.portal.testsupport.IntegrationTest;
import ua.cooperation.portal.testsupport.TestMeetings;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ua.cooperation.portal.testsupport.SignedIn.as;

/**
 * What officers write, partners read in their language (issue 19): a meeting's texts in the reader's language with the
 * original as a marked fallback, translations going outdated when the original changes, conflicting and bad input
 * refused, the work list, and the scope of the translation page.
 */
@IntegrationTest
class ContentTranslationsTest {

    private static final Locale UK = Locale.forLanguageTag("uk");
    private static final Locale LT = Locale.forLanguageTag("lt");
    private static final Locale PL = Locale.forLanguageTag("pl");
    private static final long EMBASSY_LT = TestMeetings.SHARED_WITH_LITHUANIA;
    /** Demo action item 3 of the embassy meeting, deliberately left without a Lithuanian title. */
    private static final long UNTRANSLATED_ACTION_ITEM = 3;

    @Autowired
    MeetingService meetings;
    @Autowired
    ContentTranslations translations;
    @Autowired
    List<TranslationOwner> owners;

    @Test
    void the_lithuanian_liaison_reads_the_embassy_meeting_in_lithuanian() {
        try (var ignored = as("liaison-lt")) {
            var texts = meetings.findVisibleById(EMBASSY_LT, LT).orElseThrow().texts();
            assertThat(texts.get("minutes").text()).contains("vaikų");
            assertThat(texts.get("minutes").language()).isEqualTo("lt");
            assertThat(texts.get("minutes").fallback()).isFalse();
            assertThat(texts.get("title").text()).startsWith("Luhansko srities");
            assertThat(texts.missing()).as("partners are not asked to translate").isEmpty();
        }
    }

    @Test
    void a_reader_without_a_translation_sees_the_original_marked_with_its_language() {
        try (var ignored = as("officer")) {
            var texts = meetings.findVisibleById(EMBASSY_LT, PL).orElseThrow().texts();
            assertThat(texts.get("title").text()).isEqualTo("Зустріч начальника ОВА з Послом Литовської Республіки");
            assertThat(texts.get("title").fallback()).isTrue();
            assertThat(texts.get("title").language()).isEqualTo("uk");
            assertThat(texts.missing()).as("staff see what is missing").containsExactly("pl");
        }
    }

    @Test
    void changing_the_original_marks_its_translations_outdated_until_a_translator_confirms_them() {
        long id;
        try (var ignored = as("officer")) {
            id = newSharedMeeting("Зустріч щодо шкіл", "Протокол: домовилися про обмін учнями.");
            var sheet = translations.sheet(TextOwnerKind.MEETING, id, "lt");
            translations.save(TextOwnerKind.MEETING, id, "lt", List.of(
                    new TranslationChange("title", "Susitikimas dėl mokyklų", false, null),
                    new TranslationChange("minutes", "Protokolas: susitarta dėl mokinių mainų.", false, null)));
            assertThat(sheet.languages()).containsExactly("en", "lt", "pl");

            var details = meetings.findVisibleById(id, UK).orElseThrow();
            var changed = details.toChanges();
            meetings.update(new MeetingChanges(changed.id(), changed.version(), changed.type(), changed.title(),
                    changed.startsAt(), changed.endsAt(), changed.place(), changed.onlineLink(),
                    changed.countryCodes(), changed.organisationIds(), changed.userIds(), changed.partnershipIds(),
                    changed.agenda(), "Протокол: домовилися про обмін учнями й учителями.", changed.internalNotes(),
                    true), UK);
        }
        try (var ignored = as("liaison-lt")) {
            var texts = meetings.findVisibleById(id, LT).orElseThrow().texts();
            assertThat(texts.get("minutes").outdated()).isTrue();
            assertThat(texts.get("minutes").text()).isEqualTo("Protokolas: susitarta dėl mokinių mainų.");
            assertThat(texts.get("title").outdated()).as("the title did not change").isFalse();
        }
        try (var ignored = as("officer")) {
            var minutes = state(id, "lt", "minutes");
            assertThat(minutes.outdated()).isTrue();
            translations.save(TextOwnerKind.MEETING, id, "lt", List.of(new TranslationChange("minutes",
                    "Protokolas: susitarta dėl mokinių ir mokytojų mainų.", false, minutes.version())));
            assertThat(state(id, "lt", "minutes").outdated()).isFalse();
        }
    }

    @Test
    void the_history_lists_translation_changes_and_names_the_language_of_every_changed_text() {
        long id;
        try (var ignored = as("officer")) {
            id = newSharedMeeting("Зустріч щодо історії", "Протокол: перший.");
            translations.save(TextOwnerKind.MEETING, id, "lt",
                    List.of(new TranslationChange("minutes", "Protokolas: pirmas.", false, null)));
            translations.save(TextOwnerKind.MEETING, id, "lt", List.of(new TranslationChange("minutes",
                    "Protokolas: antras.", false, state(id, "lt", "minutes").version())));
            translations.save(TextOwnerKind.MEETING, id, "lt", List.of(new TranslationChange("minutes", "", false,
                    state(id, "lt", "minutes").version())));

            var changes = meetings.historyOf(id).stream().flatMap(e -> e.changes().stream()
                    .map(c -> c.field() + "|" + c.language() + "|" + c.oldValue() + "|" + c.newValue() + "|"
                            + e.changedBy())).toList();
            // newest first: removed, changed, written; the original's minutes in Ukrainian when the meeting was made
            assertThat(changes).containsSubsequence(
                    "minutes|lt|Protokolas: antras.|null|officer",
                    "minutes|lt|Protokolas: pirmas.|Protokolas: antras.|officer",
                    "minutes|lt|null|Protokolas: pirmas.|officer",
                    "minutes|uk|null|Протокол: перший.|officer");
            assertThat(changes).filteredOn(c -> c.startsWith("startsAt|")).allMatch(c -> c.startsWith("startsAt|null|"));
        }
        try (var ignored = as("liaison-lt")) {
            // the partner sees the same changes of a meeting shared with her, as she sees its other changes
            assertThat(meetings.historyOf(id)).anySatisfy(entry -> assertThat(entry.changes())
                    .anyMatch(c -> c.field().equals("minutes") && "lt".equals(c.language())
                            && "Protokolas: antras.".equals(c.newValue())));
        }
    }

    @Test
    void a_stale_translation_is_a_conflict_and_stores_nothing() {
        try (var ignored = as("officer")) {
            long id = newSharedMeeting("Зустріч щодо реабілітації", "Протокол.");
            translations.save(TextOwnerKind.MEETING, id, "lt",
                    List.of(new TranslationChange("title", "Susitikimas dėl reabilitacijos", false, null)));
            var version = state(id, "lt", "title").version();
            translations.save(TextOwnerKind.MEETING, id, "lt",
                    List.of(new TranslationChange("title", "Susitikimas dėl veteranų reabilitacijos", false, version)));

            assertThatThrownBy(() -> translations.save(TextOwnerKind.MEETING, id, "lt",
                    List.of(new TranslationChange("title", "Senas tekstas", false, version))))
                    .isInstanceOf(ConcurrentEditException.class);
            assertThatThrownBy(() -> translations.save(TextOwnerKind.MEETING, id, "lt",
                    List.of(new TranslationChange("title", "Kitas", false, null))))
                    .as("someone else added it meanwhile").isInstanceOf(ConcurrentEditException.class);
            assertThat(state(id, "lt", "title").translation()).isEqualTo("Susitikimas dėl veteranų reabilitacijos");
        }
    }

    @Test
    void a_translation_longer_than_the_original_may_be_is_refused_at_its_field() {
        try (var ignored = as("officer")) {
            long id = newSharedMeeting("Зустріч щодо довжини", "Протокол.");
            assertThatThrownBy(() -> translations.save(TextOwnerKind.MEETING, id, "lt",
                    List.of(new TranslationChange("title", "ž".repeat(301), false, null))))
                    .isInstanceOfSatisfying(TranslationRefusedException.class, e -> {
                        assertThat(e.reason()).isEqualTo(TranslationRefusedException.Reason.TOO_LONG);
                        assertThat(e.refusals().getFirst().field()).isEqualTo("title");
                    });
            assertThatThrownBy(() -> translations.save(TextOwnerKind.MEETING, id, "uk",
                    List.of(new TranslationChange("title", "Оригінал", false, null))))
                    .as("the original's own language").isInstanceOf(TranslationRefusedException.class);
            assertThat(state(id, "lt", "title").translation()).isNull();
        }
    }

    @Test
    void hostile_text_is_stored_exactly_and_keeps_its_order() {
        var hostile = "שלום עולם مرحبا e\u0301 <script>alert('x')</script> =1+2 '; DROP TABLE meeting;--";
        try (var ignored = as("officer")) {
            long id = newSharedMeeting("Зустріч щодо тексту", "Протокол.");
            translations.save(TextOwnerKind.MEETING, id, "lt",
                    List.of(new TranslationChange("minutes", "  " + hostile + "  ", false, null)));
            assertThat(state(id, "lt", "minutes").translation()).isEqualTo(hostile);
        }
    }

    @Test
    void removing_a_translation_shows_the_original_with_its_marker_again() {
        long id;
        try (var ignored = as("officer")) {
            id = newSharedMeeting("Зустріч щодо видалення", "Протокол.");
            translations.save(TextOwnerKind.MEETING, id, "lt",
                    List.of(new TranslationChange("minutes", "Protokolas.", false, null)));
            translations.save(TextOwnerKind.MEETING, id, "lt",
                    List.of(new TranslationChange("minutes", " ", false, state(id, "lt", "minutes").version())));
        }
        try (var ignored = as("liaison-lt")) {
            var minutes = meetings.findVisibleById(id, LT).orElseThrow().texts().get("minutes");
            assertThat(minutes.text()).isEqualTo("Протокол.");
            assertThat(minutes.fallback()).isTrue();
            assertThat(minutes.language()).isEqualTo("uk");
        }
    }

    @Test
    void only_staff_who_may_edit_translate_and_an_out_of_scope_record_is_not_found() {
        try (var ignored = as("liaison-lt")) {
            assertThatThrownBy(() -> translations.save(TextOwnerKind.MEETING, EMBASSY_LT, "lt",
                    List.of(new TranslationChange("title", "x", false, null))))
                    .isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> translations.sheet(TextOwnerKind.MEETING, TestMeetings.INTERNAL, "lt"))
                    .isInstanceOf(RecordNotFoundException.class);
        }
        try (var ignored = as("liaison-pl")) {
            assertThatThrownBy(() -> translations.sheet(TextOwnerKind.MEETING, EMBASSY_LT, "pl"))
                    .isInstanceOf(RecordNotFoundException.class);
        }
        try (var ignored = as("head")) {
            assertThatThrownBy(() -> translations.save(TextOwnerKind.MEETING, EMBASSY_LT, "lt",
                    List.of(new TranslationChange("title", "x", false, null))))
                    .isInstanceOf(AuthorizationDeniedException.class);
        }
        try (var ignored = as("officer")) {
            assertThatThrownBy(() -> translations.sheet(TextOwnerKind.MEETING, TestMeetings.MISSING, "lt"))
                    .isInstanceOf(RecordNotFoundException.class);
        }
    }

    @Test
    void the_work_list_names_shared_texts_still_to_translate_into_the_partners_language() {
        try (var ignored = as("officer")) {
            var work = translations.workList("lt", 500);
            assertThat(work).anySatisfy(item -> {
                assertThat(item.record().kind()).isEqualTo(TextOwnerKind.ACTION_ITEM);
                assertThat(item.record().id()).isEqualTo(UNTRANSLATED_ACTION_ITEM);
                assertThat(item.missingFields()).containsExactly("title");
            });
            assertThat(work).noneSatisfy(item -> assertThat(item.record().kind() == TextOwnerKind.MEETING
                    && item.record().id() == EMBASSY_LT).isTrue());
            assertThat(translations.workList("pl", 500)).as("no Lithuanian record is asked of Polish readers")
                    .noneSatisfy(item -> assertThat(item.record().id() == UNTRANSLATED_ACTION_ITEM
                            && item.record().kind() == TextOwnerKind.ACTION_ITEM).isTrue());
            assertThat(translations.workCounts()).containsKey("lt");
        }
        try (var ignored = as("liaison-lt")) {
            assertThatThrownBy(() -> translations.workList("lt", 10)).isInstanceOf(AuthorizationDeniedException.class);
        }
    }

    @Test
    void the_counts_of_the_work_stop_reading_after_their_limit() {
        try (var ignored = as("officer")) {
            long everything = 0;
            for (var owner : owners) {
                long all = owner.countNeedingTranslation("lt", 100_000);
                assertThat(owner.countNeedingTranslation("lt", 0)).as(owner.kind() + " up to one")
                        .isEqualTo(Math.min(all, 1));
                assertThat(owner.countNeedingTranslation("lt", 1_000)).isEqualTo(Math.min(all, 1_001));
                everything += all;
            }
            var counted = translations.workCounts().get("lt");
            assertThat(counted.atLeast()).isEqualTo(everything > ua.cooperation.portal.base.ListCount.LABEL_LIMIT);
            assertThat(counted.value()).isEqualTo(Math.min(everything, ua.cooperation.portal.base.ListCount.LABEL_LIMIT));
        }
    }

    private TranslationState state(long id, String language, String field) {
        return translations.sheet(TextOwnerKind.MEETING, id, language).texts().stream()
                .filter(s -> s.text().field().equals(field)).findFirst().orElseThrow();
    }

    private long newSharedMeeting(String title, String minutes) {
        var start = Instant.parse("2026-02-02T08:00:00Z");
        return meetings.create(new MeetingChanges(null, 0, MeetingType.EMBASSY_MEETING, title, start,
                start.plus(1, ChronoUnit.HOURS), "Київ", null, Set.of("LT"), Set.of(), Set.of(), Set.of(), null,
                minutes, null, true), UK).id();
    }
}
