package ua.cooperation.portal.registry;

import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.authorization.AuthorizationDeniedException;
import ua.cooperation.portal.base.ConcurrentEditException;
import ua.cooperation.portal.base.RecordNotFoundException;
import ua.cooperation.portal.testsupport.IntegrationTest;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ua.cooperation.portal.registry.OrganisationServiceTest.EMBASSY_LT;
import static ua.cooperation.portal.registry.OrganisationServiceTest.HONORARY_CONSULATE_LT;
import static ua.cooperation.portal.registry.OrganisationServiceTest.LUBLIN;
import static ua.cooperation.portal.testsupport.SignedIn.as;

@IntegrationTest
class PersonAndPositionServiceTest {

    private static final Locale UK = Locale.forLanguageTag("uk");
    /** Demo ids (db/changelog/demo/0920-demo-registry.yaml). */
    static final long AMBASSADOR = 1, PREVIOUS_AMBASSADOR = 2, HONORARY_CONSUL = 3, POLISH_CONTACT = 6;

    @Autowired
    PersonService people;

    @Autowired
    PositionService positions;

    private static PersonChanges newPerson(String given, String family, String country) {
        return new PersonChanges(null, 0, given, family, null, null, country, null, null, null);
    }

    @Test
    void current_and_past_holders_are_derived_from_the_dates() {
        try (var ignored = as("head")) {
            var embassyPosts = positions.findForOrganisation(EMBASSY_LT, UK);
            assertThat(embassyPosts).filteredOn(p -> p.status() == PositionItem.Status.CURRENT)
                    .filteredOn(p -> p.title().equals("Посол"))
                    .extracting(PositionItem::personId).containsExactly(AMBASSADOR);
            var past = embassyPosts.stream().filter(p -> p.status() == PositionItem.Status.PAST).toList();
            assertThat(past).extracting(PositionItem::personId).contains(PREVIOUS_AMBASSADOR);
            var previous = past.stream().filter(p -> p.personId() == PREVIOUS_AMBASSADOR).findFirst().orElseThrow();
            assertThat(previous.fromDate()).isEqualTo(LocalDate.of(2019, 9, 1));
            assertThat(previous.toDate()).isEqualTo(LocalDate.of(2024, 9, 30));

            var lithuania = positions.findCurrentInCountry("LT", UK);
            assertThat(lithuania).extracting(PositionItem::personId).contains(AMBASSADOR, HONORARY_CONSUL)
                    .doesNotContain(PREVIOUS_AMBASSADOR);
            assertThat(lithuania).allMatch(p -> p.countryCode().equals("LT"));
        }
    }

    @Test
    void a_post_that_starts_later_is_upcoming_one_ending_today_is_still_current_and_ending_it_makes_it_past() {
        try (var ignored = as("officer")) {
            var today = positions.today();
            var person = people.create(newPerson("Jonas", "Derivaitis", "LT"));
            var upcoming = positions.add(new NewPosition(person.id(), EMBASSY_LT, "Attaché", today.plusDays(10),
                    null), UK);
            assertThat(upcoming.status()).isEqualTo(PositionItem.Status.UPCOMING);
            var endsToday = positions.add(new NewPosition(person.id(), HONORARY_CONSULATE_LT, "Assistant",
                    today.minusYears(1), today), UK);
            assertThat(endsToday.status()).isEqualTo(PositionItem.Status.CURRENT);
            assertThat(positions.findCurrentInCountry("LT", UK)).extracting(PositionItem::id)
                    .contains(endsToday.id()).doesNotContain(upcoming.id());

            var ended = positions.end(endsToday.id(), endsToday.version(), today.minusDays(1), UK);
            assertThat(ended.status()).isEqualTo(PositionItem.Status.PAST);
            assertThat(positions.findCurrentInCountry("LT", UK)).extracting(PositionItem::id)
                    .doesNotContain(endsToday.id());
            assertThat(positions.findForPerson(person.id(), UK)).extracting(PositionItem::id)
                    .containsExactly(upcoming.id(), endsToday.id());

            assertThatThrownBy(() -> positions.end(ended.id(), endsToday.version(), today, UK))
                    .as("stale version").isInstanceOf(ConcurrentEditException.class);
            positions.remove(upcoming.id(), upcoming.version());
            assertThat(positions.findForPerson(person.id(), UK)).extracting(PositionItem::id)
                    .containsExactly(endsToday.id());
        }
    }

    @Test
    void a_post_ending_before_it_starts_is_refused_and_nothing_is_stored() {
        try (var ignored = as("officer")) {
            var before = positions.findForPerson(POLISH_CONTACT, UK);
            var backwards = new NewPosition(POLISH_CONTACT, LUBLIN, "Coordinator", LocalDate.of(2025, 5, 1),
                    LocalDate.of(2025, 4, 30));
            assertThatThrownBy(() -> positions.add(backwards, UK)).isInstanceOf(ConstraintViolationException.class);
            var noTitle = new NewPosition(POLISH_CONTACT, LUBLIN, " ", LocalDate.of(2025, 5, 1), null);
            assertThatThrownBy(() -> positions.add(noTitle, UK)).isInstanceOf(ConstraintViolationException.class);
            var current = before.getFirst();
            assertThatThrownBy(() -> positions.end(current.id(), current.version(), current.fromDate().minusDays(1),
                    UK)).isInstanceOf(IllegalArgumentException.class);
            assertThat(positions.findForPerson(POLISH_CONTACT, UK)).isEqualTo(before);
        }
    }

    @Test
    void officer_creates_and_updates_a_person_and_stale_saves_are_refused() {
        try (var ignored = as("officer")) {
            var created = people.create(newPerson(" Laima ", "Testaitė", "LT").withEmail("laima@example.lt"));
            assertThat(created.givenName()).isEqualTo("Laima");
            var saved = people.update(PersonChanges.of(created).withNotes("Met in Vilnius"));
            assertThat(saved.version()).isEqualTo(created.version() + 1);
            assertThatThrownBy(() -> people.update(PersonChanges.of(created).withNotes("stale")))
                    .isInstanceOf(ConcurrentEditException.class);
            assertThat(people.findVisibleById(created.id()).orElseThrow().notes()).isEqualTo("Met in Vilnius");

            var before = people.findVisibleById(created.id()).orElseThrow();
            assertThatThrownBy(() -> people.update(PersonChanges.of(before).withEmail("not an e-mail")))
                    .isInstanceOf(ConstraintViolationException.class);
            assertThatThrownBy(() -> people.update(PersonChanges.of(before).withNames("", "Testaitė")))
                    .isInstanceOf(ConstraintViolationException.class);
            assertThat(people.findVisibleById(created.id()).orElseThrow()).isEqualTo(before);
        }
    }

    @Test
    void people_are_listed_by_family_name_and_found_by_any_part_of_their_names() {
        try (var ignored = as("officer")) {
            assertThat(people.findVisible(new PersonFilter("myroshnych", null), PageRequest.of(0, 10)))
                    .extracting(PersonListItem::id).containsExactly(HONORARY_CONSUL);
            assertThat(people.findVisible(new PersonFilter("Олег Мирош", null), PageRequest.of(0, 10)))
                    .extracting(PersonListItem::id).containsExactly(HONORARY_CONSUL);
            var lithuanians = people.findVisible(new PersonFilter(null, "LT"),
                    PageRequest.of(0, 50, Sort.by(PersonService.SORT_NAME)));
            assertThat(lithuanians).allMatch(p -> p.countryCode().equals("LT"));
            assertThat(lithuanians).extracting(PersonListItem::id).contains(AMBASSADOR, PREVIOUS_AMBASSADOR);
        }
    }

    @Test
    void a_text_filter_keeps_the_lists_order_by_family_and_given_name_in_both_directions() {
        try (var ignored = as("officer")) {
            for (var name : List.of(new String[]{"Ярина", "Сорокотяга"}, new String[]{"Андрій", "Сорокотяга"},
                    new String[]{"Богдан", "Сорокопуд"})) {
                people.create(newPerson(name[0], name[1], "UA"));
            }
            for (var direction : Sort.Direction.values()) {
                var sort = Sort.by(direction, PersonService.SORT_NAME);
                var all = people.findVisible(PersonFilter.none(), PageRequest.of(0, 10_000, sort));
                var expected = all.stream().filter(p -> p.fullName().contains("Сороко"))
                        .map(PersonListItem::id).toList();
                assertThat(expected).hasSizeGreaterThanOrEqualTo(3);
                assertThat(people.findVisible(new PersonFilter("сороко", null), PageRequest.of(0, 50, sort)))
                        .as(direction.name()).extracting(PersonListItem::id).containsExactlyElementsOf(expected);
            }
        }
    }

    @Test
    void the_list_label_counts_people_exactly_up_to_its_limit_and_says_more_beyond_it() {
        for (var user : List.of("officer", "liaison-lt")) {
            try (var ignored = as(user)) {
                long seen = people.countVisible(PersonFilter.none());
                assertThat(seen).as(user).isGreaterThan(1);
                assertThat(people.countVisibleUpTo(PersonFilter.none(), (int) seen))
                        .isEqualTo(ua.cooperation.portal.base.ListCount.exactly(seen));
                assertThat(people.countVisibleUpTo(PersonFilter.none(), (int) seen - 1))
                        .isEqualTo(new ua.cooperation.portal.base.ListCount(seen - 1, true));
            }
        }
    }

    @Test
    void likely_duplicate_people_are_found_in_either_name_order_and_script() {
        try (var ignored = as("officer")) {
            assertThat(people.findLikelyDuplicates(newPerson("Arunas", "Kalvaitis", "LT")))
                    .extracting(LikelyDuplicate::id).contains(AMBASSADOR);
            assertThat(people.findLikelyDuplicates(newPerson("Kalvaitis", "Arūnas", "LT")))
                    .extracting(LikelyDuplicate::id).contains(AMBASSADOR);
            var latin = new PersonChanges(null, 0, "Олег", "Мирошніченко", "Oleh", "Myroshnychenko", "UA", null,
                    null, null);
            assertThat(people.findLikelyDuplicates(latin)).extracting(LikelyDuplicate::id).contains(HONORARY_CONSUL);
            assertThat(people.findLikelyDuplicates(newPerson("Zbigniew", "Quirk", "PL"))).isEmpty();
        }
    }

    @Test
    void latin_suggestion_keeps_latin_names_and_leaves_others_to_the_transliteration_hook() {
        try (var ignored = as("officer")) {
            assertThat(people.suggestLatin(" Arūnas ")).contains("Arūnas");
            assertThat(people.suggestLatin("Олег")).contains("Oleh");
            assertThat(people.suggestLatin("Мирошниченко")).contains("Myroshnychenko");
            assertThat(people.suggestLatin("Олег Smith")).as("mixed scripts: no guess").isEmpty();
        }
    }

    @Test
    void liaison_sees_lithuanian_people_only_and_posts_of_lithuanian_organisations() {
        try (var ignored = as("liaison-lt")) {
            var visible = people.findVisible(PersonFilter.none(), PageRequest.of(0, 100));
            assertThat(visible).isNotEmpty().allMatch(p -> p.countryCode().equals("LT"));
            assertThat(people.findVisibleById(AMBASSADOR)).isPresent();
            assertThat(people.findVisibleById(POLISH_CONTACT)).isEmpty();
            assertThat(people.findVisibleById(HONORARY_CONSUL)).as("a Ukrainian person").isEmpty();
            assertThat(people.findVisibleById(999_999)).isEmpty();
            assertThat(positions.findForPerson(POLISH_CONTACT, UK)).isEmpty();
            assertThat(positions.findForOrganisation(LUBLIN, UK)).isEmpty();
            assertThat(positions.findCurrentInCountry("PL", UK)).isEmpty();

            var consulate = positions.findForOrganisation(HONORARY_CONSULATE_LT, UK);
            var consul = consulate.stream().filter(p -> p.personId() == HONORARY_CONSUL).findFirst().orElseThrow();
            assertThat(consul.personVisible()).as("shown as holder, but the person cannot be opened").isFalse();
        }
    }

    @Test
    void heads_and_liaisons_may_not_change_people_or_posts() {
        for (var user : new String[]{"head", "liaison-lt"}) {
            try (var ignored = as(user)) {
                assertThatThrownBy(() -> people.create(newPerson("Not", "Allowed", "LT")))
                        .as(user).isInstanceOf(AuthorizationDeniedException.class);
                assertThatThrownBy(() -> positions.add(new NewPosition(AMBASSADOR, EMBASSY_LT, "Consul",
                        LocalDate.of(2025, 1, 1), null), UK)).as(user).isInstanceOf(AuthorizationDeniedException.class);
                assertThatThrownBy(() -> positions.remove(1, 0))
                        .as(user).isInstanceOf(AuthorizationDeniedException.class);
            }
        }
    }

    @Test
    void unknown_people_and_organisations_are_not_found_when_adding_a_post() {
        try (var ignored = as("officer")) {
            assertThatThrownBy(() -> positions.add(new NewPosition(999_999L, EMBASSY_LT, "Consul",
                    LocalDate.of(2025, 1, 1), null), UK)).isInstanceOf(RecordNotFoundException.class);
            assertThatThrownBy(() -> positions.add(new NewPosition(AMBASSADOR, 999_999L, "Consul",
                    LocalDate.of(2025, 1, 1), null), UK)).isInstanceOf(RecordNotFoundException.class);
        }
    }
}
