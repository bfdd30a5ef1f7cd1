package ua.cooperation.portal.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import ua.cooperation.portal.base.PortalTime;
import ua.cooperation.portal.testsupport.TestFiles;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 21's journey in a real browser against the packaged portal: the Lithuanian liaison proposes a visit of a
 * Lithuanian delegation; the officer accepts it with another date than offered; both open the meeting that the
 * acceptance recorded; the liaison adds an agenda point and uploads a document, which waits for the office; the officer
 * accepts the document; the liaison comments; the Polish liaison finds none of it (the proposal and the meeting answer
 * "not found"); the guest of the IOM mission opens the call shared with her mission.
 */
@BrowserJourney
class PartnerParticipationBrowserIT {

    /** The date pickers take the reader's short date form: Lithuanian y-MM-dd, Ukrainian dd.MM.yyyy. */
    private static final DateTimeFormatter LITHUANIAN_DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter UKRAINIAN_DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Test
    void aLiaisonProposesAVisitTheOfficeAcceptsItAndShePrepares(PortalPage portal) {
        var page = portal.page();
        var today = LocalDate.now(PortalTime.ZONE);
        var topic = "Alytaus mokyklų delegacijos vizitas " + System.currentTimeMillis() % 100_000;

        // the liaison proposes, from her start page
        portal.signIn("liaison-lt", "Rasa Petrauskienė");
        portal.open("/");
        portal.byId("dashboard-liaison-propose").click();
        page.waitForURL("**/proposals**");
        if (portal.byId("proposal-create-dialog").count() == 0) {
            portal.byId("proposals-new").click();
        }
        assertThat(portal.byId("proposal-title")).isVisible();
        portal.byId("proposal-kind").click();
        page.locator("vaadin-select-item[role=option]").filter(new Locator.FilterOptions().setVisible(true)).nth(1).click();
        portal.byId("proposal-title").locator("input").fill(topic);
        portal.byId("proposal-description").locator("textarea")
                .fill("Mokyklų bendradarbiavimas: Starobilsko ir Alytaus mokyklų mainai.");
        dateTime(portal, "proposal-option-1-start", LITHUANIAN_DAY.format(today.plusDays(40)), "10:00");
        dateTime(portal, "proposal-option-1-end", LITHUANIAN_DAY.format(today.plusDays(40)), "12:00");
        portal.byId("proposal-place").locator("input").fill("Dnipras");
        portal.byId("proposal-participants").locator("textarea")
                .fill("Alytaus savivaldybės švietimo skyriaus vedėja; dvi mokyklų direktorės");
        portal.screenshot("partner-1-liaison-proposes");
        portal.byId("proposal-create").click();
        page.waitForURL(Pattern.compile(".*/proposals/\\d+$"));
        var proposalPath = "/proposals/" + lastSegment(page.url());
        assertThat(portal.byId("proposal-page-title")).containsText(topic);
        portal.screenshot("partner-2-proposal-page");

        // the officer accepts it, with another date than offered
        String meetingPath;
        try (var officer = portal.another()) {
            officer.signIn("officer", "Ірина Коваленко");
            officer.open(proposalPath);
            assertThat(officer.byId("proposal-page-title")).containsText(topic);
            officer.byId("proposal-accept").click();
            officer.byId("proposal-accept-other").click();
            dateTime(officer, "proposal-accept-start", UKRAINIAN_DAY.format(today.plusDays(45)), "11:00");
            // the end follows the start (an hour later, the same day); the officer makes it two hours
            var endTime = officer.byId("proposal-accept-end").locator("vaadin-time-picker input");
            assertThat(endTime).hasValue("12:00");
            endTime.fill("13:00");
            endTime.press("Enter");
            officer.screenshot("partner-3-officer-accepts-another-date");
            officer.byId("proposal-accept-confirm").click();
            var link = officer.byId("proposal-meeting-link");
            assertThat(link).isVisible();
            meetingPath = "/" + link.getAttribute("href").replaceFirst("^/", "");
            officer.open(meetingPath);
            assertThat(officer.byId("meeting-title")).containsText(topic);
            officer.screenshot("partner-4-officer-sees-the-meeting");
        }

        // the liaison sees the meeting too, adds an agenda point and proposes a document
        portal.open(meetingPath);
        assertThat(portal.byId("meeting-title")).containsText(topic);
        portal.byId("meeting-tab-agenda-points").click();
        var point = "Mokinių mainų programa 2027 m. vasarai";
        portal.byId("agenda-point-text").locator("textarea").fill(point);
        portal.byId("agenda-point-add").click();
        assertThat(page.locator("[id^=agenda-point-]").filter(new Locator.FilterOptions().setHasText(point)).first())
                .isVisible();
        portal.screenshot("partner-5-agenda-point");

        portal.byId("meeting-tab-documents").click();
        portal.byId("meeting-document-type").click();
        page.locator("vaadin-select-item[role=option]").filter(new Locator.FilterOptions().setVisible(true)).first().click();
        var documentTitle = "Alytaus mokyklų sąrašas";
        portal.byId("meeting-document-title").locator("input").fill(documentTitle);
        portal.byId("meeting-document-upload").locator("input[type=file]")
                .setInputFiles(new FilePayload("mokyklos.pdf", "application/pdf", TestFiles.PDF));
        assertThat(portal.byId("meeting-document-upload").locator("vaadin-upload-file")).isVisible();
        page.waitForTimeout(500);
        portal.byId("meeting-document-save").click();
        var status = page.locator("[id^=meeting-document-status-]").first();
        assertThat(status).isVisible();
        var documentId = lastSegment(status.getAttribute("id"));
        portal.screenshot("partner-6-document-pending");

        // the officer accepts the document
        try (var officer = portal.another()) {
            officer.signIn("officer", "Ірина Коваленко");
            officer.open(meetingPath);
            officer.byId("meeting-tab-documents").click();
            var accept = officer.byId("meeting-document-accept-" + documentId);
            assertThat(accept).isVisible();
            accept.click();
            officer.screenshotQuietly("partner-7a-officer-after-accept");
            assertThat(officer.byId("meeting-document-accept-" + documentId)).hasCount(0);
            officer.screenshot("partner-7-officer-accepted-document");
        }

        // the liaison comments; her document is no longer waiting
        portal.open(meetingPath);
        portal.byId("meeting-tab-documents").click();
        assertThat(portal.byId("meeting-documents-grid")).containsText(documentTitle);
        assertThat(portal.byId("meeting-document-status-" + documentId)).hasCount(0);
        portal.byId("meeting-tab-comments").click();
        var comment = "Ačiū! Delegacijos sąrašą atsiųsiu iki penktadienio.";
        portal.byId("comment-body").locator("textarea").fill(comment);
        portal.byId("comment-add").click();
        assertThat(portal.byId("comments-list")).containsText(comment);
        portal.screenshot("partner-8-comment");

        // the Polish liaison finds none of it: the proposal and the meeting answer like missing records
        try (var polish = portal.another()) {
            polish.signIn("liaison-pl", "Agnieszka Wiśniewska");
            polish.open("/meetings/999999999");
            assertThat(polish.byId("not-found")).isVisible();
            var missing = polish.visibleText();
            for (var address : new String[]{meetingPath, proposalPath, "/proposals/999999999"}) {
                polish.open(address);
                assertThat(polish.byId("not-found")).isVisible();
                assertThat(polish.visibleText()).as(address).isEqualTo(missing).doesNotContain(topic);
            }
            polish.screenshot("partner-9-polish-liaison-not-found");
        }

        // the IOM mission's guest opens the call shared with her mission, and not the Lithuanian meeting
        try (var iom = portal.another()) {
            iom.signIn("guest-iom", "Hanna Lind (IOM)");
            iom.open("/meetings/3");
            assertThat(iom.byId("meeting-title")).isVisible();
            iom.screenshot("partner-10-iom-guest-meeting");
            iom.open(meetingPath);
            assertThat(iom.byId("not-found")).isVisible();
        }
    }

    /** Types a day and a time into a Vaadin date-time picker as a person would, confirming each with Enter. */
    private static void dateTime(PortalPage portal, String id, String day, String time) {
        var picker = portal.byId(id);
        var date = picker.locator("vaadin-date-picker input");
        date.fill(day);
        date.press("Enter");
        var clock = picker.locator("vaadin-time-picker input");
        clock.fill(time);
        clock.press("Enter");
    }

    private static String lastSegment(String text) {
        var cut = text.replaceFirst("[?#].*$", "");
        return cut.substring(Math.max(cut.lastIndexOf('/'), cut.lastIndexOf('-')) + 1);
    }
}
