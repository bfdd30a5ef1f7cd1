package ua.cooperation.portal.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An officer signs in, sees all countries of the world (scrolling to the end), searches for Lithuania, opens it. */
@BrowserJourney
class OfficerJourneyBrowserIT {

    private static final Pattern COUNT = Pattern.compile("Країн: (\\d+)");

    @Test
    void officerFindsLithuaniaAmongAllCountries(PortalPage portal) {
        var page = portal.page();

        portal.signIn("officer", "Ірина Коваленко");
        assertThat(portal.byId("main-nav")).isVisible();
        portal.screenshot("officer-1-home");

        portal.open("/countries");
        var grid = portal.byId("countries-grid");
        assertThat(grid).isVisible();
        // Translated on purpose: the officer has no stored language, so the browser's Ukrainian applies.
        var count = portal.byId("countries-count");
        assertThat(count).hasText(COUNT);
        var all = countIn(count.textContent());
        assertTrue(all >= 200, "An officer sees every country, but the list counts only " + all);
        // Rows are rendered: more filled cells than the four column headers.
        page.waitForFunction("grid => [...grid.querySelectorAll('vaadin-grid-cell-content')]"
                + ".filter(cell => cell.textContent.trim() !== '').length >= 20", grid.elementHandle());
        portal.screenshot("officer-2-countries");
        // The lazy grid learns its real size only at the end of the data: scroll down until it knows all of them.
        page.waitForFunction("([grid, total]) => { grid.scrollToIndex(grid.size - 1); return grid.size === total; }",
                List.of(grid.elementHandle(), all), new Page.WaitForFunctionOptions().setPollingInterval(250));
        portal.screenshot("officer-3-countries-end");

        portal.byId("countries-search").locator("input").fill("Лит");
        assertThat(count).not().hasText("Країн: " + all);
        var lithuania = grid.locator("vaadin-grid-cell-content").getByText("Литва", exact());
        assertThat(lithuania).isVisible();
        assertTrue(countIn(count.textContent()) < all, "The search should narrow the list");
        portal.screenshot("officer-4-search");

        lithuania.click();
        page.waitForURL(Pattern.compile(".*/countries/LT$"));
        assertThat(portal.byId("country-title")).hasText("Литва");
        portal.screenshot("officer-5-lithuania");

        // The address itself works too, e.g. from a bookmark.
        portal.open("/countries/LT");
        assertThat(portal.byId("country-title")).hasText("Литва");
    }

    private static Locator.GetByTextOptions exact() {
        return new Locator.GetByTextOptions().setExact(true);
    }

    private static int countIn(String text) {
        var matcher = COUNT.matcher(text.strip());
        assertTrue(matcher.matches(), "Unexpected count label: " + text);
        return Integer.parseInt(matcher.group(1));
    }
}
