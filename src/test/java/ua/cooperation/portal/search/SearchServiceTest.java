package ua.cooperation.portal.search;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import ua.cooperation.portal.meeting.DecisionChanges;
import ua.cooperation.portal.meeting.DecisionService;
import ua.cooperation.portal.meeting.MeetingChanges;
import ua.cooperation.portal.meeting.MeetingService;
import ua.cooperation.portal.meeting.MeetingType;
import ua.cooperation.portal.registry.Organisation;
import ua.cooperation.portal.registry.OrganisationChanges;
import ua.cooperation.portal.registry.OrganisationService;
import ua.cooperation.portal.registry.OrganisationType;
import ua.cooperation.portal.registry.PersonChanges;
import ua.cooperation.portal.registry.PersonService;
import ua.cooperation.portal.testsupport.IntegrationTest;
import ua.cooperation.portal.visit.VisitChanges;
import ua.cooperation.portal.visit.VisitDirection;
import ua.cooperation.portal.visit.VisitService;
import ua.cooperation.portal.testsupport.SignedIn;
import ua.cooperation.portal.translation.ContentTranslations;
import ua.cooperation.portal.translation.TextOwnerKind;
import ua.cooperation.portal.translation.TranslationChange;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The global search against the demo data and records of its own: every kind is found, in every language and by the
 * Latin transliteration, best matches first; a liaison finds only shared records of their countries and never by
 * internal notes; the index follows saves, deletions and rollbacks in the same transaction.
 */
@IntegrationTest
class SearchServiceTest {

    private static final Locale UK = Locale.forLanguageTag("uk");
    private static final Locale LT = Locale.forLanguageTag("lt");
    private static final Random RANDOM = new Random();

    @Autowired
    private ContentTranslations translations;
    @Autowired
    SearchService search;
    @Autowired
    OrganisationService organisations;
    @Autowired
    PersonService people;
    @Autowired
    MeetingService meetings;
    @Autowired
    DecisionService decisionService;
    @Autowired
    SearchIndexer indexer;
    @Autowired
    VisitService visits;
    @Autowired
    EntityManager entityManager;
    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void every_kind_of_record_is_found_by_its_names_and_texts() {
        try (var ignored = SignedIn.as("officer")) {
            assertThat(ids("Литва", SearchKind.COUNTRY)).contains(SearchKind.countryId("LT"));
            assertThat(ids("Lublin City", SearchKind.ORGANISATION)).containsExactly(7L);
            assertThat(ids("Мирошниченко", SearchKind.PERSON)).containsExactly(3L);
            assertThat(ids("Druskininkai", SearchKind.PARTNERSHIP)).contains(1L);
            assertThat(ids("Alytus", SearchKind.PARTNERSHIP)).containsExactly(3L); // internal: staff find it
            assertThat(ids("Druskininkai", SearchKind.PROGRAMME)).contains(1L);
            assertThat(ids("Послом Литовської", SearchKind.MEETING)).containsExactly(1L);
            assertThat(ids("оздоровлення 40 дітей", SearchKind.DECISION)).containsExactly(1L);
            assertThat(ids("литовських шкіл", SearchKind.ACTION_ITEM)).containsExactly(1L);
            // texts, not only names: an organisation's address, a meeting's agenda, a programme's summary
            assertThat(ids("Totorių", SearchKind.ORGANISATION)).containsExactly(2L);
            assertThat(ids("Підтримка ветеранів", SearchKind.MEETING)).contains(1L);
            assertThat(ids("psychological support camps", SearchKind.PROGRAMME)).containsExactly(1L);
        }
    }

    @Test
    void hits_open_their_record_a_decision_and_an_action_item_their_meeting() {
        try (var ignored = SignedIn.as("officer")) {
            var groups = search.search("оздоровлення", 5, UK);
            assertThat(groups).extracting(SearchGroup::kind).containsSubsequence(SearchKind.PROGRAMME,
                    SearchKind.DECISION);
            var decision = search.searchKind("Організувати влітку", SearchKind.DECISION, 5, UK).hits().getFirst();
            assertThat(decision.target()).isEqualTo("1");
            assertThat(decision.label()).startsWith("1. Організувати влітку 2026 року");
            var country = search.searchKind("Lietuva", SearchKind.COUNTRY, 5, LT).hits().getFirst();
            assertThat(country.target()).isEqualTo("LT");
            assertThat(country.label()).isEqualTo("Lietuva");
        }
    }

    @Test
    void ukrainian_english_and_lithuanian_texts_are_found_without_accents_and_case() {
        try (var ignored = SignedIn.as("officer")) {
            assertThat(ids("ОЗДОРОВЛЕННЯ ДІТЕЙ", SearchKind.PROGRAMME)).contains(1L);
            assertThat(ids("recreation of children", SearchKind.PROGRAMME)).contains(1L);
            // its Lithuanian translation "Luhansko srities vaikų poilsis Druskininkuose", typed without Lithuanian
            // letters
            assertThat(ids("vaiku poilsis", SearchKind.PROGRAMME)).containsExactly(1L);
            assertThat(ids("zilinskas", SearchKind.PERSON)).containsExactly(2L);
            // the label follows the reader's language
            assertThat(search.searchKind("vaiku poilsis", SearchKind.PROGRAMME, 5, LT).hits())
                    .extracting(SearchHit::label).containsExactly("Luhansko srities vaikų poilsis Druskininkuose");
            assertThat(search.searchKind("vaiku poilsis", SearchKind.PROGRAMME, 5, Locale.ENGLISH).hits())
                    .extracting(SearchHit::label)
                    .containsExactly("Recreation of children from Luhansk oblast in Druskininkai");
            // Polish, a language without a column: found by its translation (demo 0967), labelled for Polish readers
            assertThat(ids("wsparcie psychologiczne", SearchKind.PROGRAMME)).containsExactly(2L);
            assertThat(search.searchKind("wsparcie psychologiczne", SearchKind.PROGRAMME, 5,
                    Locale.forLanguageTag("pl")).hits()).extracting(SearchHit::label)
                    .containsExactly("Wsparcie psychologiczne dla rodzin żołnierzy");
        }
    }

    @Test
    void ukrainian_names_are_found_by_their_official_latin_transliteration() {
        try (var ignored = SignedIn.as("officer")) {
            var family = "Гнатюк" + cyrillicWord();
            var id = people.create(new PersonChanges(null, 0, "Ярина", family, null, null, "UA", null, null, null))
                    .id();
            // no Latin name was typed: the index transliterates (2010 table: я → ya at a word's start, ю → iu inside)
            var latinFamily = ua.cooperation.portal.base.text.UkrainianTransliteration.latin(family);
            assertThat(latinFamily).startsWith("Hnatiuk");
            assertThat(ids("Yaryna " + latinFamily, SearchKind.PERSON)).containsExactly(id);
            assertThat(ids(latinFamily.toLowerCase(Locale.ROOT), SearchKind.PERSON)).containsExactly(id);
            // stored Latin names and a meeting title in Latin letters
            assertThat(ids("Hordiienko", SearchKind.PERSON)).containsExactly(4L);
            assertThat(ids("Zustrich nachalnyka", SearchKind.MEETING)).contains(1L);
        }
    }

    @Test
    void exact_names_come_first_then_names_that_start_with_the_query_then_name_words_then_texts() {
        try (var ignored = SignedIn.as("officer")) {
            var word = latinWord();
            long inNotes = organisation("Fundacja Pomocy", "Works with " + word + " since 2024");
            long wordOfName = organisation("Friends of " + word, null);
            long startsWith = organisation(word + " Foundation", null);
            long exact = organisation(word, null);
            var hits = search.searchKind(word, SearchKind.ORGANISATION, 10, Locale.ENGLISH).hits();
            assertThat(hits).extracting(SearchHit::id, SearchHit::score).containsExactly(
                    tuple(exact, 1000), tuple(startsWith, 800), tuple(wordOfName, 600), tuple(inNotes, 300));
            // a prefix of the word ranks the same way, one step lower where the match is not exact
            assertThat(search.searchKind(word.substring(0, 6), SearchKind.ORGANISATION, 10, Locale.ENGLISH).hits())
                    .extracting(SearchHit::id).containsExactly(exact, startsWith, wordOfName, inNotes);
            // several words: every word must occur
            assertThat(ids("friends " + word, SearchKind.ORGANISATION)).containsExactly(wordOfName);
            // the overview shows the best few and says there are more
            var group = search.searchKind(word, SearchKind.ORGANISATION, 2, Locale.ENGLISH);
            assertThat(group.hits()).extracting(SearchHit::id).containsExactly(exact, startsWith);
            assertThat(group.more()).isTrue();
        }
    }

    @Test
    void a_liaison_finds_only_shared_records_of_their_countries() {
        try (var ignored = SignedIn.as("liaison-lt")) {
            assertThat(ids("Lublin", SearchKind.ORGANISATION)).isEmpty();
            assertThat(ids("Lublin", SearchKind.PARTNERSHIP)).isEmpty();
            assertThat(ids("Druskinink", SearchKind.PARTNERSHIP)).containsExactly(1L);
            assertThat(ids("Alytus", SearchKind.PARTNERSHIP)).isEmpty(); // an internal Lithuanian partnership
            assertThat(ids("Співпраця шкіл", SearchKind.PROGRAMME)).isEmpty(); // internal Lithuanian programme
            assertThat(ids("Psychological support for families", SearchKind.PROGRAMME)).isEmpty(); // Polish
            assertThat(ids("Міністерства оборони", SearchKind.MEETING)).isEmpty(); // internal UA visit
            assertThat(ids("Послом", SearchKind.MEETING)).containsExactly(1L);
            assertThat(ids("Литва", SearchKind.COUNTRY)).containsExactly(SearchKind.countryId("LT"));
            assertThat(ids("Польща", SearchKind.COUNTRY)).isEmpty();
            assertThat(ids("Kalvaitis", SearchKind.PERSON)).containsExactly(1L);
            assertThat(ids("Zawadzka", SearchKind.PERSON)).isEmpty();
        }
        try (var ignored = SignedIn.as("liaison-pl")) {
            assertThat(ids("Lublin", SearchKind.ORGANISATION)).containsExactly(7L);
            assertThat(ids("Druskinink", SearchKind.PARTNERSHIP)).isEmpty();
            assertThat(ids("Lublin", SearchKind.PARTNERSHIP)).containsExactly(2L);
            assertThat(ids("Послом", SearchKind.MEETING)).isEmpty();
            assertThat(ids("литовських шкіл", SearchKind.ACTION_ITEM)).isEmpty();
        }
    }

    @Test
    void internal_notes_are_searched_for_staff_and_never_for_a_liaison() {
        var noteWord = latinWord();
        var agendaWord = latinWord();
        long meeting;
        try (var ignored = SignedIn.as("officer")) {
            meeting = meeting("Embassy coordination " + agendaWord, "Agenda: " + agendaWord, noteWord + " is sensitive",
                    true);
            assertThat(ids(noteWord, SearchKind.MEETING)).containsExactly(meeting);
        }
        try (var ignored = SignedIn.as("liaison-lt")) {
            assertThat(ids(noteWord, SearchKind.MEETING)).isEmpty();
            assertThat(ids(agendaWord + " " + noteWord, SearchKind.MEETING)).isEmpty();
            assertThat(ids(agendaWord, SearchKind.MEETING)).containsExactly(meeting);
        }
    }

    @Test
    void the_offices_notes_on_a_country_are_found_by_staff_only() {
        // the demo notes on Lithuania tell of the Luhansk administration's meeting with the ambassador
        var lithuania = SearchKind.countryId("LT");
        try (var ignored = SignedIn.as("officer")) {
            assertThat(ids("Луганської", SearchKind.COUNTRY)).contains(lithuania);
        }
        try (var ignored = SignedIn.as("liaison-lt")) {
            assertThat(ids("Луганської", SearchKind.COUNTRY)).doesNotContain(lithuania);
            assertThat(ids("Литва", SearchKind.COUNTRY)).containsExactly(lithuania);
        }
    }

    @Test
    void the_index_follows_an_edit_in_the_same_transaction() {
        var before = latinWord();
        var after = latinWord();
        try (var ignored = SignedIn.as("officer")) {
            var created = organisations.create(ngo(before + " Institute", null), Locale.ENGLISH);
            assertThat(ids(before, SearchKind.ORGANISATION)).containsExactly(created.id());
            organisations.update(OrganisationChanges.of(created).withNames(null, null, after + " Institute"),
                    Locale.ENGLISH);
            assertThat(ids(before, SearchKind.ORGANISATION)).isEmpty();
            assertThat(ids(after, SearchKind.ORGANISATION)).containsExactly(created.id());
        }
    }

    @Test
    void a_meeting_that_stops_being_shared_takes_its_decisions_out_of_a_liaisons_search() {
        var word = latinWord();
        long meeting;
        try (var ignored = SignedIn.as("officer")) {
            meeting = meeting("Consultation " + word, null, null, true);
            decisionService.saveDecision(meeting, new DecisionChanges(null, 0, "Prepare the " + word + " report",
                    LocalDate.of(2025, 6, 2), null));
        }
        try (var ignored = SignedIn.as("liaison-lt")) {
            assertThat(ids(word, SearchKind.DECISION)).hasSize(1);
        }
        try (var ignored = SignedIn.as("officer")) {
            var details = meetings.findVisibleById(meeting, UK).orElseThrow();
            meetings.update(new MeetingChanges(meeting, details.version(), details.type(), details.title(),
                    details.startsAt(), details.endsAt(), null, null, Set.of("LT"), Set.of(), Set.of(), Set.of(),
                    null, null, null, false), UK);
            assertThat(ids(word, SearchKind.DECISION)).hasSize(1);
        }
        try (var ignored = SignedIn.as("liaison-lt")) {
            assertThat(ids(word, SearchKind.DECISION)).isEmpty();
            assertThat(ids(word, SearchKind.MEETING)).isEmpty();
        }
    }

    @Test
    void a_record_is_found_by_its_translations_and_shown_to_a_liaison_in_hers() {
        try (var ignored = SignedIn.as("liaison-lt")) {
            // "sveikatinimas" stands only in the Lithuanian agenda of the ambassador's meeting (demo)
            assertThat(ids("sveikatinimas", SearchKind.MEETING)).containsExactly(1L);
            assertThat(search.searchKind("sveikatinimas", SearchKind.MEETING, 5, LT).hits())
                    .extracting(SearchHit::label).containsExactly(
                            "Luhansko srities karinės administracijos vadovo susitikimas su Lietuvos Respublikos"
                                    + " ambasadoriumi");
            // a decision keeps its number before the translated text
            assertThat(search.searchKind("vaiku poilsi", SearchKind.DECISION, 5, LT).hits())
                    .extracting(SearchHit::label).anyMatch(label -> label.matches("\\d+\\. 2026 m\\. vasarą .*"));
        }
        try (var ignored = SignedIn.as("liaison-pl")) {
            // the Lublin partnership's description, in the Polish the office gave it, and in its Ukrainian original
            assertThat(ids("memorandum wsparcie weteranow", SearchKind.PARTNERSHIP)).containsExactly(2L);
            assertThat(ids("меморандум охорона", SearchKind.PARTNERSHIP)).containsExactly(2L);
            // names the index has no Polish for are shown in English (Latin letters), not in Ukrainian
            assertThat(search.searchKind("memorandum", SearchKind.PARTNERSHIP, 5, Locale.forLanguageTag("pl"))
                    .hits()).extracting(SearchHit::label).singleElement().asString().contains("Lublin");
        }
        try (var ignored = SignedIn.as("liaison-lt")) {
            assertThat(ids("memorandum wsparcie weteranow", SearchKind.PARTNERSHIP)).isEmpty();
        }
        // a translation saved now is found at once, by staff and by the liaison of a shared meeting
        var word = latinWord();
        long meeting;
        try (var ignored = SignedIn.as("officer")) {
            meeting = meeting("Konsultacija", null, null, true);
            translations.save(TextOwnerKind.MEETING, meeting, "lt",
                    List.of(new TranslationChange("title", "Konsultacija " + word, false, null)));
            assertThat(ids(word, SearchKind.MEETING)).containsExactly(meeting);
        }
        try (var ignored = SignedIn.as("liaison-lt")) {
            assertThat(ids(word, SearchKind.MEETING)).containsExactly(meeting);
        }
    }

    @Test
    void a_visit_is_found_by_its_city_host_and_purpose_within_the_visit_services_scope() {
        try (var ignored = SignedIn.as("officer")) {
            // demo visit 1: to Vilnius ("Вільнюс", found by its Latin transliteration too), hosted by the Lithuanian
            // Ministry of National Defence, shared with partners
            assertThat(ids("Вільнюс", SearchKind.VISIT)).contains(1L);
            assertThat(ids("Vilnius", SearchKind.VISIT)).contains(1L);
            assertThat(ids("krašto apsaugos", SearchKind.VISIT)).contains(1L);
            assertThat(ids("капеланство", SearchKind.VISIT)).containsExactly(1L);
            assertThat(search.searchKind("Вільнюс", SearchKind.VISIT, 5, UK).hits()).filteredOn(h -> h.id() == 1L)
                    .singleElement().satisfies(hit -> assertThat(hit.target()).isEqualTo("1"));
        }
        try (var ignored = SignedIn.as("liaison-lt")) {
            assertThat(ids("Вільнюс", SearchKind.VISIT)).contains(1L);
            assertThat(ids("Vilnius", SearchKind.VISIT)).contains(1L);
        }
        try (var ignored = SignedIn.as("liaison-pl")) {
            assertThat(ids("Вільнюс", SearchKind.VISIT)).doesNotContain(1L);
            assertThat(ids("Vilnius", SearchKind.VISIT)).doesNotContain(1L);
        }
        // an unshared visit to Lithuania: staff find it at once, the Lithuanian liaison never; shared, she does
        var word = latinWord();
        long visit;
        try (var ignored = SignedIn.as("officer")) {
            visit = visits.create(visit(null, 0, "Study visit " + word, false), UK).id();
            assertThat(ids(word, SearchKind.VISIT)).containsExactly(visit);
        }
        try (var ignored = SignedIn.as("liaison-lt")) {
            assertThat(ids(word, SearchKind.VISIT)).isEmpty();
        }
        try (var ignored = SignedIn.as("officer")) {
            var details = visits.findVisibleById(visit, UK).orElseThrow();
            visits.update(visit(visit, details.version(), "Study visit " + word, true), UK);
        }
        try (var ignored = SignedIn.as("liaison-lt")) {
            assertThat(ids(word, SearchKind.VISIT)).containsExactly(visit);
        }
        try (var ignored = SignedIn.as("liaison-pl")) {
            assertThat(ids(word, SearchKind.VISIT)).isEmpty();
        }
    }

    @Test
    void a_deleted_record_leaves_the_index_and_a_rolled_back_one_never_enters_it() {
        var deleted = latinWord();
        var rolledBack = latinWord();
        try (var ignored = SignedIn.as("officer")) {
            long id = organisation(deleted + " Bureau", null);
            assertThat(ids(deleted, SearchKind.ORGANISATION)).containsExactly(id);
            new TransactionTemplate(transactionManager).executeWithoutResult(
                    status -> entityManager.remove(entityManager.find(Organisation.class, id)));
            assertThat(ids(deleted, SearchKind.ORGANISATION)).isEmpty();

            new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
                organisations.create(ngo(rolledBack + " Bureau", null), Locale.ENGLISH);
                status.setRollbackOnly();
            });
            assertThat(ids(rolledBack, SearchKind.ORGANISATION)).isEmpty();
        }
    }

    @Test
    void a_rebuild_finds_what_the_transactional_index_found() {
        try (var ignored = SignedIn.as("officer")) {
            var word = latinWord();
            long id = organisation(word + " Council", "notes about " + latinWord());
            var before = search.search(word, 5, UK);
            assertThat(indexer.rebuildAll()).isPositive();
            assertThat(search.search(word, 5, UK)).isEqualTo(before);
            assertThat(ids(word, SearchKind.ORGANISATION)).containsExactly(id);
        }
    }

    @Test
    void too_short_or_empty_queries_find_nothing() {
        try (var ignored = SignedIn.as("officer")) {
            assertThat(search.search("", 5, UK)).isEmpty();
            assertThat(search.search("  л ", 5, UK)).isEmpty();
            assertThat(search.search("%_'\"", 5, UK)).isEmpty();
            assertThat(search.search("x".repeat(5000), 5, UK)).isEmpty();
        }
    }

    // ------------------------------------------------------------------------------------------------- helpers

    private List<Long> ids(String query, SearchKind kind) {
        return search.searchKind(query, kind, 20, UK).hits().stream().map(SearchHit::id).toList();
    }

    private long organisation(String nameEn, String notes) {
        return organisations.create(ngo(nameEn, notes), Locale.ENGLISH).id();
    }

    private static OrganisationChanges ngo(String nameEn, String notes) {
        return new OrganisationChanges(null, 0, OrganisationType.NGO, null, null, nameEn, "LT", null, null, null, null,
                null, notes);
    }

    private long meeting(String title, String agenda, String internalNotes, boolean shared) {
        var start = Instant.parse("2025-06-02T07:00:00Z");
        return meetings.create(new MeetingChanges(null, 0, MeetingType.EMBASSY_MEETING, title, start,
                start.plus(1, ChronoUnit.HOURS), null, null, Set.of("LT"), Set.of(), Set.of(), Set.of(), agenda, null,
                internalNotes, shared), UK).id();
    }

    /** A word no other record has: the tests share one database. */
    private static VisitChanges visit(Long id, long version, String title, boolean shared) {
        return new VisitChanges(id, version, VisitDirection.OUTGOING, title, null, "LT", "Kaunas", null,
                LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 2), Set.of("LT"), Set.of(), Set.of(), shared, null,
                null);
    }

    private static String latinWord() {
        var word = new StringBuilder("zq");
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return word.toString();
    }

    private static String cyrillicWord() {
        var letters = "абвгдежзиклмнопрстуфхцчшщ";
        var word = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            word.append(letters.charAt(RANDOM.nextInt(letters.length())));
        }
        return word.toString();
    }
}
