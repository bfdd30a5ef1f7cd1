package ua.cooperation.portal.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import ua.cooperation.portal.testsupport.PackagedPortal;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Runs browser journeys: decides from {@link BrowserRequirement} whether they run at all, starts the
 * {@link PackagedPortal} and headless Chromium once for the whole test run (both live in the root store, which closes
 * them after the last test), and gives each test method its own browser context, i.e. its own cookies and session.
 */
final class PortalBrowserExtension implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback,
        ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(PortalBrowserExtension.class);

    /** Waits of the web-first assertions; the first views of a freshly started portal take a moment. */
    private static final double ASSERTION_TIMEOUT_MS = 20_000;

    /** Flags for Debian's Chromium in a container: no sandbox, no GPU, no calls home. */
    private static final List<String> CHROMIUM_ARGS = List.of("--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--disable-sync");

    @Override
    public void beforeAll(ExtensionContext context) {
        var requirement = requirement(context);
        switch (requirement.decision()) {
            case SKIP -> { } // each test is skipped in beforeEach, so that the report counts them as skipped
            case FAIL -> throw new IllegalStateException(requirement.reason());
            case RUN -> context.getRoot().getStore(NAMESPACE)
                    .computeIfAbsent(Startup.class, key -> Startup.attempt(requirement.chromium()), Startup.class)
                    .environment();
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        var requirement = requirement(context);
        Assumptions.assumeTrue(requirement.decision() == BrowserRequirement.Decision.RUN,
                () -> "Browser tests were SKIPPED: " + requirement.reason());
        var environment = context.getRoot().getStore(NAMESPACE).get(Startup.class, Startup.class).environment();
        var page = PortalPage.start(environment.browser(), environment.portal().baseUrl(), screenshotDir());
        context.getStore(NAMESPACE).put(PortalPage.class, page);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        var page = context.getStore(NAMESPACE).remove(PortalPage.class, PortalPage.class);
        if (page == null) {
            return;
        }
        try {
            if (context.getExecutionException().isPresent()) {
                // What the browser showed when the journey failed, next to the journey's own screenshots.
                page.screenshotQuietly("failed-" + context.getRequiredTestClass().getSimpleName() + "-"
                        + context.getRequiredTestMethod().getName());
            }
        } finally {
            page.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == PortalPage.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return extensionContext.getStore(NAMESPACE).get(PortalPage.class, PortalPage.class);
    }

    /** Decided once per run, and said once in the build output. */
    private static BrowserRequirement requirement(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).computeIfAbsent(BrowserRequirement.class, key -> {
            var requirement = BrowserRequirement.fromEnvironment();
            var line = switch (requirement.decision()) {
                case RUN -> requirement.reason();
                case SKIP -> "SKIPPED: " + requirement.reason();
                case FAIL -> "FAILED: " + requirement.reason();
            };
            System.out.println("[portal-tests] browser: " + line);
            return requirement;
        }, BrowserRequirement.class);
    }

    private static Path screenshotDir() {
        return Path.of(System.getProperty("portal.screenshots", "target/screenshots"));
    }

    /**
     * The portal and browser of this run, started by the first journey class. The outcome is kept, failure included,
     * so that later classes fail fast with the same cause instead of waiting for another startup.
     */
    private record Startup(Environment started, RuntimeException failure) implements AutoCloseable {

        static Startup attempt(Path chromium) {
            try {
                return new Startup(Environment.start(chromium), null);
            } catch (RuntimeException e) {
                return new Startup(null, e);
            }
        }

        Environment environment() {
            if (failure != null) {
                throw new IllegalStateException("The browser journey environment did not start: "
                        + failure.getMessage(), failure);
            }
            return started;
        }

        @Override
        public void close() {
            if (started != null) {
                started.close();
            }
        }
    }

    private record Environment(Playwright playwright, Browser browser, PackagedPortal portal)
            implements AutoCloseable {

        static Environment start(Path chromium) {
            PlaywrightAssertions.setDefaultAssertionTimeout(ASSERTION_TIMEOUT_MS);
            // Set for the driver as well as in the failsafe configuration, so that a run from an IDE never downloads
            // Playwright's own browsers either.
            var playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            try {
                var browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(chromium)
                        .setHeadless(true)
                        .setArgs(CHROMIUM_ARGS));
                System.out.println("[portal-tests] browser: Chromium " + browser.version() + " from " + chromium);
                return new Environment(playwright, browser, PackagedPortal.start("browser", dataDir -> PackagedPortal.testDatabase("portal_browser")));
            } catch (RuntimeException e) {
                playwright.close();
                throw e;
            }
        }

        @Override
        public void close() {
            try {
                browser.close();
                playwright.close();
            } finally {
                portal.close();
            }
        }
    }
}
