package ua.cooperation.portal.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Issue 20's journey in a real browser against the packaged portal: the officer has the portal open; in another
 * browser the head returns the officer's submitted programme with a remark; without a reload the officer's bell counts
 * one more (the layout polls), she opens the inbox, reads the head's remark and follows the link to the programme.
 */
@BrowserJourney
class NotificationJourneyBrowserIT {

    /** The demo programme the officer submitted (Polish psychological support, demo 0950). */
    private static final String SUBMITTED_PROGRAMME = "/programmes/2";
    /** The bell counts again every 20 s (portal.notifications.poll-seconds); give it two rounds. */
    private static final double POLL_WAIT_MS = 50_000;

    @Test
    void headReturnsAProgrammeAndTheOfficersBellCountsItWithoutAReload(PortalPage portal) {
        var officerPage = portal.page();
        portal.signIn("officer", "Ірина Коваленко");
        portal.open("/");
        var bell = portal.byId("navbar-notifications");
        assertThat(bell).isVisible();
        int before = count(portal);
        portal.screenshot("notification-1-officer-before");

        var remark = "Уточніть кількість родин, яким надано підтримку. " + System.currentTimeMillis() % 100_000;
        try (var head = portal.another()) {
            head.signIn("head", "Олександр Бондар");
            head.open(SUBMITTED_PROGRAMME);
            head.byId("programme-return").click();
            head.byId("programme-step-comment").locator("textarea").fill(remark);
            head.screenshot("notification-2-head-returns");
            head.byId("programme-step-confirm").click();
            assertThat(head.byId("programme-approval")).hasText("Повернуто на доопрацювання");
        }

        // no reload: the same page, its URL unchanged, the count arrives by polling
        assertThat(portal.byId("navbar-notifications-count")).hasText(Integer.toString(before + 1),
                new LocatorAssertions.HasTextOptions().setTimeout(POLL_WAIT_MS));
        assertThat(bell).hasAttribute("aria-label", java.util.regex.Pattern.compile(".*" + (before + 1) + ".*"));
        portal.screenshot("notification-3-officer-bell");

        bell.click();
        officerPage.waitForURL("**/inbox**");
        assertThat(portal.byId("inbox-grid")).containsText(remark);
        portal.screenshot("notification-4-inbox");
        // the newest notification is the head's return; its button opens the programme
        officerPage.locator("[id^=inbox-open-]").first().click();
        officerPage.waitForURL("**" + SUBMITTED_PROGRAMME, new Page.WaitForURLOptions().setTimeout(15_000));
        assertThat(portal.byId("programme-notice")).containsText(remark);
        portal.screenshot("notification-5-programme");
    }

    /** The bell's number; without a badge (Flow does not render a hidden one) none is unread. */
    private static int count(PortalPage portal) {
        var badge = portal.byId("navbar-notifications-count");
        if (badge.count() == 0 || !badge.isVisible()) {
            return 0;
        }
        var text = badge.textContent();
        return text == null || text.isBlank() ? 0 : Integer.parseInt(text.strip().replace("+", ""));
    }
}
