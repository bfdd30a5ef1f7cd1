package ua.cooperation.portal.registry;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import ua.cooperation.portal.base.HistoryEntry;
import ua.cooperation.portal.base.RecordNotFoundException;
import ua.cooperation.portal.testsupport.IntegrationTest;

import java.time.LocalDate;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ua.cooperation.portal.testsupport.SignedIn.as;

/** Organisations' and people's history, including the posts they hold, kept by Envers. */
@IntegrationTest
class RegistryHistoryTest {

    private static final Locale UK = Locale.forLanguageTag("uk");

    @Autowired
    RegistryHistory history;

    @Autowired
    OrganisationService organisations;

    @Autowired
    PersonService people;

    @Autowired
    PositionService positions;

    @Test
    void a_new_post_and_an_edited_organisation_appear_in_its_history_with_who_and_old_and_new_values() {
        try (var ignored = as("officer")) {
            var consulate = organisations.findVisible(new OrganisationFilter("Почесне консульство", null, null),
                    PageRequest.of(0, 5), UK).getFirst();
            var person = people.findVisible(new PersonFilter("Mockut", null), PageRequest.of(0, 5)).getFirst();
            positions.add(new NewPosition(person.id(), consulate.id(), "Секретар консульства",
                    LocalDate.of(2025, 4, 1), null), UK);
            var details = organisations.findVisibleById(consulate.id(), UK).orElseThrow();
            organisations.update(OrganisationChanges.of(details).withNotes("Приймальня у Сєвєродонецьку"), UK);

            var entries = history.ofOrganisation(consulate.id(), UK);
            var newest = entries.getFirst();
            assertThat(newest.subject()).isNull();
            assertThat(newest.changedBy()).isEqualTo("officer");
            assertThat(newest.changes()).extracting(HistoryEntry.FieldChange::field, HistoryEntry.FieldChange::newValue)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("notes", "Приймальня у Сєвєродонецьку"));
            var post = entries.get(1);
            assertThat(post.kind()).isEqualTo(HistoryEntry.Kind.CREATED);
            assertThat(post.subject()).startsWith("Секретар консульства — ");
            assertThat(entries).as("the demo state is the first, by system")
                    .anySatisfy(e -> assertThat(e.changedBy()).isEqualTo("system"));

            assertThat(history.ofPerson(person.id(), UK)).anySatisfy(e ->
                    assertThat(e.subject()).startsWith("Секретар консульства — "));
        }
    }

    @Test
    void history_is_as_visible_as_the_record() {
        long polishOrganisation;
        try (var ignored = as("officer")) {
            polishOrganisation = organisations.findVisible(new OrganisationFilter(null, null, "PL"),
                    PageRequest.of(0, 5), UK).getFirst().id();
        }
        try (var ignored = as("liaison-lt")) {
            assertThatThrownBy(() -> history.ofOrganisation(polishOrganisation, UK))
                    .isInstanceOf(RecordNotFoundException.class);
            assertThatThrownBy(() -> history.ofOrganisation(999_999L, UK))
                    .isInstanceOf(RecordNotFoundException.class);
        }
    }
}
