package ua.cooperation.portal.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import ua.cooperation.portal.base.PortalTime;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19 in a real browser against the packaged portal: the officer records a meeting's minutes in Ukrainian and
 * translates title and minutes into Lithuanian beside the original; the Lithuanian liaison reads them in Lithuanian
 * on the page, in the meeting's .ics file and in her search ("vaikų" finds it); after the officer changes the
 * Ukrainian minutes the Lithuanian shows "may be outdated"; after the Lithuanian minutes are removed she reads the
 * Ukrainian original with a marker naming its language.
 */
@BrowserJourney
class TranslationJourneyBrowserIT {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Test
    void officerTranslatesMinutesAndTheLiaisonReadsThemInLithuanian(PortalPage portal) throws IOException {
        var page = portal.page();
        // the journey may run again on the same database: its words are its own
        var tag = Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 999_999));
        var title = "Онлайн-нарада з литовськими школами " + tag;
        var lithuanianTitle = "Nuotolinis pasitarimas su Lietuvos mokyklomis " + tag;
        var minutes = "Сторони погодили літній табір для 25 дітей у Друскінінкаю.";
        var lithuanianMinutes = "Šalys sutarė dėl vasaros stovyklos 25 vaikų Druskininkuose (" + tag + ").";

        portal.signIn("officer", "Ірина Коваленко");
        var address = newSharedMeeting(portal, title);
        portal.byId("meeting-edit").click();
        portal.byId("meeting-minutes").locator("textarea").fill(minutes);
        portal.byId("meeting-save").click();
        assertThat(portal.byId("meeting-fact-minutes")).containsText(minutes);

        portal.byId("meeting-translations").click();
        page.waitForURL("**/translations/meeting/**");
        portal.byId("translation-language-lt").click();
        assertThat(portal.byId("translation-original-minutes")).containsText(minutes);
        portal.byId("translation-title").locator("input").fill(lithuanianTitle);
        portal.byId("translation-minutes").locator("textarea").fill(lithuanianMinutes);
        portal.screenshot("translation-1-officer-beside-the-original");
        portal.byId("translation-save").click();
        assertThat(portal.byId("translation-minutes").locator("textarea")).hasValue(lithuanianMinutes);
        signOut(portal);

        // the liaison reads the page, the .ics and her search in Lithuanian
        portal.signIn("liaison-lt", "Rasa Petrauskienė");
        portal.open(address);
        assertThat(portal.byId("meeting-title")).hasText(lithuanianTitle);
        assertThat(portal.byId("meeting-fact-minutes")).containsText(lithuanianMinutes);
        assertThat(portal.byId("meeting-fact-minutes-note")).hasCount(0);
        portal.screenshot("translation-2-liaison-reads-lithuanian");
        var download = page.waitForDownload(() -> portal.byId("meeting-ics").click());
        // iCalendar folds long lines (RFC 5545 3.1): unfold before reading
        var ics = Files.readString(download.path(), StandardCharsets.UTF_8).replace("\r\n ", "");
        assertThat(ics).contains("LANGUAGE=lt").contains(lithuanianTitle).doesNotContain(title);
        portal.open("/search?q=vaik%C5%B3%20" + tag);
        assertThat(portal.byId("search-results")).containsText(lithuanianTitle);
        portal.screenshot("translation-3-liaison-finds-vaiku");
        signOut(portal);

        // the officer changes the Ukrainian minutes: the Lithuanian may now be outdated
        portal.signIn("officer", "Ірина Коваленко");
        portal.open(address);
        portal.byId("meeting-edit").click();
        portal.byId("meeting-minutes").locator("textarea").fill(minutes + " Дати уточнять до 1 травня.");
        portal.byId("meeting-save").click();
        assertThat(portal.byId("meeting-fact-minutes")).containsText("Дати уточнять");
        signOut(portal);

        portal.signIn("liaison-lt", "Rasa Petrauskienė");
        portal.open(address);
        assertThat(portal.byId("meeting-fact-minutes")).containsText(lithuanianMinutes);
        assertThat(portal.byId("meeting-fact-minutes-note")).hasText("vertimas gali būti pasenęs");
        portal.screenshot("translation-4-liaison-sees-outdated");
        signOut(portal);

        // the officer removes the Lithuanian minutes: the liaison reads the Ukrainian, marked as such
        portal.signIn("officer", "Ірина Коваленко");
        portal.open(address);
        portal.byId("meeting-translations").click();
        page.waitForURL("**/translations/meeting/**");
        portal.byId("translation-language-lt").click();
        assertThat(portal.byId("translation-minutes-outdated")).isVisible();
        portal.byId("translation-minutes").locator("textarea").fill("");
        portal.byId("translation-save").click();
        assertThat(portal.byId("translation-minutes-outdated")).hasCount(0);
        signOut(portal);

        portal.signIn("liaison-lt", "Rasa Petrauskienė");
        portal.open(address);
        assertThat(portal.byId("meeting-title")).hasText(lithuanianTitle);
        assertThat(portal.byId("meeting-fact-minutes")).containsText("Дати уточнять");
        assertThat(portal.byId("meeting-fact-minutes-note")).hasText("ukrainiečių kalba");
        portal.screenshot("translation-5-liaison-reads-the-original-marked");
    }

    /** Creates a meeting with Lithuania, shared with partners, three days ahead; returns its address. */
    private static String newSharedMeeting(PortalPage portal, String title) {
        var page = portal.page();
        var day = DAY.format(LocalDate.now(PortalTime.ZONE).plusDays(3));
        portal.open("/meetings");
        portal.byId("meetings-new").click();
        portal.byId("meeting-type").click();
        page.locator("vaadin-select-item").getByText("Відеозв’язок", new Locator.GetByTextOptions().setExact(true))
                .filter(new Locator.FilterOptions().setVisible(true)).click();
        portal.byId("meeting-title-field").locator("input").fill(title);
        for (var id : new String[]{"meeting-start", "meeting-end"}) {
            var date = portal.byId(id).locator("vaadin-date-picker input");
            date.fill(day);
            date.press("Enter");
            var time = portal.byId(id).locator("vaadin-time-picker input");
            time.fill(id.equals("meeting-start") ? "10:00" : "11:00");
            time.press("Enter");
        }
        var countries = portal.byId("meeting-countries").locator("input");
        countries.fill("Лит");
        page.locator("vaadin-multi-select-combo-box-item").filter(new Locator.FilterOptions().setHasText("Литва"))
                .first().click();
        countries.press("Escape");
        portal.byId("meeting-shared").locator("input").check();
        portal.byId("meeting-create").click();
        assertThat(portal.byId("meeting-title")).hasText(title);
        page.waitForURL("**/meetings/*");
        return page.url().substring(page.url().indexOf("/meetings/"));
    }

    private static void signOut(PortalPage portal) {
        portal.byId("sign-out").click();
        portal.page().waitForURL("**/login**", new Page.WaitForURLOptions().setTimeout(15_000));
    }
}
