package ua.cooperation.portal.registry;

import org.apache.commons.csv.CSVFormat;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import ua.cooperation.portal.base.export.ExportColumn;
import ua.cooperation.portal.base.export.ExportFormat;
import ua.cooperation.portal.base.export.ExportRows;
import ua.cooperation.portal.dashboard.DashboardRows;
import ua.cooperation.portal.dashboard.DashboardService;
import ua.cooperation.portal.export.CountryBriefing;
import ua.cooperation.portal.export.ListExport;
import ua.cooperation.portal.partnership.CooperationArea;
import ua.cooperation.portal.partnership.PartnershipChanges;
import ua.cooperation.portal.partnership.PartnershipFilter;
import ua.cooperation.portal.partnership.PartnershipListItem;
import ua.cooperation.portal.partnership.PartnershipService;
import ua.cooperation.portal.partnership.PartnershipType;
import ua.cooperation.portal.programme.ProgrammeDetails;
import ua.cooperation.portal.programme.ProgrammeService;
import ua.cooperation.portal.search.SearchHit;
import ua.cooperation.portal.search.SearchKind;
import ua.cooperation.portal.search.SearchService;
import ua.cooperation.portal.testsupport.IntegrationTest;
import ua.cooperation.portal.translation.ContentTranslations;
import ua.cooperation.portal.translation.TextOwnerKind;
import ua.cooperation.portal.translation.TranslationChange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static ua.cooperation.portal.testsupport.SignedIn.as;

/**
 * An organisation's Lithuanian or Polish name (issue 19) follows it onto the records of other features that name it:
 * a partnership's partner (list, page, export, search, the officer's recent changes), a programme's participants and
 * transactions, the posts on a country's page and in its briefing, a person's history and the registry's
 * likely-duplicate warning. Readers of Ukrainian read the Ukrainian name there as before.
 */
@IntegrationTest
class OrganisationNamesAcrossRecordsTest {

    private static final Locale UK = Locale.forLanguageTag("uk");
    private static final Locale LT = Locale.forLanguageTag("lt");
    private static final Locale PL = Locale.forLanguageTag("pl");
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    /** A hromada of Luhansk oblast (KATOTTH 2025-05-16) that no other test uses. */
    private static final String ANTRATSYT = "UA44080010000030435";
    /** Demo programmes (0950) and the organisation they name, translated by the demo (0968). */
    private static final long PROGRAMME_LT = 1;
    private static final long PROGRAMME_PL = 2;
    private static final long LUHANSK_ADMINISTRATION = 5;

    @Autowired
    OrganisationService organisations;
    @Autowired
    PersonService people;
    @Autowired
    PositionService positions;
    @Autowired
    RegistryHistory history;
    @Autowired
    ContentTranslations translations;
    @Autowired
    PartnershipService partnerships;
    @Autowired
    ProgrammeService programmes;
    @Autowired
    DashboardService dashboards;
    @Autowired
    ListExport export;
    @Autowired
    CountryBriefing briefing;
    @Autowired
    SearchService search;

    /** A Lithuanian organisation the office named in Ukrainian and English, and its Lithuanian name. */
    private record Named(long id, String ukrainian, String english, String lithuanian) {
    }

    private Named lithuanianOrganisation(String ukrainian, String english, String lithuanian) {
        var suffix = " " + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100000;
        var named = new Named(0, ukrainian + suffix, english + suffix, lithuanian + suffix);
        try (var ignored = as("officer")) {
            long id = organisations.create(new OrganisationChanges(null, 0, OrganisationType.NGO, null,
                    named.ukrainian(), named.english(), "LT", null, null, null, null, null, null), UK).id();
            var version = translations.sheet(TextOwnerKind.ORGANISATION, id, "lt").texts().getFirst().version();
            translations.save(TextOwnerKind.ORGANISATION, id, "lt",
                    List.of(new TranslationChange("name", named.lithuanian(), false, version)));
            return new Named(id, named.ukrainian(), named.english(), named.lithuanian());
        }
    }

    private long sharedPartnershipWith(long organisationId) {
        try (var ignored = as("officer")) {
            return partnerships.create(new PartnershipChanges(null, 0, ANTRATSYT, null, organisationId,
                    PartnershipType.MEMORANDUM, Set.of(CooperationArea.EDUCATION), null, null, null, null, true),
                    UK).id();
        }
    }

    @Test
    void the_lithuanian_liaison_reads_a_partner_organisation_in_lithuanian_in_the_list_the_page_and_the_export()
            throws IOException {
        var partner = lithuanianOrganisation("Асоціація вчителів Алітуса", "Alytus Teachers Association",
                "Alytaus mokytojų asociacija");
        long id = sharedPartnershipWith(partner.id());
        var byEnglishName = new PartnershipFilter(partner.english(), null, null, null, null, null, false);
        try (var ignored = as("liaison-lt")) {
            assertThat(partnerships.findVisible(byEnglishName, PageRequest.of(0, 10), LT))
                    .as("found by a name of its own columns, shown by its Lithuanian one")
                    .singleElement().extracting(PartnershipListItem::partnerName).isEqualTo(partner.lithuanian());
            var details = partnerships.findVisibleById(id, LT).orElseThrow();
            assertThat(details.partnerOrganisation().name()).isEqualTo(partner.lithuanian());
            assertThat(details.name()).endsWith(" — " + partner.lithuanian());
            assertThat(partnerships.findVisibleName(id, LT)).contains(details.name());
            assertThat(partnerships.findVisibleNames(List.of(id), LT)).containsEntry(id, details.name());
            assertThat(search.searchKind(partner.english(), SearchKind.PARTNERSHIP, 5, LT).hits())
                    .filteredOn(hit -> hit.id() == id).singleElement().extracting(SearchHit::label)
                    .isEqualTo(details.name());

            var csv = new ByteArrayOutputStream();
            export.writeRows("partnerships", ExportFormat.CSV,
                    List.of(new ExportColumn<PartnershipListItem>("Partnerystė", PartnershipListItem::name)),
                    ExportRows.byIds(() -> partnerships.findVisibleIds(byEnglishName, Sort.unsorted(), LT),
                            ids -> partnerships.findVisibleByIds(ids, LT), PartnershipListItem::id), csv, n -> { });
            var records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(csv.toString(StandardCharsets.UTF_8).substring(1))).getRecords();
            assertThat(records).singleElement().extracting(r -> r.get("Partnerystė")).isEqualTo(details.name());
        }
        try (var ignored = as("officer")) {
            assertThat(partnerships.findVisibleById(id, UK).orElseThrow().partnerOrganisation().name())
                    .isEqualTo(partner.ukrainian());
            assertThat(partnerships.findVisible(byEnglishName, PageRequest.of(0, 10), UK))
                    .singleElement().extracting(PartnershipListItem::partnerName).isEqualTo(partner.ukrainian());
        }
    }

    @Test
    void a_partnership_is_found_by_its_partners_lithuanian_name_also_after_that_name_changes() {
        var partner = lithuanianOrganisation("Спілка музеїв Шяуляя", "Siauliai Museums Union",
                "Šiaulių muziejų sąjunga");
        long id = sharedPartnershipWith(partner.id());
        var renamed = "Šiaulių muziejų bendrija " + System.nanoTime() % 100000;
        try (var ignored = as("officer")) {
            var version = translations.sheet(TextOwnerKind.ORGANISATION, partner.id(), "lt").texts().getFirst()
                    .version();
            translations.save(TextOwnerKind.ORGANISATION, partner.id(), "lt",
                    List.of(new TranslationChange("name", renamed, false, version)));
        }
        try (var ignored = as("liaison-lt")) {
            assertThat(search.searchKind(renamed, SearchKind.PARTNERSHIP, 5, LT).hits())
                    .as("the organisation's new Lithuanian name re-indexes its partnerships")
                    .extracting(SearchHit::id).contains(id);
            assertThat(search.searchKind(partner.lithuanian(), SearchKind.PARTNERSHIP, 5, LT).hits())
                    .extracting(SearchHit::id).doesNotContain(id);
        }
    }

    @Test
    void an_officer_reading_lithuanian_finds_the_partnership_just_recorded_among_recent_changes_in_lithuanian() {
        var partner = lithuanianOrganisation("Фонд шкільних обмінів", "School Exchange Fund",
                "Mokyklų mainų fondas");
        long id = sharedPartnershipWith(partner.id());
        try (var ignored = as("officer")) {
            assertThat(dashboards.officerDashboard(LT).recentlyChanged())
                    .filteredOn(r -> r.kind() == DashboardRows.ChangedRecord.Kind.PARTNERSHIP && r.id() == id)
                    .singleElement().extracting(DashboardRows.ChangedRecord::name).asString()
                    .endsWith(" — " + partner.lithuanian());
            assertThat(dashboards.officerDashboard(UK).recentlyChanged())
                    .filteredOn(r -> r.kind() == DashboardRows.ChangedRecord.Kind.PARTNERSHIP && r.id() == id)
                    .singleElement().extracting(DashboardRows.ChangedRecord::name).asString()
                    .endsWith(" — " + partner.ukrainian());
        }
    }

    @Test
    void each_liaison_reads_a_programmes_participants_and_transactions_in_her_language() {
        try (var ignored = as("liaison-lt")) {
            var programme = programmes.findVisibleById(PROGRAMME_LT, LT).orElseThrow();
            assertThat(programme.participants()).filteredOn(p -> p.organisationId() == LUHANSK_ADMINISTRATION)
                    .singleElement().extracting(ProgrammeDetails.ParticipantItem::name)
                    .isEqualTo("Luhansko srities karinė administracija");
            assertThat(programme.transactions()).extracting(ProgrammeDetails.TransactionItem::receiverName)
                    .contains("Luhansko srities karinė administracija");
        }
        try (var ignored = as("liaison-pl")) {
            assertThat(programmes.findVisibleById(PROGRAMME_PL, PL).orElseThrow().participants())
                    .filteredOn(p -> p.organisationId() == LUHANSK_ADMINISTRATION)
                    .singleElement().extracting(ProgrammeDetails.ParticipantItem::name)
                    .isEqualTo("Ługańska Obwodowa Administracja Wojskowa");
        }
        try (var ignored = as("officer")) {
            var programme = programmes.findVisibleById(PROGRAMME_LT, UK).orElseThrow();
            assertThat(programme.participants()).filteredOn(p -> p.organisationId() == LUHANSK_ADMINISTRATION)
                    .singleElement().extracting(ProgrammeDetails.ParticipantItem::name)
                    .isEqualTo("Луганська обласна військова адміністрація");
            assertThat(programme.transactions()).extracting(ProgrammeDetails.TransactionItem::receiverName)
                    .contains("Луганська обласна військова адміністрація")
                    .doesNotContain("Luhansko srities karinė administracija");
        }
    }

    @Test
    void the_country_page_the_briefing_and_a_persons_history_name_the_post_in_her_language() throws IOException {
        var organisation = lithuanianOrganisation("Центр підтримки переселенців Каунаса",
                "Kaunas Displaced Persons Support Centre", "Kauno perkeltųjų asmenų paramos centras");
        long personId;
        var title = "Koordinatorė " + SEQUENCE.incrementAndGet();
        try (var ignored = as("officer")) {
            personId = people.create(new PersonChanges(null, 0, "Eglė", "Kazlauskienė", null, null, "LT", null, null,
                    null)).id();
            positions.add(new NewPosition(personId, organisation.id(), title, positions.today().minusMonths(2), null),
                    UK);
        }
        try (var ignored = as("liaison-lt")) {
            assertThat(positions.findCurrentInCountry("LT", LT)).filteredOn(p -> p.personId() == personId)
                    .singleElement().extracting(PositionItem::organisationName).isEqualTo(organisation.lithuanian());
            String text;
            try (var pdf = Loader.loadPDF(briefing.pdfOf("LT", LT))) {
                text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            }
            assertThat(text).contains(organisation.lithuanian() + " — " + title).doesNotContain(organisation.ukrainian());
            assertThat(history.ofPerson(personId, LT)).anySatisfy(entry ->
                    assertThat(entry.subject()).isEqualTo(title + " — " + organisation.lithuanian()));
        }
        try (var ignored = as("officer")) {
            assertThat(positions.findCurrentInCountry("LT", UK)).filteredOn(p -> p.personId() == personId)
                    .singleElement().extracting(PositionItem::organisationName).isEqualTo(organisation.ukrainian());
            assertThat(history.ofPerson(personId, UK)).anySatisfy(entry ->
                    assertThat(entry.subject()).isEqualTo(title + " — " + organisation.ukrainian()));
        }
    }

    @Test
    void the_likely_duplicate_warning_names_the_stored_organisation_as_its_reader_knows_it() {
        var stored = lithuanianOrganisation("Товариство литовсько-української дружби",
                "Lithuanian-Ukrainian Friendship Society", "Lietuvos ir Ukrainos draugystės draugija");
        var entered = new OrganisationChanges(null, 0, OrganisationType.NGO, null, stored.ukrainian(), null, "LT",
                null, null, null, null, null, null);
        try (var ignored = as("officer")) {
            assertThat(organisations.findLikelyDuplicates(entered, LT)).filteredOn(d -> d.id() == stored.id())
                    .singleElement().extracting(LikelyDuplicate::name).isEqualTo(stored.lithuanian());
            assertThat(organisations.findLikelyDuplicates(entered, UK)).filteredOn(d -> d.id() == stored.id())
                    .singleElement().extracting(LikelyDuplicate::name).isEqualTo(stored.ukrainian());
        }
    }
}
