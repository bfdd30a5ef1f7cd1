package ua.cooperation.portal.browser;

import ua.cooperation.portal.base.PortalTime;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The heart of the meetings issue, in a real browser against the packaged portal: an officer records a follow-up
 * video call with the Lithuanian embassy (shared with partners), with two decisions and three action items, one owned
 * by the embassy liaison, one by the officer and one by the Ambassador (a registry person); the Lithuanian liaison
 * signs in, finds the item in "My action items" and marks it done; the officer sees the change, and who made it, in
 * the meeting's history.
 */
@BrowserJourney
class MeetingJourneyBrowserIT {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final String TITLE = "Відеозв’язок із посольством Литви: виконання домовленостей 22 вересня";
    private static final String LIAISON_ITEM = "Надіслати контакти литовських шкіл-партнерів";

    @Test
    void officerRecordsMeetingWithOutcomesAndTheLiaisonMarksHerItemDone(PortalPage portal) {
        var page = portal.page();
        var today = LocalDate.now(PortalTime.ZONE);
        portal.signIn("officer", "Ірина Коваленко");
        portal.open("/meetings");
        assertThat(portal.byId("meetings-grid")).isVisible();
        portal.screenshot("meeting-1-list");

        portal.byId("meetings-new").click();
        choose(portal, "meeting-type", "Відеозв’язок");
        portal.byId("meeting-title-field").locator("input").fill(TITLE);
        var start = portal.byId("meeting-start");
        var date = start.locator("vaadin-date-picker input");
        date.fill(DAY.format(today.minusDays(1)));
        date.press("Enter");
        var time = start.locator("vaadin-time-picker input");
        time.fill("10:00");
        time.press("Enter");
        // the form sets the end an hour after the start (typing into it while the server sets it raced the two)
        var end = portal.byId("meeting-end");
        assertThat(end.locator("vaadin-date-picker input")).hasValue(DAY.format(today.minusDays(1)));
        assertThat(end.locator("vaadin-time-picker input")).hasValue("11:00");
        portal.byId("meeting-online-link").locator("input").fill("https://meet.jit.si/lt-embassy-follow-up");
        var countries = portal.byId("meeting-countries").locator("input");
        countries.fill("Лит");
        page.locator("vaadin-multi-select-combo-box-item").filter(new Locator.FilterOptions().setHasText("Литва"))
                .first().click();
        countries.press("Escape");
        portal.byId("meeting-shared").locator("input").check();
        portal.screenshot("meeting-2-new");
        portal.byId("meeting-create").click();
        assertThat(portal.byId("meeting-title")).hasText(TITLE);
        page.waitForURL("**/meetings/*");
        portal.screenshot("meeting-3-details");

        portal.byId("meeting-tab-decisions").click();
        for (var text : new String[]{"Литовська сторона надає перелік шкіл, готових до партнерства.",
                "Провести онлайн-зустріч директорів шкіл до кінця місяця."}) {
            portal.byId("meeting-decision-new").click();
            portal.byId("decision-text").locator("textarea").fill(text);
            portal.byId("decision-save").click();
            assertThat(portal.byId("decision-dialog")).hasCount(0);
        }
        assertThat(portal.byId("meeting-decisions-grid")).containsText("№ 2");
        portal.screenshot("meeting-4-decisions");

        portal.byId("meeting-tab-action-items").click();
        addItem(portal, LIAISON_ITEM, "user", "Rasa", "Rasa Petrauskienė", today.plusDays(10));
        addItem(portal, "Підготувати порядок денний зустрічі директорів", "user", "Ірина", "Ірина Коваленко",
                today.plusDays(14));
        addItem(portal, "Погодити дату зустрічі директорів", "person", "Kalvait", "Arūnas Kalvaitis",
                today.plusDays(7));
        var items = portal.byId("meeting-action-items-grid");
        assertThat(items).containsText(LIAISON_ITEM);
        assertThat(items).containsText("Arūnas Kalvaitis");
        assertThat(items).containsText("Ірина Коваленко");
        portal.screenshot("meeting-5-action-items");
        var address = page.url().substring(page.url().indexOf("/meetings/"));
        var ics = page.waitForDownload(() -> portal.byId("meeting-ics").click());
        assertThat(ics.suggestedFilename()).endsWith(".ics");
        signOut(portal);

        portal.signIn("liaison-lt", "Rasa Petrauskienė");
        portal.open("/my-action-items");
        var grid = portal.byId("my-action-items-grid");
        var row = grid.locator("vaadin-grid-cell-content").getByText(LIAISON_ITEM, exact())
                .filter(new Locator.FilterOptions().setVisible(true));
        assertThat(row).isVisible();
        // the demo item of 22 September is overdue and stands out
        assertThat(grid.locator(".portal-overdue").first()).isVisible();
        portal.screenshot("meeting-6-liaison-my-action-items");
        row.click();
        assertThat(portal.byId("action-item-progress-status")).isVisible();
        portal.byId("action-item-progress-status").click();
        page.locator("vaadin-select-item").getByText("Įvykdytas", exact())
                .filter(new Locator.FilterOptions().setVisible(true)).click();
        portal.byId("action-item-progress-note").locator("textarea").fill("Sąrašas išsiųstas el. paštu.");
        portal.screenshot("meeting-7-liaison-marks-done");
        portal.byId("action-item-progress-save").click();
        assertThat(portal.byId("action-item-progress-dialog")).hasCount(0);
        assertThat(grid.locator("vaadin-grid-cell-content").getByText(LIAISON_ITEM, exact())
                .filter(new Locator.FilterOptions().setVisible(true))).hasCount(0);
        portal.byId("my-action-items-show-closed").locator("input").check();
        assertThat(grid).containsText("Sąrašas išsiųstas el. paštu.");
        portal.screenshot("meeting-8-liaison-done");
        // the liaison reads the meeting, but cannot change it
        portal.open(address);
        assertThat(portal.byId("meeting-title")).hasText(TITLE);
        assertThat(portal.byId("meeting-save")).hasCount(0);
        assertThat(portal.byId("meeting-internal-notes")).hasCount(0);
        signOut(portal);

        portal.signIn("officer", "Ірина Коваленко");
        portal.open(address);
        portal.byId("meeting-tab-action-items").click();
        assertThat(portal.byId("meeting-action-items-grid")).containsText("Виконано");
        portal.byId("meeting-tab-history").click();
        assertThat(portal.byId("meeting-history")).containsText("liaison-lt");
        portal.screenshot("meeting-9-officer-history");
        portal.open("/meetings/calendar?month=" + today.minusDays(1).toString().substring(0, 7));
        assertThat(portal.byId("meeting-calendar-grid")).containsText("Відеозв’язок із посольством Литви");
        portal.screenshot("meeting-10-calendar");
    }

    private static void addItem(PortalPage portal, String title, String ownerKind, String typed, String owner,
                                LocalDate due) {
        portal.byId("meeting-action-item-new").click();
        portal.byId("action-item-title").locator("input").fill(title);
        if (ownerKind.equals("person")) {
            portal.byId("action-item-owner-kind").locator("vaadin-radio-button").nth(1).click();
            pick(portal, "action-item-owner-person", typed, owner);
        } else {
            pick(portal, "action-item-owner-user", typed, owner);
        }
        var date = portal.byId("action-item-due").locator("input");
        date.fill(DAY.format(due));
        date.press("Enter");
        portal.byId("action-item-save").click();
        assertThat(portal.byId("action-item-dialog")).hasCount(0);
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
        portal.page().locator("vaadin-select-item").getByText(label, exact())
                .filter(new Locator.FilterOptions().setVisible(true)).click();
    }

    private static void signOut(PortalPage portal) {
        portal.byId("sign-out").click();
        portal.page().waitForURL("**/login**", new Page.WaitForURLOptions().setTimeout(15_000));
    }

    private static Locator.GetByTextOptions exact() {
        return new Locator.GetByTextOptions().setExact(true);
    }
}
