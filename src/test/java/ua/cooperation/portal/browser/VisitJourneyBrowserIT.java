package ua.cooperation.portal.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import ua.cooperation.portal.base.PortalTime;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 22's journey in a real browser against the packaged portal: the officer plans an outgoing visit to Lithuania
 * with a programme of two days and a logistics checklist, records the report with one decision and two action items;
 * the Lithuanian liaison sees the visit's days in her calendar and the decision in the register, and the Lithuania
 * briefing she downloads lists the practice learnt on the ministry's visit to Vilnius.
 */
@BrowserJourney
class VisitJourneyBrowserIT {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Test
    void officerPlansAVisitAndRecordsItsOutcomesTheLiaisonFollowsThem(PortalPage portal) throws IOException {
        var page = portal.page();
        var first = LocalDate.now(PortalTime.ZONE).plusDays(20);
        var second = first.plusDays(1);
        var suffix = System.currentTimeMillis() % 100_000;
        var title = "Робочий візит до Каунаса: реабілітація ветеранів " + suffix;
        var decision = "Узгодити обмін фахівцями з реабілітації ветеранів між Каунасом і Сєвєродонецьком " + suffix;

        // the officer plans the visit
        portal.signIn("officer", "Ірина Коваленко");
        portal.open("/visits");
        assertThat(portal.byId("visits-grid")).isVisible();
        portal.byId("visits-new").click();
        choose(portal, "visit-direction", "Вихідний");
        portal.byId("visit-title-field").locator("input").fill(title);
        portal.byId("visit-purpose").locator("textarea")
                .fill("Обмін досвідом реабілітації ветеранів і психологічної підтримки родин.");
        pick(portal, "visit-host-country", "Лит", "Литва");
        portal.byId("visit-city").locator("input").fill("Каунас");
        date(portal, "visit-starts-on", first);
        var endsOn = portal.byId("visit-ends-on").locator("input");
        assertThat(endsOn).hasValue(DAY.format(first));
        date(portal, "visit-ends-on", second);
        var countries = portal.byId("visit-countries").locator("input");
        countries.fill("Лит");
        page.locator("vaadin-multi-select-combo-box-item").filter(new Locator.FilterOptions().setHasText("Литва"))
                .first().click();
        countries.press("Escape");
        portal.byId("visit-shared").locator("input").check();
        portal.screenshot("visit-1-new");
        portal.byId("visit-create").click();
        page.waitForURL(Pattern.compile(".*/visits/\\d+$"));
        var visitId = page.url().substring(page.url().lastIndexOf('/') + 1);
        assertThat(portal.byId("visit-title")).containsText(title);

        // its programme: a meeting on each of its two days
        portal.byId("visit-tab-programme").click();
        programmeMeeting(portal, "Зустріч у міністерстві охорони здоров’я Литви", null);
        programmeMeeting(portal, "Відвідування реабілітаційного центру в Каунасі", second);
        assertThat(portal.byId("visit-programme-day-" + first)).containsText("Зустріч у міністерстві");
        assertThat(portal.byId("visit-programme-day-" + second)).containsText("реабілітаційного центру");
        portal.screenshot("visit-2-programme");

        // its logistics
        portal.byId("visit-tab-logistics").click();
        portal.byId("visit-checklist-new").click();
        portal.byId("visit-checklist-title").locator("input").fill("Квитки Київ – Вільнюс – Каунас");
        choose(portal, "visit-checklist-kind", "Транспорт");
        pick(portal, "visit-checklist-owner", "Ірина", "Ірина Коваленко");
        date(portal, "visit-checklist-due", first.minusDays(7));
        portal.byId("visit-checklist-save").click();
        assertThat(portal.byId("visit-checklist-dialog")).hasCount(0);
        assertThat(portal.byId("visit-checklist-grid")).containsText("Квитки Київ – Вільнюс – Каунас");
        portal.screenshot("visit-3-logistics");

        // its report: one decision and two action items on it
        portal.byId("visit-tab-report").click();
        portal.byId("visit-report-editor").locator("textarea")
                .fill("Литовські колеги показали модель реабілітації ветеранів у Каунасі.");
        portal.byId("visit-report-save").click();
        portal.byId("visit-report-new-decision").click();
        portal.byId("visit-outcome-text").locator("textarea").fill(decision);
        portal.byId("visit-outcome-save").click();
        assertThat(portal.byId("visit-outcome-decision-dialog")).hasCount(0);
        outcomeItem(portal, "Надіслати литовським колегам перелік фахівців", second.plusDays(14));
        outcomeItem(portal, "Підготувати меморандум про обмін фахівцями", second.plusDays(30));
        var outcomes = portal.byId("visit-report-outcomes");
        assertThat(outcomes).containsText(decision);
        assertThat(outcomes).containsText("Надіслати литовським колегам перелік фахівців");
        assertThat(outcomes).containsText("Підготувати меморандум про обмін фахівцями");
        assertThat(portal.byId("visit-report-meeting")).isVisible();
        portal.screenshot("visit-4-report");
        signOut(portal);

        // the Lithuanian liaison: the visit's days in her calendar, the decision in the register, no logistics
        portal.signIn("liaison-lt", "Rasa Petrauskienė");
        portal.open("/meetings/calendar?month=" + first.toString().substring(0, 7));
        var week = first.with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
        var bar = portal.byId("meeting-calendar-visit-" + visitId + "-" + week);
        assertThat(bar).isVisible();
        assertThat(bar).containsText("Каунас");
        portal.screenshot("visit-5-liaison-calendar");
        portal.open("/visits/" + visitId);
        assertThat(portal.byId("visit-title")).containsText(title);
        assertThat(portal.byId("visit-tab-logistics")).hasCount(0);
        portal.open("/decisions");
        assertThat(portal.byId("decisions-grid")).containsText(decision);
        portal.screenshot("visit-6-liaison-register");

        // her country's briefing lists the practice learnt on the ministry's visit to Vilnius
        portal.open("/countries/LT");
        var pdf = page.waitForDownload(() -> portal.byId("country-briefing").click());
        assertThat(pdf.failure()).isNull();
        try (var document = Loader.loadPDF(Files.readAllBytes(pdf.path()))) {
            var text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Praktikos", "Lietuvos karių paramos modelis pagal NATO standartus");
        }
        signOut(portal);

        // the Polish liaison does not find the visit
        portal.signIn("liaison-pl", "Agnieszka Wiśniewska");
        portal.open("/visits/" + visitId);
        assertThat(portal.byId("not-found")).isVisible();
        assertThat(portal.byId("visit-title")).hasCount(0);
        portal.screenshot("visit-7-polish-liaison-not-found");
    }

    /** Adds a meeting to the visit's programme: on its first day at 10:00 as the dialog offers, or on {@code day}. */
    private static void programmeMeeting(PortalPage portal, String title, LocalDate day) {
        portal.byId("visit-programme-add").click();
        portal.byId("visit-programme-meeting-title").locator("input").fill(title);
        if (day != null) {
            var start = portal.byId("visit-programme-meeting-start").locator("vaadin-date-picker input");
            start.fill(DAY.format(day));
            start.press("Enter");
            // the end follows the start (an hour later)
            assertThat(portal.byId("visit-programme-meeting-end").locator("vaadin-date-picker input"))
                    .hasValue(DAY.format(day));
        }
        portal.byId("visit-programme-meeting-save").click();
        assertThat(portal.byId("visit-programme-meeting-dialog")).hasCount(0);
    }

    private static void outcomeItem(PortalPage portal, String title, LocalDate due) {
        portal.byId("visit-report-new-item").click();
        portal.byId("visit-outcome-text").locator("input").fill(title);
        pick(portal, "visit-outcome-owner", "Ірина", "Ірина Коваленко");
        date(portal, "visit-outcome-date", due);
        portal.byId("visit-outcome-save").click();
        assertThat(portal.byId("visit-outcome-item-dialog")).hasCount(0);
    }

    private static void date(PortalPage portal, String id, LocalDate day) {
        var input = portal.byId(id).locator("input");
        input.fill(DAY.format(day));
        input.press("Enter");
    }

    /** Types into a Vaadin combo box and picks the first suggestion that contains {@code label}. */
    private static void pick(PortalPage portal, String id, String typed, String label) {
        portal.byId(id).locator("input").fill(typed);
        portal.page().locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText(label))
                .first().click();
    }

    /** Opens a Vaadin select and chooses the item with exactly this text. */
    private static void choose(PortalPage portal, String id, String label) {
        portal.byId(id).click();
        portal.page().locator("vaadin-select-item").getByText(label, new Locator.GetByTextOptions().setExact(true))
                .filter(new Locator.FilterOptions().setVisible(true)).click();
    }

    private static void signOut(PortalPage portal) {
        portal.byId("sign-out").click();
        portal.page().waitForURL("**/login**", new Page.WaitForURLOptions().setTimeout(15_000));
    }
}
