package ua.cooperation.portal.browser;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * An officer opens Lithuania's honorary consulate for Luhansk oblast, sees its current honorary consul, and adds a
 * colleague as honorary vice-consul through the "add a post" dialog (a lazy person picker and a date picker).
 */
@BrowserJourney
class RegistryJourneyBrowserIT {

    @Test
    void officerAddsAnHonoraryViceConsulToTheConsulate(PortalPage portal) {
        var page = portal.page();
        portal.signIn("officer", "Ірина Коваленко");

        portal.open("/organisations");
        var grid = portal.byId("organisations-grid");
        portal.byId("organisations-search").locator("input").fill("Почесне консульство");
        // Translated on purpose: the officer's browser asks for Ukrainian. Wait until the filter has narrowed the list.
        assertThat(portal.byId("organisations-count")).hasText("Організацій: 1");
        page.waitForFunction("grid => grid.size === 1", grid.elementHandle());
        var consulate = grid.locator("vaadin-grid-cell-content")
                .getByText("Почесне консульство Литовської Республіки в Луганській області", exact())
                // the grid keeps recycled rows in the page; only the shown one counts
                .filter(new Locator.FilterOptions().setVisible(true));
        assertThat(consulate).isVisible();
        portal.screenshot("registry-1-organisations");
        consulate.click();
        assertThat(portal.byId("organisation-title"))
                .hasText("Почесне консульство Литовської Республіки в Луганській області");

        portal.byId("organisation-tab-people").click();
        var current = portal.byId("organisation-current-holders");
        assertThat(current.locator("vaadin-grid-cell-content").getByText("Олег Мирошниченко", exact()))
                .isVisible();
        portal.screenshot("registry-2-consulate-people");

        portal.byId("organisation-add-position").click();
        var person = portal.byId("position-choice");
        person.locator("input").fill("Mockut");
        page.locator("vaadin-combo-box-item").getByText("Rūta Mockutė").click();
        portal.byId("position-title").locator("input").fill("Почесний віце-консул");
        var from = portal.byId("position-from").locator("input");
        from.fill("01.03.2025");
        from.press("Enter");
        portal.screenshot("registry-3-add-post");
        portal.byId("position-save").click();

        assertThat(portal.byId("position-dialog")).hasCount(0);
        assertThat(current.locator("vaadin-grid-cell-content").getByText("Rūta Mockutė", exact())).isVisible();
        assertThat(current.locator("vaadin-grid-cell-content").getByText("Почесний віце-консул", exact()))
                .isVisible();
        portal.screenshot("registry-4-vice-consul-added");

        // the new post is in the consulate's history: who added it, and what
        portal.byId("organisation-tab-history").click();
        var history = portal.byId("organisation-history");
        assertThat(history).containsText("Почесний віце-консул — Rūta Mockutė");
        assertThat(history).containsText("Створено");
        assertThat(history).containsText("officer");
        portal.screenshot("registry-5-history");
    }

    private static Locator.GetByTextOptions exact() {
        return new Locator.GetByTextOptions().setExact(true);
    }
}
