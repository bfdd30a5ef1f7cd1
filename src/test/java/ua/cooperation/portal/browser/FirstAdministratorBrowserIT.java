package ua.cooperation.portal.browser;

import org.junit.jupiter.api.Test;
import ua.cooperation.portal.testsupport.PackagedPortal;

import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 17, item 8: the packaged jar started as it is deployed, without the {@code demo} profile, on an empty database
 * (ADR 0036) has no demo users, writes a one-time link for the first administrator to its log, and its sign-in page
 * says so; following the link sets the password of {@code admin}, who then signs in (and sets up the second factor that
 * administrators need). A portal of its own, next to the journeys' demo portal.
 */
@BrowserJourney
class FirstAdministratorBrowserIT {

    private static final Pattern LINK = Pattern.compile("First administrator:.*?\\s(http://\\S+/set-password/\\S+)",
            Pattern.DOTALL);
    private static final Duration LINK_TIMEOUT = Duration.ofSeconds(Long.getLong("portal.startup-timeout-seconds",
            360));
    private static final String PASSWORD = "lilac garden by the Dnipro 2026";

    private PackagedPortal packaged;

    @Test
    void a_packaged_start_without_demo_data_asks_for_the_first_administrator_through_a_link_in_its_log(
            PortalPage demoPortal) {
        // started here, not in a @BeforeAll: a run without Chromium skips this journey before it gets here
        try (var started = PackagedPortal.start("first-admin",
                dataDir -> PackagedPortal.testDatabase("portal_first_admin"), "")) {
            packaged = started;
            journey(demoPortal);
        }
    }

    private void journey(PortalPage demoPortal) {
        var link = linkFromTheLog();
        assertTrue(link.startsWith(packaged.baseUrl() + "/set-password/"), link);
        try (var portal = demoPortal.onPortal(packaged.baseUrl())) {
            var page = portal.page();

            // no demo users: the demo officer's sign-in fails like any unknown user's
            portal.submitSignIn("officer", PortalPage.DEMO_PASSWORD);
            page.waitForURL(Pattern.compile(".*/login\\?error$"));
            assertThat(portal.byId("current-user")).hasCount(0);
            portal.submitSignIn("admin", PortalPage.DEMO_PASSWORD);
            page.waitForURL(Pattern.compile(".*/login\\?(error|disabled)$"));
            assertThat(portal.byId("current-user")).hasCount(0);

            // the sign-in page says where the way in is (translated: the browser asks for Ukrainian)
            portal.open("/login");
            assertThat(portal.byId("login-no-administrator")).isVisible();
            assertThat(portal.byId("login-no-administrator")).containsText("Портал ще не має адміністратора");
            assertThat(portal.byId("login-no-administrator")).containsText("First administrator:");
            portal.screenshot("first-administrator-1-login");

            page.navigate(link);
            assertThat(portal.byId("set-password-submit")).isVisible();
            assertThat(page.getByText("admin")).not().hasCount(0);
            portal.screenshot("first-administrator-2-set-password");
            page.locator("#new-password input").fill(PASSWORD);
            page.locator("#new-password-repeat input").fill(PASSWORD);
            portal.byId("set-password-submit").click();
            assertThat(portal.byId("set-password-login")).isVisible();

            portal.signIn("admin", PASSWORD, "Administrator");
            portal.screenshot("first-administrator-3-signed-in");
        }
        try (var later = demoPortal.onPortal(packaged.baseUrl())) {
            later.open("/login");
            assertThat(later.byId("login-form")).isVisible();
            assertThat(later.byId("login-no-administrator")).hasCount(0);
            // the link was used up
            later.page().navigate(link);
            assertThat(later.byId("set-password-result")).isVisible();
            assertEquals(0, later.byId("set-password-submit").count());
        }
    }

    /** The link of the log's first-administrator notice; the runner writes it just after the web server started. */
    private String linkFromTheLog() {
        var deadline = Instant.now().plus(LINK_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            var matcher = LINK.matcher(packaged.logText());
            if (matcher.find()) {
                return matcher.group(1);
            }
            try {
                // polling a log file that another process writes: there is no event to wait for
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("no first-administrator link in the log of the portal started without demo data:\n"
                + packaged.logText());
    }
}
