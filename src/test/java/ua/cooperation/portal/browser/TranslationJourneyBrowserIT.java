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
        openLanguage(portal, "lt", "литовська");
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
        openLanguage(portal, "lt", "литовська");
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

    /**
     * The same in Polish for the Polish partnership (Sievierodonetsk and Lublin, shared with partners): the officer
     * describes it in Ukrainian and Polish; liaison-pl, whose portal speaks Polish, reads the Polish on the page and
     * finds it in her search; a changed original makes it "may be outdated"; without it she reads the Ukrainian,
     * marked "po ukraińsku".
     */
    @Test
    void officerDescribesThePolishPartnershipAndThePolishLiaisonReadsItInPolish(PortalPage portal) {
        var page = portal.page();
        var tag = Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 999_999));
        var description = "Співпраця з Любліном у галузі охорони здоров’я: реабілітація ветеранів (" + tag + ").";
        var polish = "Współpraca z Lublinem w ochronie zdrowia: rehabilitacja weteranów (" + tag + ").";
        var address = "/partnerships/2";

        portal.signIn("officer", "Ірина Коваленко");
        portal.open(address);
        editDescription(portal, description);
        portal.byId("partnership-translations").click();
        page.waitForURL("**/translations/partnership/**");
        openLanguage(portal, "pl", "польська", "translation-description");
        portal.byId("translation-description").locator("textarea").fill(polish);
        portal.byId("translation-save").click();
        assertThat(portal.byId("translation-description").locator("textarea")).hasValue(polish);
        portal.screenshot("translation-6-officer-polish-description");
        signOut(portal);

        portal.signIn("liaison-pl", "Agnieszka Wiśniewska");
        portal.open(address);
        assertThat(portal.byId("partnership-fact-description")).containsText(polish);
        assertThat(portal.byId("partnership-fact-description-note")).hasCount(0);
        portal.screenshot("translation-7-liaison-pl-reads-polish");
        portal.open("/search?q=rehabilitacja%20" + tag);
        assertThat(portal.byId("search-results")).containsText("Lublin");
        signOut(portal);

        portal.signIn("officer", "Ірина Коваленко");
        portal.open(address);
        editDescription(portal, description + " Меморандум готується.");
        signOut(portal);
        portal.signIn("liaison-pl", "Agnieszka Wiśniewska");
        portal.open(address);
        assertThat(portal.byId("partnership-fact-description")).containsText(polish);
        assertThat(portal.byId("partnership-fact-description-note")).hasText("tłumaczenie może być nieaktualne");
        signOut(portal);

        portal.signIn("officer", "Ірина Коваленко");
        portal.open(address);
        portal.byId("partnership-translations").click();
        page.waitForURL("**/translations/partnership/**");
        openLanguage(portal, "pl", "польська", "translation-description");
        portal.byId("translation-description").locator("textarea").fill("");
        portal.byId("translation-save").click();
        assertThat(portal.byId("translation-description-outdated")).hasCount(0);
        signOut(portal);
        portal.signIn("liaison-pl", "Agnieszka Wiśniewska");
        portal.open(address);
        assertThat(portal.byId("partnership-fact-description")).containsText("Меморандум готується.");
        assertThat(portal.byId("partnership-fact-description-note")).hasText("po ukraińsku");
        portal.screenshot("translation-8-liaison-pl-reads-the-original-marked");
    }

    private static void editDescription(PortalPage portal, String description) {
        portal.byId("partnership-edit").click();
        portal.byId("partnership-description").locator("textarea").fill(description);
        portal.byId("partnership-save").click();
        assertThat(portal.byId("partnership-fact-description")).containsText(description);
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
        var date = portal.byId("meeting-start").locator("vaadin-date-picker input");
        date.fill(day);
        date.press("Enter");
        var time = portal.byId("meeting-start").locator("vaadin-time-picker input");
        time.fill("10:00");
        time.press("Enter");
        // the form sets the end an hour after the start; typing into it while the server sets it raced the two
        assertThat(portal.byId("meeting-end").locator("vaadin-date-picker input")).hasValue(day);
        assertThat(portal.byId("meeting-end").locator("vaadin-time-picker input")).hasValue("11:00");
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

    /**
     * Opens a language's tab on the translation page and waits until its fields are drawn: typing before the server
     * has answered the click would type into the previous language's fields.
     */
    private static void openLanguage(PortalPage portal, String code, String languageName) {
        openLanguage(portal, code, languageName, "translation-title");
    }

    private static void openLanguage(PortalPage portal, String code, String languageName, String fieldId) {
        portal.byId("translation-language-" + code).click();
        assertThat(portal.byId(fieldId).locator("label")).containsText(languageName);
    }

    private static void signOut(PortalPage portal) {
        portal.byId("sign-out").click();
        portal.page().waitForURL("**/login**", new Page.WaitForURLOptions().setTimeout(15_000));
    }
}
