package ua.cooperation.portal.load;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
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
 * Each session does what a browser tab does, over Vaadin's real client protocol ({@link VaadinClient}): it opens the
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
 * that order).
 */
@Tag("benchmark")
class SessionMemoryBenchmark {

    private static final int DEFAULT_SESSIONS = 50;
    private static final int WARM_UP_SESSIONS = 2;
    private static final int TOP_CLASSES = 25;
    private static final String DEMO_PASSWORD = "portal-demo-2025";
    private static final Duration TIMEOUT = Duration.ofSeconds(120);

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
        try (var portal = LoadTarget.start("memory", "portal_memory")) {
            LoadUsers.ensure(portal.jdbcUrl(), portal.jdbcUser(), portal.jdbcPassword(), sessions + WARM_UP_SESSIONS);
            var jcmd = new Jcmd(portal.pid());
            for (var view : views) {
                for (int i = 0; i < WARM_UP_SESSIONS; i++) {
                    var warm = Tab.signIn(portal.baseUrl(), view.account(), sessions + 1 + i);
                    warm.open(view);
                    warm.signOut();
                }
                var before = jcmd.liveHistogram();
                long usedBefore = jcmd.heapUsedKb();
                var open = new ArrayList<Tab>();
                for (int i = 1; i <= sessions; i++) {
                    var tab = Tab.signIn(portal.baseUrl(), view.account(), i);
                    tab.open(view);
                    open.add(tab);
                }
                var after = jcmd.liveHistogram();
                long usedAfter = jcmd.heapUsedKb();
                long perSession = (after.total() - before.total()) / sessions;
                var line = String.format(Locale.ROOT, "%-13s %-8s /%-15s live heap %,d → %,d KB, +%,d KB per session"
                                + " (G1 used after GC %,d → %,d KB: +%,d KB per session)",
                        view.name(), view.account(), view.route(), before.total() / 1024, after.total() / 1024,
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

    /** One browser tab of one signed-in user: its cookies and its Vaadin UI. */
    private static final class Tab {
        private final String baseUrl;
        private final HttpClient http;
        private final VaadinClient vaadin = new VaadinClient();

        private Tab(String baseUrl) {
            this.baseUrl = baseUrl;
            this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
        }

        static Tab signIn(String baseUrl, Account account, int number) throws IOException, InterruptedException {
            var tab = new Tab(baseUrl);
            tab.vaadin.readSignInPage(tab.get("/login").body());
            tab.bootstrap("login");
            tab.uidl(tab.vaadin.navigate("/login"));
            tab.vaadin.requireNode("login-form");
            var username = account == Account.OFFICER ? LoadUsers.username(number) : "liaison-lt";
            var password = account == Account.OFFICER ? LoadSettings.PASSWORD : DEMO_PASSWORD;
            var form = "_csrf=" + encode(tab.vaadin.springCsrf()) + "&username=" + encode(username) + "&password="
                    + encode(password);
            var answer = tab.http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/login")).timeout(TIMEOUT)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            if (!answer.uri().toString().equals(baseUrl + "/")) {
                throw new IllegalStateException("sign-in of " + username + " ended on " + answer.uri());
            }
            tab.bootstrap("");
            tab.uidl(tab.vaadin.navigate("/"));
            tab.vaadin.requireNode("current-user");
            return tab;
        }

        void open(ViewCase view) throws IOException, InterruptedException {
            if (!view.route().isEmpty()) {
                uidl(vaadin.navigate(view.route()));
            }
            vaadin.requireNode(view.checkId());
        }

        void signOut() throws IOException, InterruptedException {
            var answer = post(vaadin.click("sign-out"));
            vaadin.receiveSignOut(answer);
            http.close();
        }

        private void bootstrap(String location) throws IOException, InterruptedException {
            vaadin.bootstrap(get("/?v-r=init&location=" + location + "&query=&" + VaadinClient.BROWSER_DETAILS
                    + "&v-curdate=" + System.currentTimeMillis() + "&v-wn=v-"
                    + ThreadLocalRandom.current().nextDouble()).body());
        }

        /** Sends a UIDL message, applies the answer and sends what the browser sends right after (grid confirmations). */
        private void uidl(String message) throws IOException, InterruptedException {
            vaadin.receive(post(message));
            while (vaadin.hasFollowUp()) {
                vaadin.receive(post(vaadin.followUp()));
            }
        }

        private String post(String message) throws IOException, InterruptedException {
            var answer = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/?v-r=uidl&v-uiId=" + vaadin.uiId()))
                    .timeout(TIMEOUT).header("Content-Type", "application/json; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(message)).build(), HttpResponse.BodyHandlers.ofString());
            requireOk(answer);
            return answer.body();
        }

        private HttpResponse<String> get(String path) throws IOException, InterruptedException {
            var answer = http.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            requireOk(answer);
            return answer;
        }

        private static void requireOk(HttpResponse<String> answer) {
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("HTTP " + answer.statusCode() + " for " + answer.uri() + ": "
                        + VaadinClient.abbreviate(answer.body()));
            }
        }

        private static String encode(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
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

        private String run(String command) throws IOException, InterruptedException {
            var jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
            var process = new ProcessBuilder(jcmd, Long.toString(pid), command).redirectErrorStream(true).start();
            var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException("jcmd " + command + " failed: " + output);
            }
            return output;
        }
    }
}
