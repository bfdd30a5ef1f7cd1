package ua.cooperation.portal.browser;

import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * An administrator ends all sessions of the Polish liaison while she has a page open (ADR 0033). Her next click is one
 * of Vaadin's own requests, not a page load: the browser must land on the sign-in page with the message, not on a
 * broken page or Vaadin's "session expired" box.
 */
@BrowserJourney
class SessionEndedBrowserIT {

    @Test
    void aLiaisonWhoseSessionsAnAdministratorEndedIsToldAtHerNextClick(PortalPage liaison) {
        liaison.signIn("liaison-pl", "Agnieszka Wiśniewska");
        liaison.open("/countries/PL");
        assertThat(liaison.byId("country-title")).isVisible();

        try (var admin = liaison.another()) {
            admin.signIn("admin", "Олена Адміністратор");
            admin.open("/admin/users");
            admin.byId("users-search").locator("input").fill("liaison-pl");
            admin.byId("users-grid").locator("vaadin-grid-cell-content").getByText("liaison-pl").first().click();
            admin.byId("user-end-sessions").click();
            admin.page().locator("#user-end-sessions-confirm vaadin-button[slot='confirm-button']").click();
            assertThat(admin.page().getByText("Сеанси буде завершено")).isVisible();
        }

        // a router link: Vaadin's own request, answered with "session expired", then the browser reloads
        liaison.byId("country-back").click();
        liaison.page().waitForURL(Pattern.compile(".*/login\\?session-ended$"));
        var form = liaison.byId("login-form");
        assertThat(form.getByText("Сеанс завершено")).isVisible();
        assertThat(form.getByText("Ваш сеанс завершив адміністратор або його завершено через зміну вашого "
                + "облікового запису. Увійдіть знову.")).isVisible();
        assertThat(liaison.byId("current-user")).hasCount(0);
        liaison.screenshot("session-ended-1-sign-in-page");

        // signing in again works and leads back to where she was
        liaison.signIn("liaison-pl", "Agnieszka Wiśniewska");
        assertThat(liaison.byId("current-user")).isVisible();
    }
}
