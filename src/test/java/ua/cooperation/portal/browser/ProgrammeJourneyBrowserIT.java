package ua.cooperation.portal.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import ua.cooperation.portal.programme.IatiSchema;

import java.nio.file.Files;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The heart of the programmes issue, in a real browser against the packaged portal: an officer drafts and submits a
 * children's recreation programme with a Lithuanian funder, its English text on the translation page; the head
 * returns it with a comment; the officer adds the Lithuanian translation that was asked for and submits again; the head approves; the Lithuanian liaison sees the approved programme and
 * downloads its IATI file, which validates against the IATI 2.03 schema.
 */
@BrowserJourney
class ProgrammeJourneyBrowserIT {

    @Test
    void officerSubmitsHeadReturnsOfficerResubmitsHeadApprovesLiaisonDownloadsIati(PortalPage portal)
            throws Exception {
        var page = portal.page();
        var identifier = "UA-OBL-LUH-2026-" + (System.currentTimeMillis() % 1_000_000);
        var title = "Літній табір для дітей у Друскінінкаї";
        portal.signIn("officer", "Ірина Коваленко");
        portal.open("/programmes");
        assertThat(portal.byId("programmes-grid")).isVisible();
        portal.screenshot("programme-1-list");

        portal.byId("programmes-new").click();
        portal.byId("programme-identifier").locator("input").fill(identifier);
        portal.byId("programme-title-original").locator("input").fill(title);
        portal.byId("programme-summary-original").locator("textarea")
                .fill("Оздоровлення дітей загиблих захисників і дітей із тимчасово окупованих територій.");
        date(portal, "programme-planned-start", "01.06.2026");
        date(portal, "programme-planned-end", "31.08.2026");
        multiPick(portal, "programme-countries", "Литв", "Литва (LT)");
        multiPick(portal, "programme-target-groups", "Діт", "Діти");
        choose(portal, "programme-sector", "16061 · Культура і відпочинок");
        portal.byId("programme-sector-percentage").locator("input").fill("100");
        portal.byId("programme-sector-add").click();
        assertThat(portal.byId("programme-sector-total")).hasText("Разом: 100 %");
        pick(portal, "programme-organisation", "національної оборони Литов",
                "Міністерство національної оборони Литовської Республіки");
        choose(portal, "programme-organisation-role", "Фінансує");
        portal.byId("programme-organisation-add").click();
        assertThat(portal.byId("programme-organisations")).containsText("Фінансує");
        portal.byId("programme-budget-amount").locator("input").fill("30000");
        pick(portal, "programme-budget-currency", "EUR", "EUR");
        date(portal, "programme-budget-start", "01.01.2026");
        date(portal, "programme-budget-end", "31.12.2026");
        portal.byId("programme-shared").locator("input").check();
        portal.screenshot("programme-2-new");
        portal.byId("programme-create").click();

        assertThat(portal.byId("programme-title")).hasText(title);
        page.waitForURL("**/programmes/*");
        var address = page.url().substring(page.url().indexOf("/programmes/"));
        // the English text a submission needs is a translation, written on the translation page (ADR 0040)
        var translations = "/translations/programme/" + address.substring("/programmes/".length());
        translate(portal, translations + "?language=en", "Summer camp for children in Druskininkai",
                "Recreation of children of fallen defenders and children from the occupied territories.");
        portal.open(address);
        portal.byId("programme-submit").click();
        portal.byId("programme-step-confirm").click();
        assertThat(portal.byId("programme-approval")).hasText("Подано на погодження");
        portal.screenshot("programme-3-submitted");
        signOut(portal);

        portal.signIn("head", "Олександр Бондар");
        portal.open("/programmes?approval=SUBMITTED");
        var row = portal.byId("programmes-grid").locator("vaadin-grid-cell-content").getByText(title, exact())
                .filter(new Locator.FilterOptions().setVisible(true));
        assertThat(row).isVisible();
        portal.screenshot("programme-4-head-awaiting");
        row.click();
        portal.byId("programme-return").click();
        portal.byId("programme-step-comment").locator("textarea").fill("Додайте литовську назву для партнерів.");
        portal.screenshot("programme-5-head-returns");
        portal.byId("programme-step-confirm").click();
        assertThat(portal.byId("programme-approval")).hasText("Повернуто на доопрацювання");
        signOut(portal);

        portal.signIn("officer", "Ірина Коваленко");
        portal.open(address);
        assertThat(portal.byId("programme-notice")).containsText("Додайте литовську назву для партнерів.");
        portal.screenshot("programme-6-officer-sees-comment");
        translate(portal, translations + "?language=lt", "Vasaros stovykla vaikams Druskininkuose",
                "Vaikų poilsis Druskininkuose.");
        portal.open(address);
        portal.byId("programme-submit").click();
        portal.byId("programme-step-confirm").click();
        assertThat(portal.byId("programme-approval")).hasText("Подано на погодження");
        signOut(portal);

        portal.signIn("head", "Олександр Бондар");
        portal.open(address);
        portal.byId("programme-approve").click();
        portal.byId("programme-step-comment").locator("textarea").fill("Погоджено.");
        portal.byId("programme-step-confirm").click();
        assertThat(portal.byId("programme-approval")).hasText("Погоджено");
        portal.byId("programme-tab-approval").click();
        assertThat(portal.byId("programme-approval-history")).containsText("Додайте литовську назву для партнерів.");
        portal.screenshot("programme-7-head-approved");
        signOut(portal);

        portal.signIn("liaison-lt", "Rasa Petrauskienė");
        portal.open("/programmes");
        assertThat(portal.byId("programmes-grid").locator("vaadin-grid-cell-content")
                .getByText("Vasaros stovykla vaikams Druskininkuose", exact())
                .filter(new Locator.FilterOptions().setVisible(true))).isVisible();
        portal.screenshot("programme-8-liaison-list");
        portal.open(address);
        assertThat(portal.byId("programme-title")).hasText("Vasaros stovykla vaikams Druskininkuose");
        assertThat(portal.byId("programme-save")).hasCount(0);
        var download = page.waitForDownload(() -> portal.byId("programme-iati-download").click());
        assertThat(download.suggestedFilename()).endsWith(".xml").contains(identifier);
        var content = Files.readAllBytes(download.path());
        assertThat(new String(content, java.nio.charset.StandardCharsets.UTF_8)).contains("<iati-activities",
                "<iati-identifier>" + identifier + "</iati-identifier>");
        IatiSchema.validate(content);
        portal.byId("programme-tab-budget").click();
        // the tab's content is built when it is first opened: the liaison sees the budget, read-only
        assertThat(portal.byId("programme-budget-summary")).isVisible();
        assertThat(portal.byId("programme-transaction-add")).isHidden();
        portal.screenshot("programme-9-liaison-details");
        signOut(portal);
    }

    /** Writes a programme's title and summary in one language on its translation page and saves them. */
    private static void translate(PortalPage portal, String translationPage, String title, String summary) {
        portal.open(translationPage);
        portal.byId("translation-title").locator("input").fill(title);
        portal.byId("translation-summary").locator("textarea").fill(summary);
        portal.byId("translation-save").click();
        // stored once the page says so ("Збережено"), before the next page is opened
        assertThat(portal.page().locator("vaadin-notification-card").getByText("Збережено")
                .filter(new Locator.FilterOptions().setVisible(true))).isVisible();
    }

    /** Types into a Vaadin combo box and picks the first suggestion that contains {@code label}. */
    private static void pick(PortalPage portal, String id, String typed, String label) {
        portal.byId(id).locator("input").fill(typed);
        portal.page().locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText(label))
                .first().click();
    }

    /** Types into a Vaadin multi-select combo box, picks the item, and closes the overlay. */
    private static void multiPick(PortalPage portal, String id, String typed, String label) {
        portal.byId(id).locator("input").fill(typed);
        portal.page().locator("vaadin-multi-select-combo-box-item")
                .filter(new Locator.FilterOptions().setHasText(label)).first().click();
        portal.byId(id).locator("input").press("Escape");
    }

    /** Opens a Vaadin select and chooses the item with exactly this text. */
    private static void choose(PortalPage portal, String id, String label) {
        portal.byId(id).click();
        portal.page().locator("vaadin-select-item").getByText(label, exact())
                .filter(new Locator.FilterOptions().setVisible(true)).click();
    }

    private static void date(PortalPage portal, String id, String text) {
        var input = portal.byId(id).locator("input");
        input.fill(text);
        input.press("Enter");
    }

    private static void signOut(PortalPage portal) {
        portal.byId("sign-out").click();
        portal.page().waitForURL("**/login**", new Page.WaitForURLOptions().setTimeout(15_000));
    }

    private static Locator.GetByTextOptions exact() {
        return new Locator.GetByTextOptions().setExact(true);
    }
}
