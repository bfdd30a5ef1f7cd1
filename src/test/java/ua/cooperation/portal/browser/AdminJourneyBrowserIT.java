package ua.cooperation.portal.browser;

import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator checks the users and downloads the security log as CSV, in the real browser. Signing in, the
 * administrator gives the second factor, after which the session has a new id ({@link PortalPage#signIn}).
 */
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
        assertThat(csv).startsWith("\uFEFFid,occurred_at_utc,event,username,detail,client_address,session")
                .contains("SIGN_IN,admin");
        // the sign-in was completed by the second factor, in a Vaadin request: it still knows where it came from
        var signIn = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.substring(1))).getRecords().stream()
                .filter(row -> row.get("event").equals("SIGN_IN") && row.get("username").equals("admin"))
                .findFirst().orElseThrow();
        assertThat(signIn.get("detail")).startsWith("second factor");
        assertThat(signIn.get("client_address")).isNotBlank();
        assertThat(signIn.get("session")).matches("[0-9a-f]{16}");
    }
}
