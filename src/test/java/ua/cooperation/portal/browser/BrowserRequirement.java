package ua.cooperation.portal.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Decides whether the browser journeys run, from the environment variable {@code PORTAL_TEST_BROWSER}:
 * <ul>
 *   <li>{@code auto} (default): run when Chromium is installed, else skip the journeys (reported as SKIPPED);</li>
 *   <li>{@code required}: Chromium must be installed; the run fails without it (CI uses this);</li>
 *   <li>{@code skip}: never run the journeys.</li>
 * </ul>
 * Chromium is looked for at {@code PORTAL_CHROMIUM}, else at {@code /usr/bin/chromium} (Debian's package). Playwright
 * never downloads a browser of its own for these tests.
 */
record BrowserRequirement(Decision decision, Path chromium, String reason) {

    enum Decision { RUN, SKIP, FAIL }

    static final Path DEFAULT_CHROMIUM = Path.of("/usr/bin/chromium");

    static BrowserRequirement fromEnvironment() {
        var mode = env("PORTAL_TEST_BROWSER", "auto").toLowerCase(Locale.ROOT);
        var configured = env("PORTAL_CHROMIUM", null);
        var chromium = configured == null ? DEFAULT_CHROMIUM : Path.of(configured);
        var found = Files.isExecutable(chromium);
        return switch (mode) {
            case "skip" -> new BrowserRequirement(Decision.SKIP, chromium,
                    "PORTAL_TEST_BROWSER=skip");
            case "required" -> found
                    ? new BrowserRequirement(Decision.RUN, chromium,
                            "Chromium at " + chromium + " (required by PORTAL_TEST_BROWSER=required)")
                    : new BrowserRequirement(Decision.FAIL, chromium, "PORTAL_TEST_BROWSER=required but no "
                            + "Chromium at " + chromium + " (install Debian's chromium or set PORTAL_CHROMIUM)");
            case "auto" -> found
                    ? new BrowserRequirement(Decision.RUN, chromium,
                            "Chromium at " + chromium + " (found by PORTAL_TEST_BROWSER=auto)")
                    : new BrowserRequirement(Decision.SKIP, chromium, "no Chromium at "
                            + chromium + " (install Debian's chromium or set PORTAL_CHROMIUM; "
                            + "PORTAL_TEST_BROWSER=required makes this a failure)");
            default -> new BrowserRequirement(Decision.FAIL, chromium,
                    "PORTAL_TEST_BROWSER=" + mode + " is not one of auto, required, skip");
        };
    }

    private static String env(String name, String fallback) {
        var value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}
