package ua.cooperation.portal.browser;

import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The start page per role in a real browser against the packaged portal: the dashboard opens with its charts drawn as
 * SVG, a click on a bar or a figure opens the list behind it showing as many rows as the figure said, and the list
 * is exported.
 */
@BrowserJourney
class DashboardJourneyBrowserIT {

    @Test
    void officerOpensTheWeeksMeetingsAndOverdueItemsFromTheDashboardAndExportsThem(PortalPage portal)
            throws IOException {
        var page = portal.page();
        portal.signIn("officer", "Ірина Коваленко");
        portal.open("/");
        assertThat(portal.byId("dashboard-officer")).isVisible();
        assertThat(portal.byId("dashboard-head")).hasCount(0);
        assertThat(portal.byId("dashboard-recent")).isVisible();
        portal.screenshot("dashboard-officer-1-home");

        var week = portal.byId("dashboard-week-meetings-count").textContent().strip();
        portal.byId("dashboard-week-meetings").click();
        page.waitForURL(Pattern.compile(".*/meetings\\?from=.*&to=.*"));
        assertThat(portal.byId("meetings-count")).hasText("Зустрічей: " + week);
        portal.screenshot("dashboard-officer-2-meetings-this-week");

        portal.open("/");
        var overdue = portal.byId("dashboard-my-overdue-count").textContent().strip();
        portal.byId("dashboard-my-overdue").click();
        page.waitForURL("**/my-action-items?overdue=true");
        assertThat(portal.byId("my-action-items-overdue-only").locator("input")).isChecked();
        page.waitForFunction("([grid, n]) => grid.size === n",
                new Object[] {portal.byId("my-action-items-grid").elementHandle(), Integer.parseInt(overdue)});
        portal.screenshot("dashboard-officer-3-overdue-items");

        // the list exports exactly what it shows: a header and one record per overdue item
        var csv = page.waitForDownload(() -> portal.byId("my-action-items-export-csv").click());
        assertThat(csv.failure()).isNull();
        try (var reader = Files.newBufferedReader(csv.path(), StandardCharsets.UTF_8)) {
            reader.mark(1);
            if (reader.read() != '\uFEFF') {
                reader.reset();
            }
            var records = CSVFormat.DEFAULT.parse(reader).getRecords();
            assertThat(records).hasSize(Integer.parseInt(overdue) + 1);
        }
    }

    @Test
    void headClicksABarOfPartnershipsByStatusAndExportsThatList(PortalPage portal) throws IOException {
        var page = portal.page();
        portal.signIn("head", "Олександр Бондар");
        portal.open("/");
        assertThat(portal.byId("dashboard-head")).isVisible();
        var svg = portal.byId("chart-partnerships-status-svg").locator("svg");
        assertThat(svg).hasAttribute("role", "img");
        assertThat(svg.locator("title").first()).hasText("Партнерства за статусом");
        portal.screenshot("dashboard-head-1-home");

        // the table alternative shows the same figures as links
        portal.byId("chart-partnerships-status-table-toggle").click();
        assertThat(portal.byId("chart-partnerships-status-table")).isVisible();
        portal.screenshot("dashboard-head-2-table");

        var bar = svg.locator("a[href='partnerships?status=ACTIVE']");
        var label = bar.getAttribute("title");
        var active = label.substring(label.lastIndexOf(':') + 1).strip();
        bar.click();
        page.waitForURL("**/partnerships?status=ACTIVE");
        assertThat(portal.byId("partnerships-count")).hasText("Партнерств: " + active);
        portal.screenshot("dashboard-head-3-active-partnerships");

        var csv = page.waitForDownload(() -> portal.byId("partnerships-export-csv").click());
        assertThat(csv.failure()).isNull();
        var lines = Files.readAllLines(csv.path(), StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank()).count();
        // a header and one line per counted partnership (partnership texts here have no line breaks)
        assertThat(lines).isEqualTo(Long.parseLong(active) + 1);
        var xlsx = page.waitForDownload(() -> portal.byId("partnerships-export-xlsx").click());
        assertThat(xlsx.suggestedFilename()).startsWith("partnerships-").endsWith(".xlsx");
        assertThat(xlsx.failure()).isNull();
    }

    @Test
    void lithuanianLiaisonOpensHerActivePartnershipsAndExportsOnlyThose(PortalPage portal) throws IOException {
        var page = portal.page();
        portal.signIn("liaison-lt", "Rasa Petrauskienė");
        portal.open("/");
        assertThat(portal.byId("dashboard-liaison")).isVisible();
        var svg = portal.byId("chart-liaison-partnerships-svg").locator("svg");
        // Lithuanian UI: her stored preference
        assertThat(svg.locator("title").first()).hasText("Partnerystės pagal būseną");
        portal.screenshot("dashboard-liaison-1-home");

        var bar = svg.locator("a[href='partnerships?status=ACTIVE']");
        var label = bar.getAttribute("title");
        var active = label.substring(label.lastIndexOf(':') + 1).strip();
        bar.click();
        page.waitForURL("**/partnerships?status=ACTIVE");
        assertThat(portal.byId("partnerships-count")).hasText(Pattern.compile(".*\\D" + active + "$"));
        portal.screenshot("dashboard-liaison-2-active-partnerships");

        var csv = page.waitForDownload(() -> portal.byId("partnerships-export-csv").click());
        assertThat(csv.failure()).isNull();
        var text = Files.readString(csv.path(), StandardCharsets.UTF_8);
        assertThat(text.lines().filter(line -> !line.isBlank()).count()).isEqualTo(Long.parseLong(active) + 1);
        assertThat(text).doesNotContain("Lublin", "Внутрішня нотатка");
    }
}
