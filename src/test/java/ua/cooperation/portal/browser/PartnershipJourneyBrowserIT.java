package ua.cooperation.portal.browser;

import ua.cooperation.portal.base.PortalTime;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The heart of the partnerships issue, in a real browser against the packaged portal: an officer proposes a
 * partnership between a Luhansk-region hromada (Kreminna) and Druskininkai, uploads the signed agreement and proposes
 * "Signed"; the head confirms it; the Lithuanian liaison sees it and downloads the agreement; the Polish liaison gets
 * "not found" for its address.
 */
@BrowserJourney
class PartnershipJourneyBrowserIT {

    @Test
    void officerProposesHeadConfirmsLiaisonSeesAndAnotherLiaisonDoesNot(PortalPage portal) {
        var page = portal.page();
        portal.signIn("officer", "Ірина Коваленко");
        portal.open("/partnerships");
        assertThat(portal.byId("partnerships-grid")).isVisible();
        portal.screenshot("partnership-1-list");

        portal.byId("partnerships-new").click();
        pick(portal, "partnership-ukrainian", "Kremin", "Кремінська");
        pick(portal, "partnership-partner-municipality", "Druskin", "Друскінінкайське самоврядування");
        choose(portal, "partnership-type", "Побратимство");
        portal.byId("partnership-shared").locator("input").check();
        portal.screenshot("partnership-2-new");
        portal.byId("partnership-create").click();

        var title = "Кремінська — Друскінінкайське самоврядування";
        assertThat(portal.byId("partnership-title")).hasText(title);
        page.waitForURL("**/partnerships/*");
        var address = page.url().substring(page.url().indexOf("/partnerships/"));

        // the agreement, shared with partners
        portal.byId("partnership-tab-documents").click();
        choose(portal, "partnership-document-type", "Угода або меморандум");
        portal.byId("partnership-document-title").locator("input").fill("Угода про побратимство");
        portal.byId("partnership-document-shared").locator("input").check();
        portal.byId("partnership-document-upload").locator("input[type=file]")
                .setInputFiles(new FilePayload("Угода Кремінна–Друскінінкай.pdf", "application/pdf", ua.cooperation.portal.testsupport.TestFiles.PDF));
        assertThat(portal.byId("partnership-document-upload").locator("vaadin-upload-file")).isVisible();
        page.waitForTimeout(500);
        portal.byId("partnership-document-save").click();
        assertThat(portal.byId("partnership-documents-grid").locator("vaadin-grid-cell-content")
                .getByText("Угода про побратимство", exact())).isVisible();
        portal.screenshot("partnership-3-agreement-uploaded");

        portal.byId("partnership-move").click();
        choose(portal, "partnership-status-target", "Переговори");
        portal.byId("partnership-status-save").click();
        assertThat(portal.byId("partnership-status")).hasText("Переговори");

        portal.byId("partnership-propose-signing").click();
        var date = portal.byId("partnership-status-date").locator("input");
        date.fill(DateTimeFormatter.ofPattern("dd.MM.yyyy").format(LocalDate.now(PortalTime.ZONE)));
        date.press("Enter");
        portal.screenshot("partnership-4-propose-signing");
        portal.byId("partnership-status-save").click();
        assertThat(portal.byId("partnership-status")).containsText("очікує підтвердження");
        portal.screenshot("partnership-5-awaiting");
        signOut(portal);

        portal.signIn("head", "Олександр Бондар");
        portal.open("/partnerships?awaiting=true");
        var row = portal.byId("partnerships-grid").locator("vaadin-grid-cell-content").getByText(title, exact())
                .filter(new Locator.FilterOptions().setVisible(true));
        assertThat(row).isVisible();
        portal.screenshot("partnership-6-head-awaiting-list");
        // the list as it is filtered, to Excel
        var xlsx = page.waitForDownload(() -> portal.byId("partnerships-export-xlsx").click());
        assertThat(xlsx.suggestedFilename()).startsWith("partnerships-").endsWith(".xlsx");
        assertThat(xlsx.failure()).isNull();
        row.click();
        portal.byId("partnership-confirm-signing").click();
        portal.byId("partnership-status-save").click();
        assertThat(portal.byId("partnership-status")).hasText("Підписано");
        portal.byId("partnership-tab-status-history").click();
        assertThat(portal.byId("partnership-status-history")).containsText("Підписання підтверджено");
        portal.screenshot("partnership-7-head-confirmed");
        signOut(portal);

        portal.signIn("liaison-lt", "Rasa Petrauskienė");
        portal.open("/partnerships");
        var lithuanianTitle = "Kreminska — Druskininkų savivaldybė";
        assertThat(portal.byId("partnerships-grid").locator("vaadin-grid-cell-content")
                .getByText(lithuanianTitle, exact()).filter(new Locator.FilterOptions().setVisible(true)))
                .isVisible();
        portal.screenshot("partnership-8-liaison-list");
        portal.open(address);
        assertThat(portal.byId("partnership-title")).hasText(lithuanianTitle);
        assertThat(portal.byId("partnership-status")).hasText("Pasirašyta");
        portal.byId("partnership-tab-documents").click();
        var download = page.waitForDownload(() -> portal.byId("partnership-documents-grid")
                .locator("a[id^=partnership-document-download-]").first().click());
        assertThat(download.suggestedFilename()).isEqualTo("Угода Кремінна–Друскінінкай.pdf");
        portal.screenshot("partnership-9-liaison-details");
        signOut(portal);

        portal.signIn("liaison-pl", "Agnieszka Wiśniewska");
        portal.open(address);
        assertThat(portal.byId("not-found")).isVisible();
        assertThat(portal.byId("partnership-title")).hasCount(0);
        assertThat(portal.visibleText()).doesNotContain("Кремінська", "Kreminska", "Druskinink");
        portal.screenshot("partnership-10-other-liaison-not-found");
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
