package ua.cooperation.portal.partnership;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import ua.cooperation.portal.base.HistoryEntry;
import ua.cooperation.portal.registry.MunicipalityService;
import ua.cooperation.portal.registry.OrganisationFilter;
import ua.cooperation.portal.registry.OrganisationService;
import ua.cooperation.portal.search.SearchHit;
import ua.cooperation.portal.search.SearchKind;
import ua.cooperation.portal.search.SearchService;
import ua.cooperation.portal.testsupport.IntegrationTest;
import ua.cooperation.portal.testsupport.SignedIn;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ua.cooperation.portal.partnership.PartnershipRefusedException.Reason;
import static ua.cooperation.portal.testsupport.SignedIn.as;

/**
 * Partnerships between institutions (issue 22, point 5): the Ukrainian side is a registry organisation of Ukraine, the
 * partner an organisation; the same lifecycle, scope and names as inter-municipal twinning. The demo school
 * partnership is db/changelog/demo/0979-demo-school-partnership.yaml.
 */
@IntegrationTest
class InstitutionalPartnershipServiceTest {

    private static final Locale UK = Locale.forLanguageTag("uk");
    private static final Locale LT = Locale.forLanguageTag("lt");
    private static final long DEMO_SCHOOL_PARTNERSHIP = 4;
    private static final long SIEVIERODONETSK_DRUSKININKAI = 1;
    /** Ministry of Defence of Ukraine and the Lithuanian ministry (db/changelog/demo/0920-demo-registry.yaml). */
    private static final long UKRAINIAN_MINISTRY = 1;
    private static final long LITHUANIAN_MINISTRY = 2;
    /** A Luhansk-oblast hromada no other test uses (KATOTTH). */
    private static final String MILOVE = "UA44140090000071328";

    @Autowired
    PartnershipService partnerships;
    @Autowired
    OrganisationService organisations;
    @Autowired
    MunicipalityService municipalities;
    @Autowired
    SearchService search;

    private long organisation(String name, String country) {
        return organisations.findVisible(new OrganisationFilter(name, null, country), PageRequest.of(0, 1), UK)
                .getFirst().id();
    }

    private long lyceum() {
        return organisation("Сєвєродонецький ліцей", "UA");
    }

    private long gymnasium() {
        return organisation("Žirmūnų", "LT");
    }

    @Test
    void officer_records_a_school_partnership_named_by_both_schools_with_its_history() {
        try (var ignored = as("officer")) {
            var created = partnerships.create(PartnershipChanges.institutional(lyceum(), LITHUANIAN_MINISTRY,
                    PartnershipType.INFORMAL, Set.of(CooperationArea.EDUCATION), "Обмін учителями", true), UK);
            assertThat(created.kind()).isEqualTo(PartnershipKind.INSTITUTIONAL);
            assertThat(created.status()).isEqualTo(PartnershipStatus.PROPOSED);
            assertThat(created.countryCode()).isEqualTo("LT");
            assertThat(created.ukrainianHromadaCode()).isNull();
            assertThat(created.ukrainian().name()).isEqualTo("Сєвєродонецький ліцей № 1");
            assertThat(created.name()).isEqualTo(
                    "Сєвєродонецький ліцей № 1 — Міністерство національної оборони Литовської Республіки");
            // the form starts from the same kind and sides
            var changes = created.toChanges();
            assertThat(changes.kind()).isEqualTo(PartnershipKind.INSTITUTIONAL);
            assertThat(changes.ukrainianOrganisationId()).isEqualTo(lyceum());
            assertThat(changes.ukrainianHromadaCode()).isNull();

            var edited = partnerships.update(new PartnershipChanges(created.id(), created.version(), null, null,
                    gymnasium(), PartnershipType.MEMORANDUM, Set.of(CooperationArea.EDUCATION), null, null, null,
                    null, "Обмін учителями та учнями", true, PartnershipKind.INSTITUTIONAL, lyceum()), UK);
            assertThat(edited.partner().name()).isEqualTo("Вільнюська гімназія «Жірмунай»");
            // Envers keeps both revisions, the kind and the Ukrainian institution among the first one's fields
            var history = partnerships.historyOf(created.id());
            assertThat(history).extracting(HistoryEntry::kind).contains(HistoryEntry.Kind.CREATED,
                    HistoryEntry.Kind.CHANGED);
            assertThat(history.stream().filter(e -> e.kind() == HistoryEntry.Kind.CHANGED)
                    .flatMap(e -> e.changes().stream()).map(HistoryEntry.FieldChange::field))
                    .contains("partnerOrganisation", "description");
        }
    }

    @Test
    void an_institutional_partnership_needs_one_ukrainian_institution_and_a_partner_organisation() {
        try (var ignored = as("officer")) {
            long before = partnerships.countVisible(PartnershipFilter.none());
            assertRefused(() -> partnerships.create(PartnershipChanges.institutional(null, gymnasium(),
                    PartnershipType.INFORMAL, Set.of(), null, false), UK), Reason.UKRAINIAN_ORGANISATION_REQUIRED);
            var both = new PartnershipChanges(null, 0, MILOVE, null, gymnasium(), PartnershipType.INFORMAL, Set.of(),
                    null, null, null, null, null, false, PartnershipKind.INSTITUTIONAL, lyceum());
            assertRefused(() -> partnerships.create(both, UK), Reason.UKRAINIAN_SIDE_TWICE);
            var municipalWithInstitution = new PartnershipChanges(null, 0, MILOVE, null, gymnasium(),
                    PartnershipType.INFORMAL, Set.of(), null, null, null, null, null, false,
                    PartnershipKind.MUNICIPAL, lyceum());
            assertRefused(() -> partnerships.create(municipalWithInstitution, UK), Reason.UKRAINIAN_SIDE_TWICE);
            var noHromada = new PartnershipChanges(null, 0, null, null, gymnasium(), PartnershipType.INFORMAL,
                    Set.of(), null, null, null, null, false);
            assertRefused(() -> partnerships.create(noHromada, UK), Reason.HROMADA_REQUIRED);
            assertRefused(() -> partnerships.create(PartnershipChanges.institutional(LITHUANIAN_MINISTRY,
                            gymnasium(), PartnershipType.INFORMAL, Set.of(), null, false), UK),
                    Reason.UKRAINIAN_ORGANISATION_NOT_UKRAINIAN);
            assertRefused(() -> partnerships.create(PartnershipChanges.institutional(Long.MAX_VALUE, gymnasium(),
                    PartnershipType.INFORMAL, Set.of(), null, false), UK), Reason.UKRAINIAN_ORGANISATION_UNKNOWN);
            long druskininkai = municipalities.findVisible("Druskinink", null, 0, 1, UK).getFirst().id();
            var toMunicipality = new PartnershipChanges(null, 0, null, druskininkai, null, PartnershipType.INFORMAL,
                    Set.of(), null, null, null, null, null, false, PartnershipKind.INSTITUTIONAL, lyceum());
            assertRefused(() -> partnerships.create(toMunicipality, UK), Reason.INSTITUTION_PARTNER_NOT_ORGANISATION);
            assertRefused(() -> partnerships.create(PartnershipChanges.institutional(lyceum(), UKRAINIAN_MINISTRY,
                    PartnershipType.INFORMAL, Set.of(), null, false), UK), Reason.PARTNER_IS_UKRAINIAN);
            assertThat(partnerships.countVisible(PartnershipFilter.none())).isEqualTo(before);
        }
    }

    @Test
    void the_lithuanian_liaison_reads_the_shared_school_partnership_in_lithuanian_the_polish_one_does_not_find_it() {
        try (var ignored = as("liaison-lt")) {
            var school = partnerships.findVisibleById(DEMO_SCHOOL_PARTNERSHIP, LT).orElseThrow();
            assertThat(school.name()).isEqualTo("Sieverodonecko licėjus Nr. 1 — Vilniaus Žirmūnų gimnazija");
            assertThat(school.notes()).isNull();
            assertThat(school.texts().get("description").text()).startsWith("Po perkėlimo");
            assertThat(partnerships.findVisible(PartnershipFilter.ofKind(PartnershipKind.INSTITUTIONAL),
                    PageRequest.of(0, 50), LT)).extracting(PartnershipListItem::id).contains(DEMO_SCHOOL_PARTNERSHIP);
        }
        try (var ignored = as("liaison-pl")) {
            assertThat(partnerships.findVisibleById(DEMO_SCHOOL_PARTNERSHIP, UK)).isEmpty();
            assertThat(partnerships.findVisibleNames(List.of(DEMO_SCHOOL_PARTNERSHIP), UK)).isEmpty();
        }
    }

    @Test
    void an_organisations_guest_sees_a_partnership_naming_her_organisation_as_the_ukrainian_side_only() {
        long named;
        try (var ignored = as("officer")) {
            named = partnerships.create(PartnershipChanges.institutional(SignedIn.IOM_MISSION, gymnasium(),
                    PartnershipType.INFORMAL, Set.of(CooperationArea.SOCIAL_SUPPORT), null, true), UK).id();
        }
        try (var ignored = as("guest-iom")) {
            assertThat(partnerships.findVisibleById(named, UK)).isPresent();
            assertThat(partnerships.findVisibleById(DEMO_SCHOOL_PARTNERSHIP, UK)).isEmpty();
            assertThat(partnerships.findVisibleIds(PartnershipFilter.none(), Sort.unsorted(), UK))
                    .contains(named).doesNotContain(DEMO_SCHOOL_PARTNERSHIP, SIEVIERODONETSK_DRUSKININKAI);
            assertThat(partnerships.historyOf(named)).isNotEmpty();
        }
    }

    @Test
    void lists_filter_by_kind_and_by_an_organisation_on_either_side_and_name_both_schools() {
        long lyceum;
        try (var ignored = as("officer")) {
            lyceum = lyceum();
            var institutional = partnerships.findVisible(PartnershipFilter.ofKind(PartnershipKind.INSTITUTIONAL),
                    PageRequest.of(0, 100, Sort.by(PartnershipService.SORT_NAME)), UK);
            assertThat(institutional).extracting(PartnershipListItem::id).contains(DEMO_SCHOOL_PARTNERSHIP)
                    .doesNotContain(SIEVIERODONETSK_DRUSKININKAI);
            assertThat(institutional).allMatch(item -> item.kind() == PartnershipKind.INSTITUTIONAL);
            assertThat(partnerships.countVisible(PartnershipFilter.ofKind(PartnershipKind.MUNICIPAL)))
                    .isEqualTo(partnerships.countVisible(PartnershipFilter.none())
                            - partnerships.countVisible(PartnershipFilter.ofKind(PartnershipKind.INSTITUTIONAL)));
            assertThat(partnerships.findVisibleIds(PartnershipFilter.ofOrganisation(lyceum()), Sort.unsorted(), UK))
                    .contains(DEMO_SCHOOL_PARTNERSHIP);
            assertThat(partnerships.findVisibleIds(PartnershipFilter.ofOrganisation(gymnasium()), Sort.unsorted(),
                    UK)).contains(DEMO_SCHOOL_PARTNERSHIP);
            // the export's rows: both sides by name
            var row = partnerships.findVisibleByIds(List.of(DEMO_SCHOOL_PARTNERSHIP), UK).getFirst();
            assertThat(row.ukrainianName()).isEqualTo("Сєвєродонецький ліцей № 1");
            assertThat(row.partnerName()).isEqualTo("Вільнюська гімназія «Жірмунай»");
            assertThat(row.name()).isEqualTo("Сєвєродонецький ліцей № 1 — Вільнюська гімназія «Жірмунай»");
            // the list's text filter finds it by either school
            assertThat(partnerships.findVisibleIds(new PartnershipFilter("ліцей № 1", null, null, null, null, null,
                    false), Sort.unsorted(), UK)).contains(DEMO_SCHOOL_PARTNERSHIP);
        }
        try (var ignored = as("liaison-pl")) {
            // an organisation she may not open narrows the list to nothing, as a missing one does
            assertThat(partnerships.countVisible(PartnershipFilter.ofOrganisation(lyceum))).isZero();
        }
    }

    @Test
    void search_finds_the_school_partnership_by_either_schools_name() {
        try (var ignored = as("officer")) {
            assertThat(hits("Сєвєродонецький ліцей")).extracting(SearchHit::id).contains(DEMO_SCHOOL_PARTNERSHIP);
            assertThat(hits("Žirmūnų gimnazija")).extracting(SearchHit::id).contains(DEMO_SCHOOL_PARTNERSHIP);
            assertThat(hits("Žirmūnų gimnazija")).filteredOn(hit -> hit.id() == DEMO_SCHOOL_PARTNERSHIP)
                    .extracting(SearchHit::label)
                    .containsExactly("Сєвєродонецький ліцей № 1 — Вільнюська гімназія «Жірмунай»");
        }
    }

    private List<SearchHit> hits(String text) {
        return search.searchKind(text, SearchKind.PARTNERSHIP, 20, UK).hits();
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, Reason reason) {
        assertThatThrownBy(call).isInstanceOfSatisfying(PartnershipRefusedException.class,
                e -> assertThat(e.reason()).isEqualTo(reason));
    }
}
