package ua.cooperation.portal.export;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ua.cooperation.portal.audit.SecurityAuditLog;
import ua.cooperation.portal.audit.SecurityEvent;
import ua.cooperation.portal.audit.SecurityEventType;
import ua.cooperation.portal.base.export.ExportFormat;
import ua.cooperation.portal.programme.ProgrammeFilter;
import ua.cooperation.portal.testsupport.IntegrationTest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static ua.cooperation.portal.testsupport.SignedIn.as;

/** The 5W of programmes read back with POI: the HXL row, the five Ws of a demo programme, and the scope. */
@IntegrationTest
class FiveWExportTest {

    private static final Locale UK = Locale.forLanguageTag("uk");
    private static final Locale LT = Locale.forLanguageTag("lt");

    @Autowired
    FiveWExport fiveW;
    @Autowired
    SecurityAuditLog auditLog;

    @Test
    void the_second_row_holds_hxl_hashtags_and_each_programme_its_five_ws() throws IOException {
        List<Map<String, Object>> rows;
        List<String> hashtags;
        try (var ignored = as("officer")) {
            var out = new ByteArrayOutputStream();
            var progress = new ArrayList<Long>();
            long written = fiveW.write(ProgrammeFilter.none(), UK, ExportFormat.XLSX, out, progress::add);
            assertThat(written).isPositive();
            assertThat(progress).last().isEqualTo(written);
            try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
                var sheet = workbook.getSheetAt(0);
                assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Ідентифікатор IATI");
                hashtags = texts(sheet.getRow(1));
                rows = records(sheet, hashtags);
                assertThat(sheet.getLastRowNum()).isEqualTo(1 + written);
            }
        }
        assertThat(hashtags).containsExactly("#activity +code", "#activity +name", "#org +funder", "#org +prog",
                "#org +impl", "#sector +name", "#sector +code", "#country +name", "#country +code", "#adm1 +name", "#adm1 +code",
                "#status +name",
                "#date +start", "#date +end", "#beneficiary +type", "#reached +ind", "#value", "#currency +code");
        // every tag is a core HXL 1.1 hashtag with core attributes
        assertThat(hashtags).allMatch(tag -> tag.matches("#[a-z][a-z0-9_]*( \\+[a-z][a-z0-9_]*)*"));

        var recreation = rows.stream().filter(r -> "UA-OBL-LUH-2025-001".equals(r.get("#activity +code")))
                .findFirst().orElseThrow();
        assertThat(recreation.get("#activity +name")).isEqualTo("Оздоровлення дітей із Луганщини в Друскінінкаї");
        assertThat((String) recreation.get("#org +funder")).isNotBlank();
        assertThat((String) recreation.get("#org +impl")).isNotBlank();
        assertThat(recreation.get("#sector +code")).isEqualTo("16061; 12220");
        assertThat((String) recreation.get("#sector +name")).contains("70 %", "30 %");
        assertThat(recreation.get("#country +code")).isEqualTo("LT");
        assertThat(recreation.get("#country +name")).isEqualTo("Литва");
        // linked to the partnership of Sievierodonetsk hromada (UA44120110000010163): Luhansk oblast, by its
        // codifier name and KATOTTH code
        assertThat(recreation.get("#adm1 +name")).isEqualTo("Луганська");
        assertThat(recreation.get("#adm1 +code")).isEqualTo("UA44000000000018893");
        // the actual start wins over the planned one; the end is still the planned one
        assertThat(recreation.get("#date +start")).isEqualTo(LocalDate.of(2025, 6, 1));
        assertThat(recreation.get("#date +end")).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat((String) recreation.get("#beneficiary +type")).contains("Діти");
        assertThat(recreation.get("#reached +ind")).isEqualTo(142.0 + 37 + 12);
        assertThat(recreation.get("#value")).isEqualTo(120_000.0);
        assertThat(recreation.get("#currency +code")).isEqualTo("EUR");
        assertThat(rows).extracting(r -> r.get("#activity +code")).contains("UA-OBL-LUH-2025-002");
    }

    @Test
    void a_liaisons_5w_holds_only_her_countrys_shared_programmes_and_is_logged() throws IOException {
        List<Map<String, Object>> rows;
        try (var ignored = as("liaison-lt")) {
            var out = new ByteArrayOutputStream();
            fiveW.write(ProgrammeFilter.none(), LT, ExportFormat.XLSX, out, n -> { });
            try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
                var sheet = workbook.getSheetAt(0);
                assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("IATI identifikatorius");
                rows = records(sheet, texts(sheet.getRow(1)));
            }
        }
        assertThat(rows).extracting(r -> r.get("#activity +code")).contains("UA-OBL-LUH-2025-001")
                .doesNotContain("UA-OBL-LUH-2025-002", "UA-OBL-LUH-2026-003");
        // a programme shared with Lithuania and Poland is hers too (other tests leave such ones): every row is LT's
        assertThat(rows).extracting(r -> (String) r.get("#country +code")).allMatch(c -> c.contains("LT"));
        // the "where" in the reader's language: the codifier's Latin transliteration for Lithuanian readers
        assertThat(rows).filteredOn(r -> "UA-OBL-LUH-2025-001".equals(r.get("#activity +code")))
                .extracting(r -> r.get("#adm1 +name"), r -> r.get("#adm1 +code"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Luhanska", "UA44000000000018893"));
        try (var ignored = as("admin")) {
            assertThat(auditLog.findByUsername("liaison-lt")).filteredOn(e -> e.getType() == SecurityEventType.EXPORT)
                    .extracting(SecurityEvent::getDetail).anyMatch(d -> d.startsWith("programmes-5w xlsx"));
        }
    }

    private static List<String> texts(Row row) {
        var texts = new ArrayList<String>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            var cell = row.getCell(c);
            texts.add(cell == null ? null : cell.getStringCellValue());
        }
        return texts;
    }

    /** The data rows keyed by their column's hashtag: text, number or (for date cells) a date. */
    private static List<Map<String, Object>> records(org.apache.poi.ss.usermodel.Sheet sheet, List<String> tags) {
        var records = new ArrayList<Map<String, Object>>();
        for (int r = 2; r <= sheet.getLastRowNum(); r++) {
            var row = sheet.getRow(r);
            var record = new HashMap<String, Object>();
            for (int c = 0; c < tags.size(); c++) {
                var cell = row.getCell(c);
                if (cell != null) {
                    record.put(tags.get(c), value(cell));
                }
            }
            records.add(record);
        }
        return records;
    }

    private static Object value(Cell cell) {
        if (cell.getCellType() == CellType.NUMERIC) {
            return cell.getCellStyle().getDataFormatString().contains("yy")
                    ? cell.getLocalDateTimeCellValue().toLocalDate() : cell.getNumericCellValue();
        }
        return cell.getStringCellValue();
    }
}
