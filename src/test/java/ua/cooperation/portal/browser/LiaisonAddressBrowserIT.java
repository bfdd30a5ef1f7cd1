package ua.cooperation.portal.browser;

import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import ua.cooperation.portal.testsupport.TestFiles;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Lithuanian liaison types addresses of records that are not hers — a Polish partnership, programme and meeting —
 * and gets the same "not found" as for an address that does not exist; and the download address of a Polish
 * partnership's document, taken from an officer's browser, gives her nothing either.
 */
@BrowserJourney
class LiaisonAddressBrowserIT {

    @Test
    void liaisonGetsNotFoundForOtherCountriesRecordsAndDocuments(PortalPage portal) {
        // an officer, in a browser of their own, attaches a document to the Polish partnership
        String downloadAddress;
        try (var officer = portal.another()) {
            officer.signIn("officer", "Ірина Коваленко");
            officer.open("/partnerships/2");
            assertThat(officer.byId("partnership-title")).containsText("Люблін");
            officer.byId("partnership-tab-documents").click();
            officer.byId("partnership-document-type").click();
            officer.page().locator("vaadin-select-item").getByText("Протокол",
                    new com.microsoft.playwright.Locator.GetByTextOptions().setExact(true))
                    .filter(new com.microsoft.playwright.Locator.FilterOptions().setVisible(true)).click();
            officer.byId("partnership-document-title").locator("input").fill("Протокол зустрічі з Любліном");
            officer.byId("partnership-document-shared").locator("input").check();
            officer.byId("partnership-document-upload").locator("input[type=file]")
                    .setInputFiles(new FilePayload("protokol-lublin.pdf", "application/pdf", TestFiles.PDF));
            assertThat(officer.byId("partnership-document-upload").locator("vaadin-upload-file")).isVisible();
            officer.page().waitForTimeout(500);
            officer.byId("partnership-document-save").click();
            var link = officer.byId("partnership-documents-grid").locator("a[id^=partnership-document-download-]")
                    .first();
            assertThat(link).isVisible();
            downloadAddress = link.getAttribute("href");
            // the officer's own browser does get the file from that address
            var own = officer.page().request().get(officer.url(downloadAddress));
            assertThat(own.status()).isEqualTo(200);
            assertThat(own.body()).startsWith(TestFiles.PDF[0], TestFiles.PDF[1], TestFiles.PDF[2]);
        }

        portal.signIn("liaison-lt", "Rasa Petrauskienė");
        portal.open("/partnerships/999999999");
        assertThat(portal.byId("not-found")).isVisible();
        var missing = portal.visibleText();
        for (var address : new String[]{"/partnerships/2", "/programmes/2", "/meetings/2", "/meetings/3"}) {
            portal.open(address);
            assertThat(portal.byId("not-found")).isVisible();
            assertThat(portal.visibleText()).as(address).isEqualTo(missing);
        }
        portal.screenshot("liaison-address-1-not-found");

        var stolen = portal.page().request().get(portal.url(downloadAddress));
        assertThat(stolen.status()).as("a document address from another session").isNotEqualTo(200);
        assertThat(new String(stolen.body())).doesNotContain("%PDF");
        portal.page().navigate(portal.url(downloadAddress));
        assertThat(portal.byId("not-found")).isVisible();
        portal.screenshot("liaison-address-2-document-address");
        assertThat(portal.visibleText()).contains("Не знайдено").doesNotContain("Протокол зустрічі з Любліном");
    }
}
