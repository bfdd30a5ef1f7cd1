package ua.cooperation.portal.export;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadEvent;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import ua.cooperation.portal.base.ui.ExportButtons;
import ua.cooperation.portal.testsupport.KaribuTest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The export buttons of the lists, the 5W of programmes and the country briefing pack, driven from the views as a
 * user clicks them: each list exports what its filter shows, scoped like the list itself.
 */
class ExportButtonsViewTest extends KaribuTest {

    private static final Locale LT = Locale.forLanguageTag("lt");

    /** What one download sent: the bytes and the response it went to. */
    private record Download(byte[] body, VaadinResponse response) {
        String text() {
            var text = new String(body, StandardCharsets.UTF_8);
            assertThat(text).startsWith("\uFEFF");
            return text.substring(1);
        }
    }

    private Download download(String buttonsId, String linkId) throws IOException {
        @SuppressWarnings("unchecked")
        ExportButtons<Object> buttons = _get(ExportButtons.class, spec -> spec.withId(buttonsId));
        var link = _get(buttons, Anchor.class, spec -> spec.withId(linkId));
        assertThat(link.getElement().getAttribute("download")).isNotNull();
        assertThat(link.getHref()).isNotBlank();
        return run(buttons.handler(linkId), link);
    }

    private static Download run(com.vaadin.flow.server.streams.DownloadHandler handler, Anchor link)
            throws IOException {
        var body = new ByteArrayOutputStream();
        var response = mock(VaadinResponse.class);
        when(response.getOutputStream()).thenReturn(new ServletOutputStreamStub(body));
        handler.handleDownloadRequest(new DownloadEvent(mock(VaadinRequest.class), response,
                VaadinSession.getCurrent(), link.getElement()));
        return new Download(body.toByteArray(), response);
    }

    private static List<CSVRecord> csv(String text) throws IOException {
        try (var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text))) {
            return parser.getRecords();
        }
    }

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

        UI.getCurrent().navigate("municipalities");
        var municipalities = csv(download("municipalities-exports", "municipalities-export-csv").text());
        assertThat(municipalities).isNotEmpty().extracting(r -> r.get(0)).noneMatch(n -> n.contains("Lublin"));
        assertThat(municipalities).extracting(r -> r.get(2)).containsOnly("Lietuva");

        UI.getCurrent().navigate("my-action-items");
        var items = csv(download("my-action-items-exports", "my-action-items-export-csv").text());
        // demo item 1 is hers; the others of the same meeting belong to an officer and a registry person
        assertThat(items).extracting(r -> r.get(1)).anyMatch(t -> t.startsWith("Надіслати перелік литовських шкіл"))
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

    /** A servlet output stream over a byte buffer, as VaadinResponse hands it out. */
    private static final class ServletOutputStreamStub extends jakarta.servlet.ServletOutputStream {
        private final ByteArrayOutputStream target;

        ServletOutputStreamStub(ByteArrayOutputStream target) {
            this.target = target;
        }

        @Override
        public void write(int b) {
            target.write(b);
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(jakarta.servlet.WriteListener listener) {
        }
    }
}
