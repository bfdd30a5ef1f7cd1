package ua.cooperation.portal.browser;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exports of issue 8 in a real browser against the packaged portal: the Lithuanian liaison downloads the briefing
 * pack of her country (a PDF in Lithuanian with the letters intact) and the 5W of the programmes she sees; the files
 * are read back with PDFBox and POI.
 */
@BrowserJourney
class ExportJourneyBrowserIT {

    @Test
    void liaisonDownloadsTheBriefingPackAndThe5wOfHerProgrammes(PortalPage portal) throws IOException {
        var page = portal.page();
        portal.signIn("liaison-lt", "Rasa Petrauskienė");
        portal.open("/countries/LT");
        assertThat(portal.byId("country-briefing")).isVisible();
        portal.screenshot("export-1-country-page");
        var pdf = page.waitForDownload(() -> portal.byId("country-briefing").click());
        assertThat(pdf.failure()).isNull();
        assertThat(pdf.suggestedFilename()).matches("briefing-LT-\\d{4}-\\d{2}-\\d{2}\\.pdf");
        try (var document = Loader.loadPDF(Files.readAllBytes(pdf.path()))) {
            var text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Šalies apžvalga: Lietuva", "Dabartiniai pareigų ėjėjai",
                    "Luhansko srities vaikų poilsis Druskininkuose").doesNotContain("UA-OBL-LUH-2026-003");
        }

        portal.open("/programmes");
        assertThat(portal.byId("programmes-export-5w")).isVisible();
        portal.screenshot("export-2-programmes-toolbar");
        var fiveW = page.waitForDownload(() -> portal.byId("programmes-export-5w").click());
        assertThat(fiveW.failure()).isNull();
        assertThat(fiveW.suggestedFilename()).startsWith("programmes-5w-").endsWith(".xlsx");
        try (var workbook = new XSSFWorkbook(Files.newInputStream(fiveW.path()))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("#org +funder");
            var identifiers = new ArrayList<String>();
            for (int r = 2; r <= sheet.getLastRowNum(); r++) {
                identifiers.add(sheet.getRow(r).getCell(0).getStringCellValue());
            }
            assertThat(identifiers).contains("UA-OBL-LUH-2025-001").doesNotContain("UA-OBL-LUH-2025-002");
        }
        var csv = page.waitForDownload(() -> portal.byId("programmes-export-csv").click());
        assertThat(csv.failure()).isNull();
        assertThat(Files.readString(csv.path())).contains("UA-OBL-LUH-2025-001").doesNotContain("UA-OBL-LUH-2025-002");
        portal.screenshot("export-3-downloaded");
    }
}
