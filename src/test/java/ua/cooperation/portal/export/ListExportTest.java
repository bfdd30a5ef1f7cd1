package ua.cooperation.portal.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import ua.cooperation.portal.audit.SecurityAuditLog;
import ua.cooperation.portal.audit.SecurityEvent;
import ua.cooperation.portal.audit.SecurityEventType;
import ua.cooperation.portal.partnership.PartnershipFilter;
import ua.cooperation.portal.partnership.PartnershipListItem;
import ua.cooperation.portal.partnership.PartnershipService;
import ua.cooperation.portal.testsupport.IntegrationTest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static ua.cooperation.portal.testsupport.SignedIn.as;

@IntegrationTest
class ListExportTest {

    private static final Locale UK = Locale.forLanguageTag("uk");

    @Autowired
    ListExport export;
    @Autowired
    PartnershipService partnerships;
    @Autowired
    SecurityAuditLog auditLog;

    private static final List<ExportColumn<PartnershipListItem>> COLUMNS = List.of(
            new ExportColumn<>("Партнерство", PartnershipListItem::name),
            new ExportColumn<>("Країна", PartnershipListItem::countryCode),
            new ExportColumn<>("Діє до", PartnershipListItem::validUntil));

    @Test
    void a_liaisons_export_holds_exactly_what_her_list_shows_and_is_audited() throws IOException {
        try (var ignored = as("liaison-lt")) {
            Function<Pageable, List<PartnershipListItem>> rows = page -> partnerships.findVisible(
                    PartnershipFilter.none(), page, UK);
            var shown = rows.apply(org.springframework.data.domain.PageRequest.of(0, 1000));
            var csv = new ByteArrayOutputStream();
            var progress = new ArrayList<Long>();
            long written = export.write("partnerships", ExportFormat.CSV, COLUMNS, rows, csv, progress::add);
            assertThat(written).isEqualTo(shown.size()).isPositive();
            assertThat(progress).last().isEqualTo(written);
            var records = readCsv(csv.toByteArray());
            assertThat(records).extracting(r -> r.get("Партнерство"))
                    .containsExactlyElementsOf(shown.stream().map(PartnershipListItem::name).toList());
            assertThat(records).extracting(r -> r.get("Країна")).containsOnly("LT");

            var xlsx = new ByteArrayOutputStream();
            export.write("partnerships", ExportFormat.XLSX, COLUMNS, rows, xlsx, n -> { });
            try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
                var sheet = workbook.getSheetAt(0);
                assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Партнерство");
                assertThat(sheet.getLastRowNum()).isEqualTo(shown.size());
                assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(shown.getFirst().name());
            }
        }
        try (var ignored = as("admin")) {
            assertThat(auditLog.findByUsername("liaison-lt")).filteredOn(e -> e.getType() == SecurityEventType.EXPORT)
                    .extracting(SecurityEvent::getDetail).anyMatch(d -> d.startsWith("partnerships csv"))
                    .anyMatch(d -> d.startsWith("partnerships xlsx"));
        }
    }

    @Test
    void long_lists_are_written_page_by_page_with_dates_and_numbers_as_cells() throws IOException {
        // 2,500 rows: three pages, the last one short
        record Row(long number, LocalDate date, String text) {
        }
        Function<Pageable, List<Row>> rows = page -> LongStream.range(page.getOffset(),
                        Math.min(2_500, page.getOffset() + page.getPageSize()))
                .mapToObj(i -> new Row(i, LocalDate.of(2025, 1, 1).plusDays(i), "рядок " + i + " \"лапки\", кома"))
                .toList();
        var columns = List.of(new ExportColumn<Row>("n", Row::number), new ExportColumn<Row>("date", Row::date),
                new ExportColumn<Row>("text", Row::text));
        try (var ignored = as("officer")) {
            var csv = new ByteArrayOutputStream();
            var progress = new ArrayList<Long>();
            assertThat(export.write("rows", ExportFormat.CSV, columns, rows, csv, progress::add)).isEqualTo(2_500);
            assertThat(progress).containsExactly(1_000L, 2_000L, 2_500L);
            var records = readCsv(csv.toByteArray());
            assertThat(records).hasSize(2_500);
            assertThat(records.get(2_499).get("text")).isEqualTo("рядок 2499 \"лапки\", кома");

            var xlsx = new ByteArrayOutputStream();
            export.write("rows", ExportFormat.XLSX, columns, rows, xlsx, n -> { });
            try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
                var last = workbook.getSheetAt(0).getRow(2_500);
                assertThat(last.getCell(0).getNumericCellValue()).isEqualTo(2_499.0);
                assertThat(last.getCell(1).getLocalDateTimeCellValue().toLocalDate())
                        .isEqualTo(LocalDate.of(2025, 1, 1).plusDays(2_499));
            }
        }
    }

    private static List<CSVRecord> readCsv(byte[] bytes) throws IOException {
        var text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        try (var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new InputStreamReader(new ByteArrayInputStream(text.substring(1).getBytes(StandardCharsets.UTF_8)),
                        StandardCharsets.UTF_8))) {
            return parser.getRecords();
        }
    }
}
