package ua.cooperation.portal.registry;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import ua.cooperation.portal.base.RecordNotFoundException;
import ua.cooperation.portal.meeting.MeetingService;
import ua.cooperation.portal.search.SearchKind;
import ua.cooperation.portal.search.SearchService;
import ua.cooperation.portal.testsupport.IntegrationTest;
import ua.cooperation.portal.testsupport.TestMeetings;
import ua.cooperation.portal.translation.ContentTranslations;
import ua.cooperation.portal.translation.TextOwnerKind;
import ua.cooperation.portal.translation.TranslationChange;
import ua.cooperation.portal.translation.TranslationRefusedException;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ua.cooperation.portal.testsupport.SignedIn.as;

/**
 * Organisation names in the partners' languages (issue 19): a Lithuanian or Polish translation of the name wins for
 * readers of that language in the list, on the page, in the meeting and in search hits; English readers keep the
 * English column; an untranslated organisation is named as before; the translation page offers only Lithuanian and
 * Polish and refuses what it must.
 */
@IntegrationTest
class OrganisationTranslationsTest {

    private static final Locale UK = Locale.forLanguageTag("uk");
    private static final Locale LT = Locale.forLanguageTag("lt");
    private static final Locale PL = Locale.forLanguageTag("pl");
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    /**
     * The demo's Lublin city office, for the Polish liaison: other tests count the Polish organisations, so this one
     * creates none and removes the Polish name it gives Lublin.
     */
    private static final long LUBLIN = 7;

    @Autowired
    OrganisationService organisations;
    @Autowired
    ContentTranslations translations;
    @Autowired
    MeetingService meetings;
    @Autowired
    SearchService search;

    /** An organisation with a Ukrainian and an English name only, as the office often records foreign bodies. */
    private long newOrganisation(String nameUk, String nameEn, String country) {
        return organisations.create(new OrganisationChanges(null, 0, OrganisationType.NGO, null, nameUk, nameEn,
                country, null, null, null, null, null, null), UK).id();
    }

    private static String unique(String name) {
        return name + " " + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100000;
    }

    private void translate(long id, String language, String name) {
        var version = translations.sheet(TextOwnerKind.ORGANISATION, id, language).texts().getFirst().version();
        translations.save(TextOwnerKind.ORGANISATION, id, language,
                List.of(new TranslationChange("name", name, false, version)));
    }

    private String listedName(long id, String text, Locale language) {
        return organisations.findVisible(OrganisationFilter.text(text), PageRequest.of(0, 50), language).stream()
                .filter(item -> item.id() == id).findFirst().orElseThrow().name();
    }

    @Test
    void each_partner_reads_the_name_in_her_language_and_english_readers_the_english_column() {
        long lithuanian;
        long untranslated;
        var english = unique("Association of Border Schools");
        var lithuanianName = unique("Pasienio mokyklų asociacija");
        var polishName = unique("Lublin – Urząd Miasta");
        try (var ignored = as("officer")) {
            lithuanian = newOrganisation("Асоціація прикордонних шкіл", english, "LT");
            untranslated = newOrganisation("Литовська асоціація ветеранів", english + " veterans", "LT");
            translate(lithuanian, "lt", lithuanianName);
            translate(LUBLIN, "pl", polishName);
        }
        try (var ignored = as("liaison-lt")) {
            assertThat(organisations.findVisibleById(lithuanian, LT).orElseThrow().name()).isEqualTo(lithuanianName);
            assertThat(listedName(lithuanian, english, LT)).isEqualTo(lithuanianName);
            assertThat(organisations.findVisibleName(lithuanian, LT)).contains(lithuanianName);
            assertThat(organisations.findVisibleById(untranslated, LT).orElseThrow().name())
                    .as("no Lithuanian name: the English one, as before").isEqualTo(english + " veterans");
            assertThat(organisations.findVisibleById(LUBLIN, LT)).as("not her country").isEmpty();
        }
        try (var ignored = as("liaison-pl")) {
            assertThat(organisations.findVisibleById(LUBLIN, PL).orElseThrow().name()).isEqualTo(polishName);
            assertThat(listedName(LUBLIN, "Lublin", PL)).isEqualTo(polishName);
        } finally {
            try (var ignored = as("officer")) {
                translate(LUBLIN, "pl", "");
            }
        }
        try (var ignored = as("liaison-pl")) {
            assertThat(organisations.findVisibleById(LUBLIN, PL).orElseThrow().name())
                    .as("without it, the Polish original again").isEqualTo("Urząd Miasta Lublin");
        }
        try (var ignored = as("officer")) {
            assertThat(organisations.findVisibleById(lithuanian, Locale.ENGLISH).orElseThrow().name())
                    .isEqualTo(english);
            assertThat(organisations.findVisibleById(lithuanian, UK).orElseThrow().name())
                    .isEqualTo("Асоціація прикордонних шкіл");
            var status = organisations.findVisibleById(lithuanian, UK).orElseThrow().texts();
            assertThat(status.missing()).as("staff: what is left to translate, English having its column")
                    .containsExactly("pl");
        }
    }

    @Test
    void the_translation_page_offers_lithuanian_and_polish_and_refuses_english_and_a_name_too_long() {
        try (var ignored = as("officer")) {
            long id = newOrganisation("Фонд відбудови громад", unique("Community Rebuilding Fund"), "LT");
            var sheet = translations.sheet(TextOwnerKind.ORGANISATION, id, "lt");
            assertThat(sheet.languages()).containsExactly("lt", "pl");
            assertThat(sheet.texts().getFirst().original()).isEqualTo("Фонд відбудови громад");

            assertThatThrownBy(() -> translations.save(TextOwnerKind.ORGANISATION, id, "en",
                    List.of(new TranslationChange("name", "Another English name", false, null))))
                    .isInstanceOfSatisfying(TranslationRefusedException.class, e -> assertThat(e.reason())
                            .isEqualTo(TranslationRefusedException.Reason.NOT_A_TRANSLATION_LANGUAGE));
            var tooLong = "A".repeat(Organisation.NAME_MAX_LENGTH + 1);
            assertThatThrownBy(() -> translations.save(TextOwnerKind.ORGANISATION, id, "lt",
                    List.of(new TranslationChange("name", tooLong, false, null))))
                    .isInstanceOfSatisfying(TranslationRefusedException.class, e -> {
                        assertThat(e.reason()).isEqualTo(TranslationRefusedException.Reason.TOO_LONG);
                        assertThat(e.refusals()).extracting(r -> r.field()).containsExactly("name");
                    });
            assertThat(translations.sheet(TextOwnerKind.ORGANISATION, id, "lt").texts().getFirst().translation())
                    .as("nothing stored").isNull();

            var hostile = "<script>alert('x')</script> & \"Fondas\" ' OR 1=1 -- ${jndi:x} Ąžuolas";
            translate(id, "lt", hostile);
            assertThat(organisations.findVisibleById(id, LT).orElseThrow().name()).isEqualTo(hostile);
        }
    }

    @Test
    void an_organisation_out_of_her_scope_is_not_found_on_the_translation_page() {
        try (var ignored = as("liaison-lt")) {
            assertThatThrownBy(() -> translations.sheet(TextOwnerKind.ORGANISATION, LUBLIN, "lt"))
                    .isInstanceOf(RecordNotFoundException.class);
            assertThatThrownBy(() -> translations.sheet(TextOwnerKind.ORGANISATION, 999_999, "lt"))
                    .as("as a missing one").isInstanceOf(RecordNotFoundException.class);
        }
    }

    @Test
    void a_changed_ukrainian_name_makes_the_translations_outdated_and_a_changed_english_name_does_not() {
        long id;
        try (var ignored = as("officer")) {
            id = newOrganisation("Центр підтримки ветеранів", unique("Veterans Support Centre"), "LT");
            translate(id, "lt", "Veteranų paramos centras");
            var stored = organisations.findVisibleById(id, UK).orElseThrow();
            var changes = OrganisationChanges.of(stored);
            var englishChanged = organisations.update(new OrganisationChanges(changes.id(), changes.version(),
                    changes.type(), changes.nameOriginal(), changes.nameUk(), changes.nameEn() + " (Vilnius)",
                    changes.countryCode(), changes.parentId(), changes.email(), changes.phone(), changes.address(),
                    changes.website(), changes.notes()), UK);
            assertThat(translations.sheet(TextOwnerKind.ORGANISATION, id, "lt").texts().getFirst().outdated())
                    .isFalse();
            organisations.update(new OrganisationChanges(id, englishChanged.version(), changes.type(), null,
                    "Центр підтримки ветеранів і їхніх родин", englishChanged.nameEn(), changes.countryCode(), null,
                    null, null, null, null, null), UK);
            assertThat(translations.sheet(TextOwnerKind.ORGANISATION, id, "lt").texts().getFirst().outdated())
                    .isTrue();
            assertThat(translations.workList("lt", 500)).as("on the work list again")
                    .anyMatch(item -> item.record().kind() == TextOwnerKind.ORGANISATION && item.record().id() == id);
        }
        try (var ignored = as("liaison-lt")) {
            var name = organisations.findVisibleById(id, LT).orElseThrow().texts().get("name");
            assertThat(name.text()).isEqualTo("Veteranų paramos centras");
            assertThat(name.outdated()).isTrue();
        }
    }

    @Test
    void the_work_list_asks_only_for_names_the_partner_does_not_already_read_in_her_language() {
        try (var ignored = as("officer")) {
            long untranslated = newOrganisation("Литовська асоціація волонтерів", unique("Volunteers"), "LT");
            var work = translations.workList("lt", 500).stream()
                    .filter(item -> item.record().kind() == TextOwnerKind.ORGANISATION)
                    .map(item -> item.record().id()).toList();
            assertThat(work).contains(untranslated)
                    .as("the Lithuanian ministry has its Lithuanian original name").doesNotContain(2L);
            assertThat(translations.workList("en", 500)).as("English names have their own column")
                    .noneMatch(item -> item.record().kind() == TextOwnerKind.ORGANISATION);
        }
    }

    @Test
    void the_demo_meeting_and_search_name_ukrainian_bodies_in_lithuanian_for_the_lithuanian_liaison() {
        try (var ignored = as("liaison-lt")) {
            var details = meetings.findVisibleById(TestMeetings.SHARED_WITH_LITHUANIA, LT).orElseThrow();
            assertThat(details.organisations()).extracting(o -> o.name())
                    .contains("Luhansko srities karinė administracija");
        }
        long id;
        var english = unique("Border Guard Veterans Union");
        try (var ignored = as("officer")) {
            id = newOrganisation("Спілка ветеранів прикордонної служби", english, "LT");
            translate(id, "lt", "Pasieniečių veteranų sąjunga");
        }
        try (var ignored = as("liaison-lt")) {
            var hits = search.search("Pasieniečių veteranų", 10, LT).stream()
                    .filter(g -> g.kind() == SearchKind.ORGANISATION).flatMap(g -> g.hits().stream())
                    .filter(h -> h.id() == id).toList();
            assertThat(hits).as("found by its Lithuanian name, and labelled with it").singleElement()
                    .extracting(h -> h.label()).isEqualTo("Pasieniečių veteranų sąjunga");
        }
        try (var ignored = as("officer")) {
            var hits = search.search(english, 10, Locale.ENGLISH).stream()
                    .filter(g -> g.kind() == SearchKind.ORGANISATION).flatMap(g -> g.hits().stream())
                    .filter(h -> h.id() == id).toList();
            assertThat(hits).singleElement().extracting(h -> h.label()).isEqualTo(english);
        }
    }
}
