package ua.cooperation.portal.partnership;

import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ua.cooperation.portal.base.HistoryEntry;
import ua.cooperation.portal.base.RecordNotFoundException;
import ua.cooperation.portal.registry.MunicipalityService;
import ua.cooperation.portal.testsupport.IntegrationTest;
import ua.cooperation.portal.translation.ContentTranslations;
import ua.cooperation.portal.translation.TextOwnerKind;
import ua.cooperation.portal.translation.TranslationChange;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ua.cooperation.portal.testsupport.SignedIn.as;

/**
 * What a partnership is about (issue 19): officers write it in Ukrainian, the partner's embassy reads it in its own
 * language (Lithuanian, Polish), the original with its language where no translation exists, and a translation is
 * marked outdated once the original changes. Out-of-scope partnerships stay "not found" on the translation page too.
 */
@IntegrationTest
class PartnershipDescriptionTest {

    private static final Locale UK = Locale.forLanguageTag("uk");
    private static final Locale LT = Locale.forLanguageTag("lt");
    private static final Locale PL = Locale.forLanguageTag("pl");
    /** Demo partnerships (0940), their descriptions and translations in 0966. */
    private static final long SIEVIERODONETSK_DRUSKININKAI = 1;
    private static final long SIEVIERODONETSK_LUBLIN = 2;
    private static final long STAROBILSK_ALYTUS_INTERNAL = 3;
    /** Hromadas of Luhansk oblast (KATOTTH 2025-05-16) that no other test uses. */
    private static final String MARKIVKA = "UA44140050000026566";
    private static final String MILOVE = "UA44140070000058445";
    private static final String BILOLUTSK = "UA44140030000070201";
    private static final String SHULHYNKA = "UA44140150000072734";
    private static final String CHMYRIVKA = "UA44140130000089782";

    @Autowired
    PartnershipService partnerships;
    @Autowired
    MunicipalityService municipalities;
    @Autowired
    ContentTranslations translations;

    @Test
    void an_officer_saves_what_the_partnership_is_about_and_reads_it_back() {
        try (var ignored = as("officer")) {
            var created = partnerships.create(shared(MARKIVKA, "  Обмін досвідом шкіл і спільні літні табори.  "), UK);
            assertThat(created.description()).isEqualTo("Обмін досвідом шкіл і спільні літні табори.");
            var read = partnerships.findVisibleById(created.id(), UK).orElseThrow();
            assertThat(read.texts().get("description").text()).isEqualTo("Обмін досвідом шкіл і спільні літні табори.");
            assertThat(read.texts().get("description").fallback()).isFalse();
            assertThat(read.texts().missing()).as("staff learn what is still to translate").contains("lt", "pl", "en");
            assertThat(read.toChanges().description()).as("the form starts from the original")
                    .isEqualTo(created.description());
        }
    }

    @Test
    void a_description_longer_than_allowed_is_refused_at_its_field_and_nothing_changes() {
        try (var ignored = as("officer")) {
            var created = partnerships.create(shared(MILOVE, "Співпраця лікарень."), UK);
            var tooLong = withDescription(created.toChanges(), "ж".repeat(Partnership.DESCRIPTION_MAX_LENGTH + 1));
            assertThatThrownBy(() -> partnerships.update(tooLong, UK))
                    .isInstanceOfSatisfying(ConstraintViolationException.class, e -> assertThat(e.getConstraintViolations())
                            .singleElement().satisfies(v -> assertThat(v.getPropertyPath().toString())
                                    .isEqualTo("description")));
            var stored = partnerships.findVisibleById(created.id(), UK).orElseThrow();
            assertThat(stored.description()).isEqualTo("Співпраця лікарень.");
            assertThat(stored.version()).isEqualTo(created.version());
            var longest = withDescription(created.toChanges(), "ж".repeat(Partnership.DESCRIPTION_MAX_LENGTH));
            assertThat(partnerships.update(longest, UK).description()).hasSize(Partnership.DESCRIPTION_MAX_LENGTH);
        }
    }

    @Test
    void the_lithuanian_liaison_reads_the_druskininkai_partnership_in_lithuanian() {
        try (var ignored = as("liaison-lt")) {
            var description = partnerships.findVisibleById(SIEVIERODONETSK_DRUSKININKAI, LT).orElseThrow().texts()
                    .get("description");
            assertThat(description.text()).contains("Druskininkų mokyklų partnerystė");
            assertThat(description.language()).isEqualTo("lt");
            assertThat(description.fallback()).isFalse();
            assertThat(description.outdated()).isFalse();
        }
    }

    @Test
    void the_polish_liaison_reads_the_lublin_partnership_in_polish() {
        try (var ignored = as("liaison-pl")) {
            var details = partnerships.findVisibleById(SIEVIERODONETSK_LUBLIN, PL).orElseThrow();
            var description = details.texts().get("description");
            assertThat(description.text()).startsWith("Przygotowywane memorandum").contains("miastem Lublin");
            assertThat(description.language()).isEqualTo("pl");
            assertThat(description.fallback()).isFalse();
            assertThat(details.texts().missing()).as("partners are not asked to translate").isEmpty();
        }
    }

    @Test
    void a_reader_without_a_translation_gets_the_original_marked_with_its_language() {
        try (var ignored = as("officer")) {
            var description = partnerships.findVisibleById(SIEVIERODONETSK_LUBLIN, LT).orElseThrow().texts()
                    .get("description");
            assertThat(description.text()).startsWith("Меморандум про співпрацю");
            assertThat(description.language()).isEqualTo("uk");
            assertThat(description.fallback()).isTrue();
        }
    }

    @Test
    void a_liaison_finds_no_partnership_outside_her_scope_nor_its_translations() {
        try (var ignored = as("liaison-pl")) {
            assertThat(partnerships.findVisibleById(SIEVIERODONETSK_DRUSKININKAI, PL)).isEmpty();
            assertThatThrownBy(() -> translations.sheet(TextOwnerKind.PARTNERSHIP, SIEVIERODONETSK_DRUSKININKAI, "pl"))
                    .isInstanceOf(RecordNotFoundException.class);
        }
        try (var ignored = as("liaison-lt")) {
            assertThat(partnerships.findVisibleById(STAROBILSK_ALYTUS_INTERNAL, LT)).as("not shared").isEmpty();
            assertThatThrownBy(() -> translations.sheet(TextOwnerKind.PARTNERSHIP, STAROBILSK_ALYTUS_INTERNAL, "lt"))
                    .isInstanceOf(RecordNotFoundException.class);
            assertThat(translations.sheet(TextOwnerKind.PARTNERSHIP, SIEVIERODONETSK_DRUSKININKAI, "lt").record()
                    .mayEdit()).as("she may read it but not translate it").isFalse();
        }
    }

    @Test
    void changing_the_description_marks_its_translations_outdated_and_other_changes_do_not() {
        long id;
        try (var ignored = as("officer")) {
            var created = partnerships.create(shared(BILOLUTSK, "Культурні обміни молоді."), UK);
            id = created.id();
            translations.save(TextOwnerKind.PARTNERSHIP, id, "lt",
                    List.of(new TranslationChange("description", "Jaunimo kultūriniai mainai.", false, null)));
            var typeOnly = created.toChanges();
            var moved = partnerships.update(new PartnershipChanges(id, typeOnly.version(),
                    typeOnly.ukrainianHromadaCode(), typeOnly.partnerMunicipalityId(), null, PartnershipType.TWINNING,
                    typeOnly.areas(), null, null, null, null, typeOnly.description(), true), UK);
            assertThat(moved.texts().outdated()).as("the description did not change").isEmpty();
            partnerships.update(withDescription(moved.toChanges(), "Культурні обміни молоді та вчителів."), UK);
        }
        try (var ignored = as("liaison-lt")) {
            var description = partnerships.findVisibleById(id, LT).orElseThrow().texts().get("description");
            assertThat(description.text()).isEqualTo("Jaunimo kultūriniai mainai.");
            assertThat(description.outdated()).isTrue();
        }
        try (var ignored = as("officer")) {
            assertThat(partnerships.findVisibleById(id, UK).orElseThrow().texts().outdated()).containsExactly("lt");
            assertThat(partnerships.historyOf(id)).anySatisfy(entry -> assertThat(entry.changes())
                    .anySatisfy(change -> {
                        assertThat(change.field()).isEqualTo("description");
                        assertThat(change.newValue()).isEqualTo("Культурні обміни молоді та вчителів.");
                    }));
        }
    }

    @Test
    void the_work_list_asks_for_shared_descriptions_in_the_language_of_the_partners_country() {
        long shared;
        long internal;
        try (var ignored = as("officer")) {
            shared = partnerships.create(shared(SHULHYNKA, "Допомога ветеранам."), UK).id();
            internal = partnerships.create(withShared(shared(CHMYRIVKA, "Внутрішня ідея співпраці."), false), UK).id();
            var lithuanian = translations.workList("lt", 500);
            assertThat(lithuanian).anySatisfy(item -> {
                assertThat(item.record().kind()).isEqualTo(TextOwnerKind.PARTNERSHIP);
                assertThat(item.record().id()).isEqualTo(shared);
                assertThat(item.record().label()).isEqualTo("Шульгинська — Друскінінкайське самоврядування");
                assertThat(item.missingFields()).containsExactly("description");
            });
            assertThat(lithuanian).noneSatisfy(item -> assertThat(item.record().kind() == TextOwnerKind.PARTNERSHIP
                    && (item.record().id() == internal || item.record().id() == SIEVIERODONETSK_DRUSKININKAI))
                    .as("internal, or already translated").isTrue());
            assertThat(translations.workList("pl", 500)).noneSatisfy(item -> assertThat(
                    item.record().kind() == TextOwnerKind.PARTNERSHIP
                            && (item.record().id() == shared || item.record().id() == SIEVIERODONETSK_LUBLIN))
                    .as("a Lithuanian partnership, or one already in Polish").isTrue());
        }
    }

    @Test
    void the_demo_description_belongs_to_the_first_revision_of_the_history() {
        try (var ignored = as("officer")) {
            var first = partnerships.historyOf(SIEVIERODONETSK_DRUSKININKAI).getLast();
            assertThat(first.kind()).isEqualTo(HistoryEntry.Kind.CREATED);
            assertThat(first.changes()).anySatisfy(change -> {
                assertThat(change.field()).isEqualTo("description");
                assertThat(String.valueOf(change.newValue())).startsWith("Побратимство Сєвєродонецької громади");
            });
        }
    }

    private PartnershipChanges shared(String hromada, String description) {
        long druskininkai = municipalities.findVisible("Druskinink", null, 0, 1, UK).getFirst().id();
        return new PartnershipChanges(null, 0, hromada, druskininkai, null, PartnershipType.COOPERATION_AGREEMENT,
                Set.of(CooperationArea.CULTURE), null, null, null, "внутрішнє", description, true);
    }

    private static PartnershipChanges withDescription(PartnershipChanges c, String description) {
        return new PartnershipChanges(c.id(), c.version(), c.ukrainianHromadaCode(), c.partnerMunicipalityId(),
                c.partnerOrganisationId(), c.type(), c.areas(), c.ukrainianFocalPersonId(), c.partnerFocalPersonId(),
                c.validUntil(), c.notes(), description, c.sharedWithPartners());
    }

    private static PartnershipChanges withShared(PartnershipChanges c, boolean shared) {
        return new PartnershipChanges(c.id(), c.version(), c.ukrainianHromadaCode(), c.partnerMunicipalityId(),
                c.partnerOrganisationId(), c.type(), c.areas(), c.ukrainianFocalPersonId(), c.partnerFocalPersonId(),
                c.validUntil(), c.notes(), c.description(), shared);
    }
}
