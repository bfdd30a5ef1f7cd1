package ua.cooperation.portal.export;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextField;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ua.cooperation.portal.audit.SecurityAuditLog;
import ua.cooperation.portal.audit.SecurityEventFilter;
import ua.cooperation.portal.audit.SecurityEventType;
import ua.cooperation.portal.base.export.ExportFormat;
import ua.cooperation.portal.testsupport.KaribuTest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verify;
import static ua.cooperation.portal.export.ExportDownloads.csv;
import static ua.cooperation.portal.export.ExportDownloads.download;

/**
 * The export buttons of the lists, the 5W of programmes and the country briefing pack, driven from the views as a
 * user clicks them: each list exports what its filter shows, scoped like the list itself.
 */
class ExportButtonsViewTest extends KaribuTest {

    private static final Locale LT = Locale.forLanguageTag("lt");

    @Autowired
    SecurityAuditLog auditLog;

    @Test
    void a_liaisons_list_exports_hold_only_her_countrys_shared_records() throws IOException {
        signInAs("liaison-lt", LT);

        UI.getCurrent().navigate("programmes");
        var programmes = download("programmes-exports", "programmes-export-csv");
        verify(programmes.response()).setContentType(ExportFormat.CSV.mediaType());
        assertThat(csv(programmes.text())).extracting(r -> r.get("IATI identifikatorius"))
                .contains("UA-OBL-LUH-2025-001").doesNotContain("UA-OBL-LUH-2025-002", "UA-OBL-LUH-2026-003");

        UI.getCurrent().navigate("meetings");
        var meetings = csv(download("meetings-exports", "meetings-export-csv").text());
        assertThat(meetings).isNotEmpty().extracting(r -> r.get(2)).doesNotContain("");
        assertThat(meetings).extracting(r -> r.get(4)).allMatch(c -> c.contains("Lietuva"));

        // the partnership's description in the Lithuanian the office gave it (ADR 0040), never the Ukrainian
        UI.getCurrent().navigate("partnerships");
        var partnerships = download("partnerships-exports", "partnerships-export-csv").text();
        assertThat(partnerships).contains("Evakuacijoje dirbančios Sieverodonecko bendruomenės")
                .doesNotContain("Побратимство Сєвєродонецької громади");

        UI.getCurrent().navigate("municipalities");
        var municipalities = csv(download("municipalities-exports", "municipalities-export-csv").text());
        assertThat(municipalities).isNotEmpty().extracting(r -> r.get(0)).noneMatch(n -> n.contains("Lublin"));
        assertThat(municipalities).extracting(r -> r.get(2)).containsOnly("Lietuva");

        UI.getCurrent().navigate("my-action-items");
        var items = csv(download("my-action-items-exports", "my-action-items-export-csv").text());
        // demo item 1 is hers, in the Lithuanian the office gave it; the others of the same meeting belong to an
        // officer and a registry person
        assertThat(items).extracting(r -> r.get(1)).anyMatch(t -> t.startsWith("Atsiųsti sąrašą Lietuvos mokyklų"))
                .noneMatch(t -> t.startsWith("Надіслати перелік литовських шкіл"))
                .noneMatch(t -> t.startsWith("Підготувати список дітей"));
    }

    @Test
    void the_xlsx_of_a_list_follows_its_filter() throws IOException {
        signInAs("officer");
        UI.getCurrent().navigate("programmes");
        @SuppressWarnings("unchecked")
        ComboBox<String> country = _get(ComboBox.class, spec -> spec.withId("programmes-country"));
        country.setValue("PL");
        var xlsx = download("programmes-exports", "programmes-export-xlsx");
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Ідентифікатор IATI");
            var identifiers = new ArrayList<String>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                identifiers.add(sheet.getRow(r).getCell(0).getStringCellValue());
                assertThat(sheet.getRow(r).getCell(2).getStringCellValue()).contains("Польща");
            }
            assertThat(identifiers).contains("UA-OBL-LUH-2025-002").doesNotContain("UA-OBL-LUH-2025-001");
        }
    }

    @Test
    void the_5w_of_programmes_downloads_from_the_list_with_its_hxl_row() throws IOException {
        signInAs("liaison-lt", LT);
        UI.getCurrent().navigate("programmes");
        var fiveW = download("programmes-exports", "programmes-export-5w");
        verify(fiveW.response()).setContentType(ExportFormat.XLSX.mediaType());
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(fiveW.body()))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("#activity +code");
            var identifiers = new ArrayList<String>();
            for (int r = 2; r <= sheet.getLastRowNum(); r++) {
                identifiers.add(sheet.getRow(r).getCell(0).getStringCellValue());
            }
            assertThat(identifiers).contains("UA-OBL-LUH-2025-001").doesNotContain("UA-OBL-LUH-2025-002");
        }
    }

    @Test
    void the_security_log_exports_with_the_same_buttons() throws IOException {
        signInAs("admin");
        UI.getCurrent().navigate("admin/audit");
        var csv = csv(download("audit-export", "audit-export-csv").text());
        assertThat(csv).isNotEmpty();
        assertThat(csv.getFirst().getParser().getHeaderNames())
                .containsExactly("id", "occurred_at_utc", "event", "username", "detail", "client_address", "session");

        // what the filter shows, quoted where needed, and the export itself audited
        var someone = "export-test-" + System.nanoTime();
        auditLog.record(SecurityEventType.ACCESS_DENIED, someone, "view /admin/audit, \"quoted\"");
        _get(TextField.class, spec -> spec.withId("audit-user")).setValue(someone);
        var filtered = csv(download("audit-export", "audit-export-csv").text());
        assertThat(filtered).hasSize(1);
        assertThat(filtered.getFirst().get("event")).isEqualTo("ACCESS_DENIED");
        assertThat(filtered.getFirst().get("detail")).isEqualTo("view /admin/audit, \"quoted\"");
        assertThat(auditLog.find(new SecurityEventFilter("admin", SecurityEventType.EXPORT, null, null), 0, 5))
                .extracting(e -> e.getDetail()).anyMatch(d -> d.startsWith("security-events csv"));
        _get(TextField.class, spec -> spec.withId("audit-user")).clear();

        var xlsx = download("audit-export", "audit-export-xlsx");
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(4).getStringCellValue()).isEqualTo("detail");
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isPositive();
        }
    }

    @Test
    void the_whole_codifier_streams_out_of_the_territorial_units_page() throws IOException {
        signInAs("admin");
        UI.getCurrent().navigate("admin/territorial-units");
        // over 31,000 units: 32 pages of the service, one file
        var all = csv(download("territorial-units-exports", "territorial-units-export-csv").text());
        assertThat(all).hasSizeGreaterThan(31_000);
        assertThat(all).extracting(r -> r.get(0)).doesNotHaveDuplicates();
        _get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withId("units-search"))
                .setValue("Сєвєродонецьк");
        var found = csv(download("territorial-units-exports", "territorial-units-export-csv").text());
        assertThat(found).isNotEmpty().hasSizeLessThan(20)
                .allMatch(r -> r.get(1).contains("Сєвєродонецьк") || r.get(2).contains("Sievierodonetsk"));
    }

    @Test
    void users_and_reminders_export_like_every_list() throws IOException {
        signInAs("admin");
        UI.getCurrent().navigate("admin/users");
        var users = csv(download("users-exports", "users-export-csv").text());
        assertThat(users).extracting(r -> r.get(0)).contains("admin", "officer", "liaison-lt");
        assertThat(users).filteredOn(r -> r.get(0).equals("liaison-lt")).extracting(r -> r.get(4))
                .containsExactly("LT");

        signInAs("officer");
        UI.getCurrent().navigate("reminders");
        var reminders = download("reminders-exports", "reminders-export-csv").text();
        assertThat(reminders).startsWith("Про що,Дата,Що саме");
    }

    @Test
    void the_country_page_gives_the_briefing_pack_in_the_readers_language() throws IOException {
        signInAs("liaison-lt", LT);
        UI.getCurrent().navigate("countries/LT");
        var link = _get(Anchor.class, spec -> spec.withId("country-briefing"));
        assertThat(link.getText()).isEqualTo("Šalies apžvalga (PDF)");
        var pdf = com.github.mvysny.kaributesting.v10.DownloadKt._download(link);
        try (var document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Šalies apžvalga: Lietuva");
        }
    }
}
