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

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ua.cooperation.portal.testsupport.SignedIn.as;

@IntegrationTest
class OrganisationServiceTest {

    private static final Locale UK = Locale.forLanguageTag("uk");
    /** Demo ids (db/changelog/demo/0920-demo-registry.yaml). */
    static final long MOD_UA = 1, MOD_LT = 2, EMBASSY_LT = 3, HONORARY_CONSULATE_LT = 4, LUHANSK_RMA = 5, IOM = 6,
            LUBLIN = 7;

    @Autowired
    OrganisationService organisations;

    private static OrganisationChanges newOrganisation(String nameEn, String country) {
        return new OrganisationChanges(null, 0, OrganisationType.NGO, null, null, nameEn, country, null,
                "office@example.org", "+380 44 000 00 00", "Kyiv", "https://example.org", null);
    }

    @Test
    void demo_registry_is_loaded_and_names_follow_the_readers_language() {
        try (var ignored = as("head")) {
            var embassy = organisations.findVisibleById(EMBASSY_LT, UK).orElseThrow();
            assertThat(embassy.name()).isEqualTo("Посольство Литовської Республіки в Україні");
            assertThat(embassy.type()).isEqualTo(OrganisationType.EMBASSY);
            assertThat(organisations.findVisibleById(EMBASSY_LT, Locale.ENGLISH).orElseThrow().name())
                    .isEqualTo("Embassy of the Republic of Lithuania in Ukraine");
            assertThat(organisations.findVisibleById(EMBASSY_LT, Locale.forLanguageTag("lt")).orElseThrow().name())
                    .isEqualTo("Lietuvos Respublikos ambasada Ukrainoje");
            var consulate = organisations.findVisibleById(HONORARY_CONSULATE_LT, UK).orElseThrow();
            assertThat(consulate.parent().id()).isEqualTo(EMBASSY_LT);
        }
    }

    @Test
    void list_filters_by_type_country_and_text_and_pages_in_name_order() {
        try (var ignored = as("officer")) {
            var ministries = organisations.findVisible(new OrganisationFilter(null, OrganisationType.MINISTRY, null),
                    PageRequest.of(0, 10, Sort.by(OrganisationService.SORT_NAME)), Locale.ENGLISH);
            assertThat(ministries).extracting(OrganisationListItem::id).containsExactly(MOD_UA, MOD_LT);
            assertThat(organisations.findVisible(new OrganisationFilter(null, null, "PL"), PageRequest.of(0, 10), UK))
                    .extracting(OrganisationListItem::id).containsExactly(LUBLIN);
            assertThat(organisations.findVisible(OrganisationFilter.text("ambasada"), PageRequest.of(0, 10), UK))
                    .extracting(OrganisationListItem::id).containsExactly(EMBASSY_LT);
            assertThat(organisations.findVisible(OrganisationFilter.text("ПОСОЛЬСТВО"), PageRequest.of(0, 10), UK))
                    .extracting(OrganisationListItem::id).contains(EMBASSY_LT);
            var consulateRow = organisations.findVisible(new OrganisationFilter(null,
                    OrganisationType.HONORARY_CONSULATE, "LT"), PageRequest.of(0, 10), UK).getFirst();
            assertThat(consulateRow.parentName()).isEqualTo("Посольство Литовської Республіки в Україні");

            var first = organisations.findVisible(OrganisationFilter.none(), PageRequest.of(0, 3), UK);
            var second = organisations.findVisible(OrganisationFilter.none(), PageRequest.of(1, 3), UK);
            assertThat(first).hasSize(3);
            assertThat(first).extracting(OrganisationListItem::id)
                    .doesNotContainAnyElementsOf(second.stream().map(OrganisationListItem::id).toList());
            var byCountryDesc = organisations.findVisible(OrganisationFilter.none(),
                    PageRequest.of(0, 50, Sort.by(Sort.Direction.DESC, OrganisationService.SORT_COUNTRY)), UK);
            assertThat(byCountryDesc.getFirst().countryCode()).isGreaterThanOrEqualTo(byCountryDesc.getLast().countryCode());
        }
    }

    @Test
    void officer_creates_and_updates_an_organisation() {
        try (var ignored = as("officer")) {
            var created = organisations.create(newOrganisation("  Kyiv Veterans Hub  ", "UA")
                    .withParentId(LUHANSK_RMA), UK);
            assertThat(created.nameEn()).isEqualTo("Kyiv Veterans Hub");
            assertThat(created.name()).as("falls back to another name").isEqualTo("Kyiv Veterans Hub");
            assertThat(created.parent().id()).isEqualTo(LUHANSK_RMA);
            assertThat(created.updatedBy()).isEqualTo("officer");

            var saved = organisations.update(OrganisationChanges.of(created)
                    .withNames(null, "Київський хаб ветеранів", "Kyiv Veterans Hub").withNotes("Partner NGO"), UK);
            assertThat(saved.name()).isEqualTo("Київський хаб ветеранів");
            assertThat(saved.notes()).isEqualTo("Partner NGO");
            assertThat(saved.version()).isEqualTo(created.version() + 1);
        }
    }

    @Test
    void invalid_input_is_refused_and_stored_data_stays_untouched() {
        try (var ignored = as("officer")) {
            var before = organisations.findVisibleById(LUBLIN, UK).orElseThrow();
            var noName = OrganisationChanges.of(before).withNames(" ", null, "");
            assertThatThrownBy(() -> organisations.update(noName, UK)).isInstanceOf(ConstraintViolationException.class);
            var badWebsite = OrganisationChanges.of(before).withWebsite("lublin eu");
            assertThatThrownBy(() -> organisations.update(badWebsite, UK))
                    .isInstanceOf(ConstraintViolationException.class);
            var tooLong = OrganisationChanges.of(before).withNotes("x".repeat(Organisation.NOTES_MAX_LENGTH + 1));
            assertThatThrownBy(() -> organisations.update(tooLong, UK))
                    .isInstanceOf(ConstraintViolationException.class);
            assertThatThrownBy(() -> organisations.create(newOrganisation("Nowhere Office", "QQ"), UK))
                    .isInstanceOf(RecordNotFoundException.class);
            assertThat(organisations.findVisibleById(LUBLIN, UK).orElseThrow()).isEqualTo(before);
            assertThat(organisations.countVisible(OrganisationFilter.text("Nowhere Office"))).isZero();
        }
    }

    @Test
    void a_parent_below_the_organisation_itself_is_refused() {
        try (var ignored = as("officer")) {
            var top = organisations.create(newOrganisation("Cycle Test Top", "UA"), UK);
            var below = organisations.create(newOrganisation("Cycle Test Below", "UA").withParentId(top.id()), UK);
            var cycle = OrganisationChanges.of(top).withParentId(below.id());
            assertThatThrownBy(() -> organisations.update(cycle, UK)).isInstanceOf(InvalidParentException.class);
            var self = OrganisationChanges.of(top).withParentId(top.id());
            assertThatThrownBy(() -> organisations.update(self, UK)).isInstanceOf(InvalidParentException.class);
            assertThat(organisations.findVisibleById(top.id(), UK).orElseThrow().parent()).isNull();
        }
    }

    @Test
    void a_save_on_top_of_a_stale_version_is_refused_and_keeps_the_other_save() {
        try (var ignored = as("officer")) {
            var opened = organisations.create(newOrganisation("Conflict Test Foundation", "PL"), UK);
            organisations.update(OrganisationChanges.of(opened).withNotes("first"), UK);
            var stale = OrganisationChanges.of(opened).withNotes("second");
            assertThatThrownBy(() -> organisations.update(stale, UK)).isInstanceOf(ConcurrentEditException.class);
            assertThat(organisations.findVisibleById(opened.id(), UK).orElseThrow().notes()).isEqualTo("first");
        }
    }

    @Test
    void likely_duplicates_are_found_by_close_names_whatever_the_case_and_punctuation() {
        try (var ignored = as("officer")) {
            var typo = newOrganisation("embassy of the republic of lithuania in ukrane", "LT");
            assertThat(organisations.findLikelyDuplicates(typo, UK)).extracting(LikelyDuplicate::id)
                    .first().isEqualTo(EMBASSY_LT);
            var diacritics = newOrganisation(null, "LT").withNames("Lietuvos Respublikos garbes konsulatas, "
                    + "Luhansko sritis", null, null);
            assertThat(organisations.findLikelyDuplicates(diacritics, UK)).extracting(LikelyDuplicate::id)
                    .contains(HONORARY_CONSULATE_LT);
            var contained = newOrganisation("IOM Mission", "UA");
            assertThat(organisations.findLikelyDuplicates(contained, UK)).extracting(LikelyDuplicate::id)
                    .contains(IOM);
            assertThat(organisations.findLikelyDuplicates(newOrganisation("Red Cross of Moldova", "MD"), UK))
                    .isEmpty();
            var embassy = organisations.findVisibleById(EMBASSY_LT, UK).orElseThrow();
            assertThat(organisations.findLikelyDuplicates(OrganisationChanges.of(embassy), UK))
                    .as("a record is not its own duplicate").extracting(LikelyDuplicate::id).doesNotContain(EMBASSY_LT);
        }
    }

    @Test
    void liaison_sees_only_lithuanian_organisations_and_others_answer_like_missing_ones() {
        try (var ignored = as("liaison-lt")) {
            var visible = organisations.findVisible(OrganisationFilter.none(), PageRequest.of(0, 100), UK);
            assertThat(visible).isNotEmpty().allMatch(o -> o.countryCode().equals("LT"));
            assertThat(visible).extracting(OrganisationListItem::id)
                    .contains(MOD_LT, EMBASSY_LT, HONORARY_CONSULATE_LT);
            assertThat(organisations.countVisible(new OrganisationFilter(null, null, "PL"))).isZero();
            assertThat(organisations.findVisibleById(LUBLIN, UK)).isEmpty();
            assertThat(organisations.findVisibleById(MOD_UA, UK)).isEmpty();
            assertThat(organisations.findVisibleById(999_999, UK)).isEmpty();
            assertThat(organisations.findVisibleById(EMBASSY_LT, UK)).isPresent();
            assertThat(organisations.findLikelyDuplicates(newOrganisation("Lublin City Office", "PL"), UK)).isEmpty();
        }
    }

    @Test
    void heads_and_liaisons_may_not_create_or_change_organisations() {
        OrganisationDetails embassy;
        try (var ignored = as("officer")) {
            embassy = organisations.findVisibleById(EMBASSY_LT, UK).orElseThrow();
        }
        for (var user : new String[]{"head", "liaison-lt"}) {
            try (var ignored = as(user)) {
                assertThatThrownBy(() -> organisations.update(OrganisationChanges.of(embassy).withNotes(user), UK))
                        .as(user).isInstanceOf(AuthorizationDeniedException.class);
                assertThatThrownBy(() -> organisations.create(newOrganisation("By " + user, "LT"), UK))
                        .as(user).isInstanceOf(AuthorizationDeniedException.class);
            }
        }
        try (var ignored = as("officer")) {
            assertThat(organisations.findVisibleById(EMBASSY_LT, UK).orElseThrow().notes()).isEqualTo(embassy.notes());
        }
    }
}
