package ua.cooperation.portal.export;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextField;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.Pageable;
import ua.cooperation.portal.base.export.ExportColumn;
import ua.cooperation.portal.base.export.ExportFormat;
import ua.cooperation.portal.meeting.ActionItemChanges;
import ua.cooperation.portal.meeting.ActionItemService;
import ua.cooperation.portal.meeting.ActionItemStatus;
import ua.cooperation.portal.meeting.MeetingChanges;
import ua.cooperation.portal.meeting.MeetingService;
import ua.cooperation.portal.meeting.MeetingType;
import ua.cooperation.portal.programme.ActivityStatus;
import ua.cooperation.portal.programme.OrganisationRole;
import ua.cooperation.portal.programme.ProgrammeChanges;
import ua.cooperation.portal.programme.ProgrammeService;
import ua.cooperation.portal.programme.Sector;
import ua.cooperation.portal.programme.SupportArea;
import ua.cooperation.portal.programme.TargetGroup;
import ua.cooperation.portal.registry.OrganisationChanges;
import ua.cooperation.portal.registry.OrganisationService;
import ua.cooperation.portal.registry.OrganisationType;
import ua.cooperation.portal.testsupport.KaribuTest;
import ua.cooperation.portal.testsupport.SignedIn;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static ua.cooperation.portal.export.ExportDownloads.csv;
import static ua.cooperation.portal.export.ExportDownloads.download;

/**
 * Issue 17, item 6: text that a spreadsheet program would run as a formula (OWASP "CSV injection") reaches every
 * export as text. Records are made with such names and notes, the lists are exported through their buttons as CSV and
 * XLSX (and the 5W, and the security log with a failed sign-in of user name {@code =1+2}), and the files are read back
 * with Commons CSV and Apache POI: in CSV the cell starts with an apostrophe and then reads as stored; in XLSX it is a
 * string cell with a quote-prefixed style that reads exactly as stored. Numbers stay numbers.
 */
class FormulasInExportsTest extends KaribuTest {

    /** What spreadsheet programs run when a cell starts with it; the last two are DDE's tab and carriage return. */
    static final List<String> FORMULAS = List.of("=1+2", "+1", "-1+2", "@SUM(1)", "=HYPERLINK(\"http://x\",\"y\")",
            "\t=1", "\r=1");
    /** The ones that survive storage: the portal trims surrounding white space, so a leading tab or CR is gone. */
    static final List<String> STORABLE_FORMULAS = FORMULAS.subList(0, 5);

    private static final Locale UK = Locale.forLanguageTag("uk");
    private static final long LIAISON_LT_USER = 4;
    private static final long OFFICER_USER = 2;
    private static final long LT_MINISTRY = 2;
    private static final long LUHANSK_RMA = 5;

    @Autowired
    ListExport export;
    @Autowired
    OrganisationService organisations;
    @Autowired
    MeetingService meetings;
    @Autowired
    ActionItemService actionItemService;
    @Autowired
    ProgrammeService programmes;

    @LocalServerPort
    int port;

    @Test
    void every_text_cell_that_a_spreadsheet_would_run_is_written_as_text_and_numbers_stay_numbers()
            throws IOException {
        record Row(String text, Object value) {
        }
        var rows = new ArrayList<Row>();
        FORMULAS.forEach(formula -> rows.add(new Row(formula, formula)));
        rows.add(new Row("a number", -5L));
        rows.add(new Row("a decimal", new BigDecimal("-5.50")));
        rows.add(new Row("text of a number", "-5"));
        rows.add(new Row("already an apostrophe", "'=1+2"));
        rows.add(new Row("plain text", "Київ = столиця"));
        Function<Pageable, List<Row>> pages = page -> page.getOffset() == 0 ? rows : List.of();
        var columns = List.of(new ExportColumn<Row>("case", Row::text), new ExportColumn<Row>("value", Row::value));

        try (var ignored = SignedIn.as("officer")) {
            var csvOut = new ByteArrayOutputStream();
            export.write("formulas", ExportFormat.CSV, columns, pages, csvOut, n -> { });
            var records = csv(new String(csvOut.toByteArray(), StandardCharsets.UTF_8).substring(1));
            assertThat(records).hasSize(rows.size());
            for (int i = 0; i < FORMULAS.size(); i++) {
                assertCsvText(records.get(i).get("value"), FORMULAS.get(i));
                assertCsvText(records.get(i).get("case"), FORMULAS.get(i));
            }
            var rest = records.subList(FORMULAS.size(), records.size());
            assertThat(rest).extracting(r -> r.get("value"))
                    .containsExactly("-5", "-5.50", "'-5", "''=1+2", "Київ = столиця");

            var xlsxOut = new ByteArrayOutputStream();
            export.write("formulas", ExportFormat.XLSX, columns, pages, xlsxOut, n -> { });
            try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsxOut.toByteArray()))) {
                var sheet = workbook.getSheetAt(0);
                for (int i = 0; i < FORMULAS.size(); i++) {
                    assertXlsxText(sheet.getRow(1 + i).getCell(1), FORMULAS.get(i));
                }
                int row = 1 + FORMULAS.size();
                assertThat(sheet.getRow(row).getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(sheet.getRow(row).getCell(1).getNumericCellValue()).isEqualTo(-5.0);
                assertThat(sheet.getRow(row + 1).getCell(1).getNumericCellValue()).isEqualTo(-5.5);
                assertXlsxText(sheet.getRow(row + 2).getCell(1), "-5");
                assertPlainText(sheet.getRow(row + 3).getCell(1), "'=1+2");
                assertPlainText(sheet.getRow(row + 4).getCell(1), "Київ = столиця");
            }
        }
    }

    @Test
    void organisation_names_reach_the_organisations_csv_and_xlsx_as_text() throws IOException {
        signInAs("officer");
        for (var formula : STORABLE_FORMULAS) {
            organisations.create(new OrganisationChanges(null, 0, OrganisationType.NGO, null, formula, null, "UA",
                    null, null, null, null, null, null), UK);
        }
        UI.getCurrent().navigate("organisations");

        var names = csv(download("organisations-export-csv").text()).stream()
                .map(r -> r.get(0)).toList();
        for (var formula : STORABLE_FORMULAS) {
            assertThat(names).as(formula).contains("'" + formula).doesNotContain(formula);
        }
        var xlsx = download("organisations-export-xlsx");
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            for (var formula : STORABLE_FORMULAS) {
                assertXlsxText(cellInColumn(workbook.getSheetAt(0), 0, formula), formula);
            }
        }
    }

    @Test
    void a_liaisons_completion_note_reaches_the_staff_exports_as_text() throws IOException {
        var title = "Формула в примітці " + System.nanoTime();
        long itemId;
        long version;
        try (var ignored = SignedIn.as("officer")) {
            var start = Instant.parse("2026-03-02T08:00:00Z");
            var meeting = meetings.create(new MeetingChanges(null, 0, MeetingType.EMBASSY_MEETING, title, start,
                    start.plus(1, ChronoUnit.HOURS), "Київ", null, Set.of("LT"), Set.of(), Set.of(OFFICER_USER),
                    Set.of(), null, null, null, true), UK).id();
            var item = actionItemService.saveActionItem(new ActionItemChanges(null, 0, meeting, null, title, LIAISON_LT_USER,
                    null, LocalDate.of(2026, 3, 20), ActionItemStatus.OPEN, null, null, null), UK);
            itemId = item.id();
            version = item.version();
        }
        try (var ignored = SignedIn.as("liaison-lt")) {
            actionItemService.updateMyActionItem(itemId, version, ActionItemStatus.DONE, "=1+2", UK);
        }

        signInAs("officer");
        UI.getCurrent().navigate("action-items");
        _get(TextField.class, spec -> spec.withId("action-items-search")).setValue(title);
        var rows = csv(download("action-items-exports", "action-items-export-csv").text());
        assertThat(rows).hasSize(1);
        CSVRecord row = rows.getFirst();
        assertCsvText(row.get(row.size() - 1), "=1+2");
        var xlsx = download("action-items-exports", "action-items-export-xlsx");
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            var notes = sheet.getRow(1).getCell(sheet.getRow(0).getLastCellNum() - 1);
            assertXlsxText(notes, "=1+2");
        }
    }

    @Test
    void the_5w_shows_a_formula_like_title_and_funder_as_text() throws IOException {
        signInAs("officer");
        var funder = organisations.create(new OrganisationChanges(null, 0, OrganisationType.NGO, null, "@SUM(1) фонд",
                null, "LT", null, null, null, null, null, null), UK).id();
        var identifier = "UA-FORMULA-" + System.nanoTime();
        programmes.create(new ProgrammeChanges(null, 0, identifier, "=1+2", null,
                ActivityStatus.PIPELINE, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 8, 31), null, null,
                Set.of("LT"), Set.of(TargetGroup.CHILDREN), Set.of(SupportArea.RECREATION), Set.of(),
                List.of(new ProgrammeChanges.SectorShare(Sector.CULTURE_AND_RECREATION, 100)),
                List.of(new ProgrammeChanges.Participant(funder, OrganisationRole.FUNDING),
                        new ProgrammeChanges.Participant(LUHANSK_RMA, OrganisationRole.IMPLEMENTING),
                        new ProgrammeChanges.Participant(LT_MINISTRY, OrganisationRole.ACCOUNTABLE)),
                null, null, null, null, List.of(), List.of(), List.of(), false), UK);
        UI.getCurrent().navigate("programmes");

        var fiveW = download("programmes-exports", "programmes-export-5w");
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(fiveW.body()))) {
            var sheet = workbook.getSheetAt(0);
            var row = cellInColumn(sheet, 0, identifier).getRow();
            assertXlsxText(row.getCell(1), "=1+2");
            assertXlsxText(row.getCell(2), "@SUM(1) фонд");
        }
    }

    @Test
    void a_failed_sign_in_with_a_formula_as_user_name_reaches_the_security_log_export_as_text() throws Exception {
        failSignIn("=1+2");

        signInAs("admin");
        UI.getCurrent().navigate("admin/audit");
        _get(TextField.class, spec -> spec.withId("audit-user")).setValue("=1+2");
        var rows = csv(download("audit-export", "audit-export-csv").text());
        assertThat(rows).isNotEmpty();
        assertThat(rows).filteredOn(r -> r.get("event").equals("SIGN_IN_FAILED")).isNotEmpty()
                .allSatisfy(r -> assertCsvText(r.get("username"), "=1+2"));
        var xlsx = download("audit-export", "audit-export-xlsx");
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isPositive();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                assertXlsxText(sheet.getRow(r).getCell(3), "=1+2");
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ helpers

    /** CSV: an apostrophe first, so that the spreadsheet shows text; after it, exactly what was stored. */
    private static void assertCsvText(String cell, String stored) {
        assertThat(cell).as("CSV cell of %s", stored).isEqualTo("'" + stored);
    }

    /** XLSX: a string cell (never a formula) with a quote-prefixed style, whose value is exactly what was stored. */
    private static void assertXlsxText(Cell cell, String stored) {
        assertThat(cell).as("XLSX cell of %s", stored).isNotNull();
        assertThat(cell.getCellType()).as("type of %s", stored).isEqualTo(CellType.STRING);
        assertThat(cell.getStringCellValue()).isEqualTo(stored);
        assertThat(cell.getCellStyle().getQuotePrefixed()).as("quote prefix of %s", stored).isTrue();
    }

    /** XLSX: text that no spreadsheet reads as a formula stays a plain string cell. */
    private static void assertPlainText(Cell cell, String stored) {
        assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
        assertThat(cell.getStringCellValue()).isEqualTo(stored);
        assertThat(cell.getCellStyle().getQuotePrefixed()).isFalse();
    }

    /** The cell of column {@code column} whose text is {@code text}, below the header. */
    private static Cell cellInColumn(Sheet sheet, int column, String text) {
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            var cell = sheet.getRow(r).getCell(column);
            if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
                return cell;
            }
        }
        throw new AssertionError("no row with " + text + " in column " + column);
    }

    /** A sign-in over HTTP with a wrong password, as anyone on the network can try it. */
    private void failSignIn(String username) throws Exception {
        var client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        var login = URI.create("http://localhost:" + port + "/login");
        client.send(HttpRequest.newBuilder(login).GET().build(), HttpResponse.BodyHandlers.discarding());
        var form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password=wrong-password";
        var response = client.send(HttpRequest.newBuilder(login)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).as("the failed sign-in's redirect").isEqualTo(302);
    }
}
