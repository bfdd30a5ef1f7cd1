package ua.cooperation.portal.browser;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Lithuanian liaison sees the portal in Lithuanian (her stored preference beats the browser's Ukrainian) and
 * only her own country; another country's address shows the same "not found" page as an address that does not exist.
 */
@BrowserJourney
class LiaisonJourneyBrowserIT {

    @Test
    void liaisonSeesOnlyLithuania(PortalPage portal) {
        var page = portal.page();

        portal.signIn("liaison-lt", "Rasa Petrauskienė");
        portal.screenshot("liaison-1-home");

        portal.open("/countries");
        var grid = portal.byId("countries-grid");
        // Translated on purpose: Lithuanian UI.
        assertThat(portal.byId("countries-count")).hasText("Šalių: 1");
        assertThat(grid.locator("vaadin-grid-cell-content").getByText("Lietuva", exact())).isVisible();
        // The grid knows of exactly one item (the lazy data provider reached its end).
        page.waitForFunction("grid => grid.size === 1", grid.elementHandle());
        portal.screenshot("liaison-2-countries");

        portal.open("/countries/PL");
        assertThat(portal.byId("not-found")).isVisible();
        assertThat(portal.byId("country-title")).hasCount(0);
        assertThat(portal.visibleText()).doesNotContain("Lenkija", "Poland", "Polska", "Польща");
        assertThat(page.content()).doesNotContain("Lenkija", "Poland", "Polska", "Польща");
        portal.screenshot("liaison-3-poland-not-found");

        portal.open("/countries/LT");
        assertThat(portal.byId("country-title")).hasText("Lietuva");
        portal.screenshot("liaison-4-lithuania");
    }

    private static Locator.GetByTextOptions exact() {
        return new Locator.GetByTextOptions().setExact(true);
    }
}
