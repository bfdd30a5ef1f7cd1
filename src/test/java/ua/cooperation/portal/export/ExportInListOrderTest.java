package ua.cooperation.portal.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import ua.cooperation.portal.audit.SecurityAuditLog;
import ua.cooperation.portal.audit.SecurityEvent;
import ua.cooperation.portal.audit.SecurityEventFilter;
import ua.cooperation.portal.audit.SecurityEventType;
import ua.cooperation.portal.base.export.ExportColumn;
import ua.cooperation.portal.base.export.ExportFormat;
import ua.cooperation.portal.base.export.ExportRows;
import ua.cooperation.portal.meeting.ActionItemFilter;
import ua.cooperation.portal.meeting.ActionItemService;
import ua.cooperation.portal.meeting.ActionItemView;
import ua.cooperation.portal.meeting.MeetingFilter;
import ua.cooperation.portal.meeting.MeetingListItem;
import ua.cooperation.portal.meeting.MeetingService;
import ua.cooperation.portal.partnership.PartnershipFilter;
import ua.cooperation.portal.partnership.PartnershipListItem;
import ua.cooperation.portal.partnership.PartnershipService;
import ua.cooperation.portal.programme.ProgrammeFilter;
import ua.cooperation.portal.programme.ProgrammeListItem;
import ua.cooperation.portal.programme.ProgrammeService;
import ua.cooperation.portal.registry.MunicipalityItem;
import ua.cooperation.portal.registry.MunicipalityService;
import ua.cooperation.portal.registry.OrganisationFilter;
import ua.cooperation.portal.registry.OrganisationListItem;
import ua.cooperation.portal.registry.OrganisationService;
import ua.cooperation.portal.registry.PersonChanges;
import ua.cooperation.portal.registry.PersonFilter;
import ua.cooperation.portal.registry.PersonListItem;
import ua.cooperation.portal.registry.PersonService;
import ua.cooperation.portal.territory.AdminUnitRow;
import ua.cooperation.portal.territory.TerritoryService;
import ua.cooperation.portal.testsupport.IntegrationTest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static ua.cooperation.portal.testsupport.SignedIn.as;

/**
 * The large lists export by their ordered ids and then rows by chunks of ids (ADR 0024). Whatever the batch size, the
 * file must hold exactly the rows the list shows, in its order, for the officer and for a liaison with a filter: no
 * row lost or written twice where equal sort keys fall on both sides of a batch boundary. The batch size is lowered to
 * 3 so that the demo data spans many batches.
 */
@IntegrationTest
class ExportInListOrderTest {

    private static final Locale UK = Locale.forLanguageTag("uk");
    private static final int ALL = 100_000;

    @Autowired
    ListExport export;
    @Autowired
    PersonService people;
    @Autowired
    OrganisationService organisations;
    @Autowired
    ProgrammeService programmes;
    @Autowired
    PartnershipService partnerships;
    @Autowired
    MeetingService meetings;
    @Autowired
    ActionItemService actionItemService;
    @Autowired
    MunicipalityService municipalities;
    @Autowired
    TerritoryService territory;
    @Autowired
    SecurityAuditLog auditLog;

    @BeforeEach
    void smallBatches() {
        export.setPageSize(3);
    }

    @AfterEach
    void normalBatches() {
        export.setPageSize(ListExport.PAGE_SIZE);
    }

    @Test
    void people_with_the_same_name_on_both_sides_of_a_batch_boundary_are_each_written_once() throws IOException {
        var created = new ArrayList<Long>();
        try (var ignored = as("officer")) {
            // seven namesakes: with batches of 3 they fill one batch and spill over two boundaries
            for (int i = 0; i < 7; i++) {
                created.add(people.create(new PersonChanges(null, 0, "Однаковий", "Тезко-Експорт", null, null, "LT",
                        null, null, null)).id());
            }
            var filter = new PersonFilter("Тезко-Експорт", null);
            var shown = people.findVisible(filter, PageRequest.of(0, ALL));
            assertThat(shown).extracting(PersonListItem::id).containsAll(created);

            var written = idsWritten(ExportFormat.CSV, ExportRows.byIds(
                    () -> people.findVisibleIds(filter, Sort.unsorted()), people::findVisibleByIds,
                    PersonListItem::id), PersonListItem::id);
            assertThat(written).containsExactlyElementsOf(shown.stream().map(PersonListItem::id).toList())
                    .doesNotHaveDuplicates();
            var xlsx = idsWritten(ExportFormat.XLSX, ExportRows.byIds(
                    () -> people.findVisibleIds(filter, Sort.unsorted()), people::findVisibleByIds,
                    PersonListItem::id), PersonListItem::id);
            assertThat(xlsx).isEqualTo(written);
        }
    }

    @Test
    void every_large_list_exports_what_it_shows_for_the_officer_and_a_filtering_liaison() throws IOException {
        for (var user : List.of("officer", "liaison-lt")) {
            try (var ignored = as(user)) {
                var personFilter = user.equals("officer") ? PersonFilter.none() : new PersonFilter(null, "LT");
                same(people.findVisible(personFilter, PageRequest.of(0, ALL)), ExportRows.byIds(
                        () -> people.findVisibleIds(personFilter, Sort.unsorted()), people::findVisibleByIds,
                        PersonListItem::id), PersonListItem::id);

                var organisationFilter = user.equals("officer") ? OrganisationFilter.none()
                        : new OrganisationFilter(null, null, "LT");
                same(organisations.findVisible(organisationFilter, PageRequest.of(0, ALL), UK), ExportRows.byIds(
                        () -> organisations.findVisibleIds(organisationFilter, Sort.unsorted(), UK),
                        ids -> organisations.findVisibleByIds(ids, UK), OrganisationListItem::id),
                        OrganisationListItem::id);

                var programmeFilter = ProgrammeFilter.none();
                same(programmes.findVisible(programmeFilter, PageRequest.of(0, ALL), UK), ExportRows.byIds(
                        () -> programmes.findVisibleIds(programmeFilter, Sort.unsorted(), UK),
                        ids -> programmes.findVisibleByIds(ids, UK), ProgrammeListItem::id), ProgrammeListItem::id);

                var partnershipFilter = user.equals("officer") ? PartnershipFilter.none()
                        : PartnershipFilter.ofCountry("LT");
                same(partnerships.findVisible(partnershipFilter, PageRequest.of(0, ALL), UK), ExportRows.byIds(
                        () -> partnerships.findVisibleIds(partnershipFilter, Sort.unsorted(), UK),
                        ids -> partnerships.findVisibleByIds(ids, UK), PartnershipListItem::id),
                        PartnershipListItem::id);

                var meetingFilter = user.equals("officer") ? MeetingFilter.none() : MeetingFilter.ofCountry("LT");
                same(meetings.findVisible(meetingFilter, PageRequest.of(0, ALL)), ExportRows.byIds(
                        () -> meetings.findVisibleIds(meetingFilter, Sort.unsorted()), meetings::findVisibleByIds,
                        MeetingListItem::id), MeetingListItem::id);

                same(municipalities.findVisible(null, null, 0, ALL, UK), ExportRows.byIds(
                        () -> municipalities.findVisibleIds(null, null, UK),
                        ids -> municipalities.findVisibleByIds(ids, UK), MunicipalityItem::id), MunicipalityItem::id);

                for (boolean closed : new boolean[] {false, true}) {
                    var shown = actionItemService.myActionItems(closed, UK);
                    same(shown, ExportRows.byIds(() -> actionItemService.myActionItemIds(closed, false),
                            ids -> actionItemService.myActionItemsByIds(ids, UK), ActionItemView::id), ActionItemView::id);
                    same(shown.stream().filter(ActionItemView::overdue).toList(),
                            ExportRows.byIds(() -> actionItemService.myActionItemIds(closed, true),
                                    ids -> actionItemService.myActionItemsByIds(ids, UK), ActionItemView::id),
                            ActionItemView::id);
                }

                // the action items list of every owner: all, and the overdue ones (each in its default order)
                for (var filter : List.of(ActionItemFilter.none(), new ActionItemFilter(null, null,
                        java.util.Set.of(), true, null, null, null))) {
                    same(actionItemService.findActionItems(filter, org.springframework.data.domain.Pageable.unpaged(), UK),
                            ExportRows.byIds(() -> actionItemService.findActionItemIds(filter,
                                            org.springframework.data.domain.Sort.unsorted()),
                                    ids -> actionItemService.findActionItemsByIds(ids, UK), ActionItemView::id),
                            ActionItemView::id);
                }
            }
        }
        try (var ignored = as("officer")) {
            var shown = territory.listUnits("київ", 0, ALL);
            assertThat(shown).hasSizeGreaterThan(3);
            var batches = ExportRows.byKeys(() -> territory.listUnitCodes("київ"), territory::unitsByCodes,
                    AdminUnitRow::code).batches(3);
            var written = new ArrayList<AdminUnitRow>();
            batches.forEachRemaining(written::addAll);
            assertThat(written).isEqualTo(shown);
        }
        try (var ignored = as("admin")) {
            // the liaison's exports above: a filter that the exports of this block do not add to
            var filter = new SecurityEventFilter("liaison-lt", SecurityEventType.EXPORT, null, null);
            assertThat(auditLog.count(filter)).isGreaterThan(3);
            same(auditLog.find(filter, 0, ALL), ExportRows.byIds(() -> auditLog.findIds(filter), auditLog::findByIds,
                    SecurityEvent::getId), SecurityEvent::getId);
        }
    }

    @Test
    void rows_by_id_apply_the_liaisons_scope_to_ids_she_was_never_shown() {
        long polish;
        long polishPartnership;
        try (var ignored = as("officer")) {
            polish = people.findVisible(new PersonFilter(null, "PL"), PageRequest.of(0, 1)).getFirst().id();
            polishPartnership = partnerships.findVisible(PartnershipFilter.ofCountry("PL"), PageRequest.of(0, 1), UK)
                    .getFirst().id();
        }
        try (var ignored = as("liaison-lt")) {
            assertThat(people.findVisibleByIds(List.of(polish))).isEmpty();
            assertThat(partnerships.findVisibleByIds(List.of(polishPartnership), UK)).isEmpty();
        }
    }

    /** The export of {@code rows} lists exactly {@code shown}, in the same order, as CSV and as XLSX. */
    private <T> void same(List<T> shown, ExportRows<T> rows, ToLongFunction<T> idOf) throws IOException {
        var expected = shown.stream().map(idOf::applyAsLong).toList();
        assertThat(idsWritten(ExportFormat.CSV, rows, idOf)).isEqualTo(expected);
        assertThat(idsWritten(ExportFormat.XLSX, rows, idOf)).isEqualTo(expected);
    }

    /** Writes the rows with an id column and reads the file back, returning the ids in file order. */
    private <T> List<Long> idsWritten(ExportFormat format, ExportRows<T> rows, ToLongFunction<T> idOf)
            throws IOException {
        Function<T, Object> id = idOf::applyAsLong;
        var out = new ByteArrayOutputStream();
        export.writeRows("order", format, List.of(new ExportColumn<>("id", id)), rows, out, n -> { });
        var ids = new ArrayList<Long>();
        if (format == ExportFormat.CSV) {
            var text = new String(out.toByteArray(), StandardCharsets.UTF_8).substring(1);
            try (var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new InputStreamReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                            StandardCharsets.UTF_8))) {
                for (CSVRecord record : parser) {
                    ids.add(Long.parseLong(record.get("id")));
                }
            }
        } else {
            try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
                var sheet = workbook.getSheetAt(0);
                for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                    ids.add((long) sheet.getRow(r).getCell(0).getNumericCellValue());
                }
            }
        }
        return ids;
    }
}
