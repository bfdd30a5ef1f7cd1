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
import ua.cooperation.portal.base.PortalTime;
import ua.cooperation.portal.base.export.ExportColumn;
import ua.cooperation.portal.base.export.ExportFormat;
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
    @Autowired
    PortalTime time;

    private static final List<ExportColumn<PartnershipListItem>> COLUMNS = List.of(
            new ExportColumn<>("Партнерство", PartnershipListItem::name),
            new ExportColumn<>("Країна", PartnershipListItem::countryCode),
            new ExportColumn<>("Діє до", PartnershipListItem::validUntil));

    @Test
    void a_download_is_named_after_its_list_and_the_office_day_of_the_portal_clock() {
        assertThat(export.fileName("meetings", ExportFormat.CSV)).isEqualTo("meetings-" + time.today() + ".csv");
        assertThat(export.fileName("partnerships", ExportFormat.XLSX))
                .isEqualTo("partnerships-" + time.today() + ".xlsx");
    }

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

    @Test
    void a_hundred_thousand_rows_are_read_one_page_at_a_time_while_the_file_is_written() throws IOException {
        // the rows are made on request, page by page, as the services deliver them; nothing holds all of them
        record Row(long number, String text) {
        }
        long total = 100_000;
        var pagesAsked = new ArrayList<Long>();
        var columns = List.of(new ExportColumn<Row>("n", Row::number), new ExportColumn<Row>("text", Row::text));
        try (var ignored = as("officer")) {
            // CSV: when a page is asked for, every row of the pages before it has already gone out
            var csv = new java.io.OutputStream() {
                long newlines;

                @Override
                public void write(int b) {
                    if (b == '\n') {
                        newlines++;
                    }
                }
            };
            Function<Pageable, List<Row>> rows = page -> {
                pagesAsked.add(page.getOffset());
                assertThat(page.getPageSize()).isEqualTo(ListExport.PAGE_SIZE);
                // the header line and every row of the previous pages are out of memory already
                if (page.getOffset() > 0) {
                    assertThat(csv.newlines).isEqualTo(1 + page.getOffset());
                }
                return LongStream.range(page.getOffset(), Math.min(total, page.getOffset() + page.getPageSize()))
                        .mapToObj(i -> new Row(i, "рядок " + i)).toList();
            };
            assertThat(export.write("rows", ExportFormat.CSV, columns, rows, csv, n -> { })).isEqualTo(total);
            assertThat(pagesAsked).hasSize((int) (total / ListExport.PAGE_SIZE) + 1)
                    .first().isEqualTo(0L);
            assertThat(csv.newlines).isEqualTo(1 + total);

            // XLSX: the streaming workbook keeps a window of rows and flushes the rest; the file holds them all
            pagesAsked.clear();
            var xlsx = new ByteArrayOutputStream();
            Function<Pageable, List<Row>> sameRows = page -> {
                pagesAsked.add(page.getOffset());
                return LongStream.range(page.getOffset(), Math.min(total, page.getOffset() + page.getPageSize()))
                        .mapToObj(i -> new Row(i, "рядок " + i)).toList();
            };
            var progress = new ArrayList<Long>();
            assertThat(export.write("rows", ExportFormat.XLSX, columns, sameRows, xlsx, progress::add))
                    .isEqualTo(total);
            assertThat(pagesAsked).hasSize((int) (total / ListExport.PAGE_SIZE) + 1);
            assertThat(progress).hasSize(pagesAsked.size()).last().isEqualTo(total);
            // counted in the sheet's XML as it streams out of the zip, without loading the workbook
            var file = java.nio.file.Files.createTempFile("export-test", ".xlsx");
            java.nio.file.Files.write(file, xlsx.toByteArray());
            try (var zip = new java.util.zip.ZipFile(file.toFile())) {
                var xml = new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(),
                        StandardCharsets.UTF_8);
                long rowsInSheet = xml.split("<row ", -1).length - 1;
                var last = xml.substring(xml.lastIndexOf("<row "));
                assertThat(rowsInSheet).isEqualTo(1 + total);
                assertThat(last).contains("r=\"" + (1 + total) + "\"").contains("рядок 99999");
            } finally {
                java.nio.file.Files.delete(file);
            }
        }
    }

    @Test
    void columns_with_hxl_hashtags_get_a_second_header_row() throws IOException {
        record Row(String org, long reached) {
        }
        Function<Pageable, List<Row>> rows = page -> page.getOffset() == 0
                ? List.of(new Row("МОМ", 12), new Row("Litewski fundusz", 3)) : List.of();
        var columns = List.of(new ExportColumn<Row>("Організація", Row::org, "#org +impl"),
                new ExportColumn<Row>("Охоплено", Row::reached, "#reached +ind"),
                new ExportColumn<Row>("Без тегу", r -> "x"));
        try (var ignored = as("officer")) {
            var csv = new ByteArrayOutputStream();
            export.write("hxl", ExportFormat.CSV, columns, rows, csv, n -> { });
            var records = readCsv(csv.toByteArray());
            assertThat(records).hasSize(3);
            assertThat(records.getFirst().get("Організація")).isEqualTo("#org +impl");
            assertThat(records.getFirst().get("Охоплено")).isEqualTo("#reached +ind");
            assertThat(records.getFirst().get("Без тегу")).isEmpty();
            assertThat(records.get(1).get("Організація")).isEqualTo("МОМ");

            var xlsx = new ByteArrayOutputStream();
            export.write("hxl", ExportFormat.XLSX, columns, rows, xlsx, n -> { });
            try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
                var sheet = workbook.getSheetAt(0);
                assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("#org +impl");
                assertThat(sheet.getRow(1).getCell(2)).isNull();
                assertThat(sheet.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(12.0);
                assertThat(sheet.getLastRowNum()).isEqualTo(3);
                // both header rows stay in view while scrolling
                assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
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
