package ua.cooperation.portal.load;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import ua.cooperation.portal.testsupport.PortalTab;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Retained heap per signed-in session (issue 9: at most 250 KB on the heaviest view). Starts the packaged production
 * jar ({@link LoadTarget}: H2 file database with the demo data, or a fresh MariaDB database {@code portal_memory} when
 * the tests run on MariaDB), and for each view below: signs in and out twice to warm up (classes, caches), takes the
 * live heap (a class histogram of {@code jcmd}, which runs a full GC first and counts live objects only), signs in
 * {@value #DEFAULT_SESSIONS} users who each open the view and stay there, takes the live heap again, and prints
 * {@code (heap_N − heap_0) / N} with the classes that grew most; then signs them out.
 * <p>
 * Each session does what a browser tab does, over Vaadin's real client protocol ({@link PortalTab}): it opens the
 * sign-in page (a UI with the login view), posts the sign-in form, loads the start page (a second UI with the main
 * layout) and navigates to the view. No heartbeats are sent; the measurement is over within minutes, far less than
 * the three missed heartbeats after which Vaadin closes a UI.
 * <p>
 * Not a timed test; it asserts only that every session reached its view. Run (the jar must be built first):
 * <pre>
 * ./mvnw -B -ntp -DskipTests package
 * ./mvnw -B -ntp test -Dgroups=benchmark -DexcludedGroups= -Dtest=SessionMemoryBenchmark \
 *     -Dportal.jar=$(ls target/cooperation-portal-*.jar | head -1)
 * </pre>
 * Options: {@code -Dportal.memory.sessions=50}, {@code -Dportal.memory.views=meetings,home,home} (names below, in
 * that order), {@code -Dportal.memory.client=browser} (each session a context of Debian's Chromium driven by
 * Playwright instead of the protocol client: what a real browser sends after a page is shown counts too; Chromium
 * from {@code PORTAL_CHROMIUM}, default {@code /usr/bin/chromium}; before the second histogram it waits
 * {@code -Dportal.memory.settle-seconds}, default 70, longer than Tomcat's 60-second keep-alive timeout, so that the
 * buffers of the browsers' idle connections are not counted as session memory), {@code -Dportal.memory.heap-dump-dir=/tmp/dumps} (a heap dump {@code <view>.hprof} with the sessions
 * open, for finding what a session holds: {@code scripts/hprof-arrays.py} lists the arrays that repeat per session).
 */
@Tag("benchmark")
class SessionMemoryBenchmark {

    private static final int DEFAULT_SESSIONS = 50;
    private static final int WARM_UP_SESSIONS = 2;
    private static final int TOP_CLASSES = 25;
    private static final String DEMO_PASSWORD = "portal-demo-2025";

    /** Who signs in: the load-test officers (one account per session) or the demo liaison of Lithuania. */
    enum Account { OFFICER, LIAISON }

    /** A view to measure: its route and an element it must show. */
    record ViewCase(String name, Account account, String route, String checkId) {
    }

    static final List<ViewCase> VIEWS = List.of(
            new ViewCase("home", Account.OFFICER, "", "home-greeting"),
            new ViewCase("programme", Account.OFFICER, "programmes/1", "programme-title"),
            new ViewCase("partnership", Account.OFFICER, "partnerships/1", "partnership-title"),
            new ViewCase("meetings", Account.OFFICER, "meetings", "meetings-grid"),
            new ViewCase("meeting", Account.OFFICER, "meetings/1", "meeting-tabs"),
            new ViewCase("liaison-home", Account.LIAISON, "", "home-greeting"));

    private static final Pattern HISTOGRAM_ROW = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(.+?)\\s*$");
    private static final Pattern HISTOGRAM_TOTAL = Pattern.compile("^Total\\s+(\\d+)\\s+(\\d+)\\s*$");
    private static final Pattern HEAP_USED = Pattern.compile("used (\\d+)K");

    @Test
    void retained_heap_per_signed_in_session() throws Exception {
        int sessions = Integer.getInteger("portal.memory.sessions", DEFAULT_SESSIONS);
        var chosen = System.getProperty("portal.memory.views", "");
        // in the order given, repeats allowed: the first view measured after start-up may include one-time growth
        var views = chosen.isBlank() ? VIEWS : Arrays.stream(chosen.split(",")).map(String::strip)
                .map(name -> VIEWS.stream().filter(v -> v.name().equals(name)).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("no view '" + name + "' in " + VIEWS)))
                .toList();
        var results = new ArrayList<String>();
        boolean browser = "browser".equals(System.getProperty("portal.memory.client", "protocol"));
        long settleSeconds = Long.getLong("portal.memory.settle-seconds", browser ? 70 : 0);
        try (var portal = LoadTarget.start("memory", "portal_memory");
             var chromium = browser ? Chromium.launch() : null) {
            LoadUsers.ensure(portal.jdbcUrl(), portal.jdbcUser(), portal.jdbcPassword(), sessions + WARM_UP_SESSIONS);
            var jcmd = new Jcmd(portal.pid());
            for (var view : views) {
                for (int i = 0; i < WARM_UP_SESSIONS; i++) {
                    var warm = browser ? chromium.signIn(portal.baseUrl(), view.account(), sessions + 1 + i)
                            : Tab.signIn(portal.baseUrl(), view.account(), sessions + 1 + i);
                    warm.open(view);
                    warm.signOut();
                }
                var before = jcmd.liveHistogram();
                long usedBefore = jcmd.heapUsedKb();
                var open = new ArrayList<Session>();
                for (int i = 1; i <= sessions; i++) {
                    var tab = browser ? chromium.signIn(portal.baseUrl(), view.account(), i)
                            : Tab.signIn(portal.baseUrl(), view.account(), i);
                    tab.open(view);
                    open.add(tab);
                }
                // idle keep-alive connections hold the server's socket buffers (8 KB each) until they time out: they
                // belong to connections, not to sessions, and a browser keeps a few open for a while
                Thread.sleep(Duration.ofSeconds(settleSeconds));
                var after = jcmd.liveHistogram();
                long usedAfter = jcmd.heapUsedKb();
                var dumpDir = System.getProperty("portal.memory.heap-dump-dir", "");
                if (!dumpDir.isBlank()) {
                    var dump = Path.of(dumpDir).toAbsolutePath().resolve(view.name() + ".hprof");
                    Files.createDirectories(dump.getParent());
                    Files.deleteIfExists(dump);
                    jcmd.run("GC.heap_dump", dump.toString());
                    System.out.println("[memory] heap dump with the sessions open: " + dump);
                }
                long perSession = (after.total() - before.total()) / sessions;
                var line = String.format(Locale.ROOT, "%-8s %-13s %-8s /%-15s live heap %,d → %,d KB, +%,d KB per session"
                                + " (G1 used after GC %,d → %,d KB: +%,d KB per session)",
                        browser ? "browser" : "protocol", view.name(), view.account(), view.route(),
                        before.total() / 1024, after.total() / 1024,
                        perSession / 1024, usedBefore, usedAfter, (usedAfter - usedBefore) / sessions);
                System.out.println("[memory] " + line);
                results.add(line);
                System.out.println("[memory] " + view.name() + ": classes that grew most, per session:");
                after.growthOver(before).stream().limit(TOP_CLASSES).forEach(g -> System.out.printf(Locale.ROOT,
                        "[memory]   %,9d B %,7.1f instances  %s%n", g.bytes() / sessions,
                        (double) g.instances() / sessions, g.className()));
                for (var tab : open) {
                    tab.signOut();
                }
                assertThat(open).hasSize(sessions);
            }
        }
        System.out.println("[memory] summary, " + sessions + " sessions per view:");
        results.forEach(r -> System.out.println("[memory] " + r));
    }

    /** One signed-in user on a view. */
    private interface Session {
        void open(ViewCase view) throws IOException, InterruptedException;

        void signOut() throws IOException, InterruptedException;
    }

    /**
     * Debian's Chromium driven by Playwright: each session is a browser context of its own (own cookies) with one
     * tab, which does everything a user's browser does after a page is shown (the components' own round trips, the
     * unload beacon of the sign-in page), unlike {@link Tab}, which sends only the messages needed to reach the view.
     */
    private record Chromium(Playwright playwright, Browser browser) implements AutoCloseable {

        static Chromium launch() {
            var executable = Path.of(System.getenv().getOrDefault("PORTAL_CHROMIUM", "/usr/bin/chromium"));
            var playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            var browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(executable)
                    .setHeadless(true).setArgs(List.of("--no-sandbox", "--disable-gpu",
                            "--disable-background-networking", "--disable-component-update", "--disable-sync")));
            return new Chromium(playwright, browser);
        }

        Session signIn(String baseUrl, Account account, int number) {
            var context = browser.newContext(new Browser.NewContextOptions().setLocale("uk-UA")
                    .setTimezoneId("Europe/Kyiv").setViewportSize(1280, 800));
            var page = context.newPage();
            page.navigate(baseUrl + "/login");
            var form = page.locator("vaadin-login-form#login-form");
            form.locator("input[name=username]").fill(account == Account.OFFICER ? LoadUsers.username(number)
                    : "liaison-lt");
            var password = form.locator("input[name=password]");
            password.fill(account == Account.OFFICER ? LoadSettings.PASSWORD : DEMO_PASSWORD);
            password.press("Enter");
            page.locator("#current-user").waitFor();
            return new Session() {
                @Override
                public void open(ViewCase view) {
                    if (!view.route().isEmpty()) {
                        // a link clicked inside the page, as a user follows one: the router changes the view in the
                        // same UI (a new page load would leave the old UI behind until its heartbeats stop)
                        page.evaluate("route => { const a = document.createElement('a'); a.href = route;"
                                + " document.body.appendChild(a); a.click(); a.remove(); }", view.route());
                    }
                    page.locator("#" + view.checkId()).first().waitFor();
                    // the round trips that follow the first rendering (component properties, lazy data)
                    page.waitForLoadState(LoadState.NETWORKIDLE);
                    page.waitForTimeout(1_000);
                }

                @Override
                public void signOut() {
                    page.locator("#sign-out").click();
                    page.waitForURL(url -> url.contains("/login"));
                    context.close();
                }
            };
        }

        @Override
        public void close() {
            browser.close();
            playwright.close();
        }
    }

    /** One browser tab of one signed-in user over Vaadin's protocol: its cookies and its Vaadin UI. */
    private record Tab(PortalTab tab) implements Session {

        static Tab signIn(String baseUrl, Account account, int number) {
            var username = account == Account.OFFICER ? LoadUsers.username(number) : "liaison-lt";
            var password = account == Account.OFFICER ? LoadSettings.PASSWORD : DEMO_PASSWORD;
            return new Tab(PortalTab.signIn(baseUrl, username, password));
        }

        @Override
        public void open(ViewCase view) {
            if (!view.route().isEmpty()) {
                tab.open(view.route());
            }
            tab.page().requireNode(view.checkId());
        }

        @Override
        public void signOut() {
            tab.signOut();
            tab.close();
        }
    }

    /** A class's growth between two histograms. */
    record Growth(String className, long instances, long bytes) {
    }

    /** Live objects per class, as {@code jcmd GC.class_histogram} counts them after a full GC. */
    record Histogram(Map<String, long[]> classes, long total) {

        List<Growth> growthOver(Histogram before) {
            var growth = new ArrayList<Growth>();
            classes.forEach((name, now) -> {
                var then = before.classes().getOrDefault(name, new long[2]);
                growth.add(new Growth(name, now[0] - then[0], now[1] - then[1]));
            });
            growth.sort(Comparator.comparingLong(Growth::bytes).reversed());
            return growth;
        }
    }

    /** The JDK's {@code jcmd} on the portal's process. */
    private record Jcmd(long pid) {

        Histogram liveHistogram() throws IOException, InterruptedException {
            // twice: the first collection may leave objects whose finalisation/cleaning frees more
            run("GC.run");
            var classes = new HashMap<String, long[]>();
            long total = -1;
            for (var line : run("GC.class_histogram").split("\n")) {
                var row = HISTOGRAM_ROW.matcher(line);
                if (row.matches()) {
                    classes.merge(row.group(3), new long[] {Long.parseLong(row.group(1)),
                            Long.parseLong(row.group(2))}, (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
                    continue;
                }
                var sum = HISTOGRAM_TOTAL.matcher(line);
                if (sum.matches()) {
                    total = Long.parseLong(sum.group(2));
                }
            }
            if (total < 0) {
                throw new IllegalStateException("no total in the class histogram of process " + pid);
            }
            return new Histogram(classes, total);
        }

        long heapUsedKb() throws IOException, InterruptedException {
            run("GC.run");
            var matcher = HEAP_USED.matcher(run("GC.heap_info"));
            if (!matcher.find()) {
                throw new IllegalStateException("no 'used' in GC.heap_info of process " + pid);
            }
            return Long.parseLong(matcher.group(1));
        }

        private String run(String... command) throws IOException, InterruptedException {
            var jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
            var arguments = new ArrayList<>(List.of(jcmd, Long.toString(pid)));
            arguments.addAll(List.of(command));
            var process = new ProcessBuilder(arguments).redirectErrorStream(true).start();
            var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException("jcmd " + String.join(" ", command) + " failed: " + output);
            }
            return output;
        }
    }
}
