package ua.cooperation.portal.browser;

import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The sign-in page of the packaged jar is the portal's own: Vaadin's login form rendered by the production bundle
 * (not a blank page, not Spring Security's generated form), with the portal's stylesheet and logo served from the
 * static resources that Maven copies from {@code frontend/}.
 */
@BrowserJourney
class LoginPageBrowserIT {

    @Test
    void loginPageRendersTheStyledVaadinLoginForm(PortalPage portal) {
        var page = portal.page();
        portal.open("/login");

        // Rendered by the Vaadin client: without the bootstrap script there would be no custom element at all.
        assertThat(portal.byId("login-view")).isVisible();
        assertThat(portal.byId("login-form")).isVisible();
        assertThat(portal.byId("login-form").locator("input[name=username]")).isVisible();
        assertThat(portal.byId("login-form").locator("input[name=password]")).isVisible();
        assertEquals("VAADIN-LOGIN-FORM", portal.byId("login-form").evaluate("form => form.tagName"));
        // Translated on purpose: the browser asks for Ukrainian.
        assertThat(page).hasTitle("Вхід");

        // The portal's own stylesheet is served and applied.
        assertEquals(200, ((Number) page.evaluate(
                "async () => (await fetch('/styles/portal.css')).status")).intValue());
        page.waitForFunction("() => getComputedStyle(document.documentElement)"
                + ".getPropertyValue('--portal-blue').trim() !== ''");
        assertEquals("#0057b7", page.evaluate("() => getComputedStyle(document.documentElement)"
                + ".getPropertyValue('--portal-blue').trim()"));

        // The logo is a real image, loaded from the static resources.
        var logo = page.locator("#login-view img[src$='images/portal-logo.svg']");
        assertThat(logo).isVisible();
        page.waitForFunction("img => img.complete && img.naturalWidth > 0", logo.elementHandle());
        assertEquals("/images/portal-logo.svg", logo.evaluate("img => new URL(img.src).pathname"));

        portal.screenshot("screenshot-login");
    }

    /**
     * One wrong password only: five in a row would make the portal refuse {@code head} from this address (all journeys
     * run from the same one) for a quarter of an hour.
     */
    @Test
    void wrongPasswordShowsTheErrorInTheLoginForm(PortalPage portal) {
        var page = portal.page();
        portal.submitSignIn("head", "not-the-password");

        page.waitForURL(Pattern.compile(".*/login\\?error$"));
        var form = portal.byId("login-form");
        assertThat(form).hasAttribute("error", Pattern.compile(".*"));
        // Translated on purpose: the portal's own message, not Vaadin's or Spring's default one.
        assertThat(form.getByText("Неправильне імʼя користувача або пароль. Перевірте їх і спробуйте ще раз."))
                .isVisible();
        assertThat(portal.byId("current-user")).hasCount(0);

        portal.screenshot("login-wrong-password");
    }
}
