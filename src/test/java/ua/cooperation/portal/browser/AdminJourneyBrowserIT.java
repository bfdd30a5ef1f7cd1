package ua.cooperation.portal.browser;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** An administrator checks the users and downloads the security log as CSV, in the real browser. */
@BrowserJourney
class AdminJourneyBrowserIT {

    @Test
    void administratorSeesUsersAndExportsTheSecurityLog(PortalPage portal) throws Exception {
        portal.signIn("admin", "Олена Адміністратор");

        portal.open("/admin/users");
        assertThat(portal.byId("users-grid").locator("vaadin-grid-cell-content").getByText("liaison-lt"))
                .isVisible();
        portal.screenshot("admin-1-users");

        portal.open("/admin/audit");
        assertThat(portal.byId("audit-grid")).isVisible();
        portal.screenshot("admin-2-security-log");
        var download = portal.page().waitForDownload(() -> portal.byId("audit-export-csv").click());
        assertThat(download.suggestedFilename()).startsWith("security-events-").endsWith(".csv");
        var csv = Files.readString(download.path(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFid,occurred_at_utc,event,username,detail").contains("SIGN_IN,admin");
    }
}
