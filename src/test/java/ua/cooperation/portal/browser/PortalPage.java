package ua.cooperation.portal.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One journey's browser tab on the packaged portal, in a browser context of its own (own cookies, own session). The
 * browser asks for Ukrainian, as the office's browsers do; a user's stored language preference overrides that.
 */
final class PortalPage implements AutoCloseable {

    /** The password of every demo user (Liquibase context {@code demo}). */
    static final String DEMO_PASSWORD = "portal-demo-2025";

    /** The portal has no favicon; Chromium's request for one is noise, not a problem of the page. */
    private static final String FAVICON = "/favicon.ico";

    private final BrowserContext context;
    private final Page page;
    private final String baseUrl;
    private final Path screenshots;

    private PortalPage(BrowserContext context, String baseUrl, Path screenshots) {
        this.context = context;
        this.page = context.newPage();
        this.baseUrl = baseUrl;
        this.screenshots = screenshots;
        reportBrowserProblems();
    }

    /**
     * Copies what the browser complains about into the test output: a Vaadin page that stays blank usually says why
     * only in the browser console or in a failed request.
     */
    private void reportBrowserProblems() {
        page.onConsoleMessage(message -> {
            if (("error".equals(message.type()) || "warning".equals(message.type()))
                    && !message.location().contains(FAVICON)) {
                System.out.println("[portal-tests] browser console " + message.type() + ": " + message.text()
                        + " (" + message.location() + ")");
            }
        });
        page.onPageError(error -> System.out.println("[portal-tests] browser page error: " + error));
        page.onRequestFailed(request -> System.out.println("[portal-tests] browser request failed: "
                + request.method() + " " + request.url() + ": " + request.failure()));
        page.onResponse(response -> {
            if (response.status() >= 400 && !response.url().contains(FAVICON)) {
                System.out.println("[portal-tests] browser got HTTP " + response.status() + " for "
                        + response.request().method() + " " + response.url());
            } else if (response.status() >= 300 && response.url().contains("v-r=")) {
                // Vaadin's own requests (v-r=init, v-r=uidl) are never redirected in a working portal; when security
                // or a static welcome page intercepts them, the page stays blank without any browser error.
                System.out.println("[portal-tests] browser: Vaadin request redirected (HTTP " + response.status()
                        + " to " + response.headers().get("location") + "): " + response.url());
            }
        });
    }

    static PortalPage start(Browser browser, String baseUrl, Path screenshots) {
        var context = browser.newContext(new Browser.NewContextOptions()
                .setLocale("uk-UA")
                .setTimezoneId("Europe/Kyiv")
                .setViewportSize(1280, 800));
        return new PortalPage(context, baseUrl, screenshots);
    }

    Page page() {
        return page;
    }

    /** A second browser (own cookies, own session) on the same portal, e.g. for another user at the same time. */
    PortalPage another() {
        return start(context.browser(), baseUrl, screenshots);
    }

    /** A signed-out browser of its own on another portal, e.g. one started without demo data. */
    PortalPage onPortal(String otherBaseUrl) {
        return start(context.browser(), otherBaseUrl, screenshots);
    }

    /** The full address of a path of the portal. */
    String url(String path) {
        return baseUrl + (path.startsWith("/") ? path : "/" + path);
    }

    /** Loads an address of the portal, e.g. {@code /countries}. */
    void open(String path) {
        page.navigate(baseUrl + path);
    }

    /** Fills the Vaadin login form on {@code /login} and submits it; does not wait for the result. */
    void submitSignIn(String username, String password) {
        open("/login");
        var form = page.locator("vaadin-login-form#login-form");
        // The inputs are light-DOM <input> elements slotted into the form, so the browser can autofill them.
        var user = form.locator("input[name=username]");
        var pass = form.locator("input[name=password]");
        user.fill(username);
        pass.fill(password);
        pass.press("Enter");
    }

    /**
     * Signs in and waits until the main layout shows the user's display name. Administrators and heads give the code
     * of their authenticator: at their first sign-in of the run they set it up, reading the secret off the page as a
     * person would type it into the app, and later sign-ins use that secret. Completing the second factor gives the
     * session a new id (against session fixation), and the portal must go on working in it.
     */
    void signIn(String username, String expectedDisplayName) {
        signIn(username, DEMO_PASSWORD, expectedDisplayName);
    }

    /** As {@link #signIn(String, String)}, with another password than the demo users'. */
    void signIn(String username, String password, String expectedDisplayName) {
        submitSignIn(username, password);
        page.locator("#current-user, #two-factor-view, #two-factor-setup-view").first().waitFor();
        String sessionBeforeSecondFactor = null;
        if (page.locator("#two-factor-setup-view").count() > 0) {
            sessionBeforeSecondFactor = sessionId();
            var secret = page.locator("#two-factor-secret").textContent().replace(" ", "");
            TWO_FACTOR_SECRETS.put(baseUrl + " " + username, secret);
            screenshot("two-factor-1-setup-" + username);
            enterCode(baseUrl + " " + username, secret);
            page.locator("#two-factor-recovery-codes").waitFor();
            screenshot("two-factor-2-recovery-codes-" + username);
            page.locator("#two-factor-continue").click();
        } else if (page.locator("#two-factor-view").count() > 0) {
            sessionBeforeSecondFactor = sessionId();
            screenshot("two-factor-3-code-" + username);
            enterCode(baseUrl + " " + username, TWO_FACTOR_SECRETS.get(baseUrl + " " + username));
        }
        assertThat(page.locator("#current-user")).hasText(expectedDisplayName);
        if (sessionBeforeSecondFactor != null) {
            assertNotEquals(sessionBeforeSecondFactor, sessionId(), "a new session id after the second factor");
        }
    }

    /** The session cookie's value in this browser. */
    String sessionId() {
        return context.cookies().stream().filter(cookie -> cookie.name.equals("JSESSIONID"))
                .map(cookie -> cookie.value).findFirst().orElse(null);
    }

    /** The secrets that users set up during this run, by portal address and user name. */
    private static final java.util.Map<String, String> TWO_FACTOR_SECRETS =
            new java.util.concurrent.ConcurrentHashMap<>();
    /** The time step of each user's last code: the portal accepts a code once, so the next sign-in needs a new one. */
    private static final java.util.Map<String, Long> LAST_USED_STEPS = new java.util.concurrent.ConcurrentHashMap<>();

    private void enterCode(String username, String secret) {
        try {
            var code = new dev.samstevens.totp.code.DefaultCodeGenerator().generate(secret, nextUnusedStep(username));
            page.locator("#two-factor-code input").fill(code);
            page.locator("#two-factor-submit").click();
        } catch (dev.samstevens.totp.exceptions.CodeGenerationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** As a person whose app still shows the code they used a moment ago: waits (at most 30 s) for the next one. */
    private static long nextUnusedStep(String username) {
        long step = java.time.Instant.now().getEpochSecond() / 30;
        var last = LAST_USED_STEPS.get(username);
        while (last != null && step <= last) {
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            step = java.time.Instant.now().getEpochSecond() / 30;
        }
        LAST_USED_STEPS.put(username, step);
        return step;
    }

    Locator byId(String id) {
        return page.locator("#" + id);
    }

    /** The text of the page as the user reads it (rendered light DOM, including slotted Vaadin content). */
    String visibleText() {
        return (String) page.evaluate("() => document.body.innerText");
    }

    /**
     * Saves a full-page screenshot as {@code <name>.png} in {@code portal.screenshots} and checks that it is not a
     * blank page: a page whose bootstrap failed is a single colour.
     */
    byte[] screenshot(String name) {
        var png = page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(file(name)));
        var colours = distinctColours(png);
        assertTrue(colours >= 16, "Screenshot " + file(name) + " has only " + colours
                + " colours: the page looks blank");
        return png;
    }

    /** A screenshot for diagnosis that never fails the test itself. */
    void screenshotQuietly(String name) {
        try {
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(file(name)));
        } catch (RuntimeException e) {
            System.out.println("[portal-tests] could not save screenshot " + name + ": " + e.getMessage());
        }
    }

    @Override
    public void close() {
        context.close();
    }

    private Path file(String name) {
        try {
            Files.createDirectories(screenshots);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return screenshots.resolve(name + ".png");
    }

    /** Distinct colours on a grid of sample points, enough to tell a rendered page from an empty one. */
    private static int distinctColours(byte[] png) {
        try {
            var image = ImageIO.read(new ByteArrayInputStream(png));
            var colours = new HashSet<Integer>();
            for (int y = 0; y < image.getHeight(); y += 4) {
                for (int x = 0; x < image.getWidth(); x += 4) {
                    colours.add(image.getRGB(x, y));
                }
            }
            return colours.size();
        } catch (IOException e) {
            throw new UncheckedIOException("Screenshot is not a readable PNG", e);
        }
    }
}
