package ua.cooperation.portal.load;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import ua.cooperation.portal.testsupport.VaadinClient;

import java.util.Arrays;
import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.exitBlockOnFail;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.repeat;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.currentLocation;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Officers at work, over Vaadin's real client protocol (see {@link VaadinClient} and
 * docs/adr/0022-load-test-over-vaadins-client-protocol.md): each virtual user signs in through the sign-in form (with
 * Spring Security's CSRF token), lands on the dashboard, and then, {@link LoadSettings#rounds()} times: opens the
 * dashboard, the partnerships list, filters it by typing into its search field, opens the partnership it found, opens
 * a country, types new notes and saves them, goes back to the country list and opens the country again to see the
 * saved notes; at the end it signs out. Between two actions it thinks for a few seconds. Every step checks what the
 * page shows, so a step that "answers 200" but shows an error page or the wrong data counts as an error.
 * <p>
 * Closed workload: {@code users} people at a time; one who signs out is replaced by the next. Settings:
 * {@link LoadSettings}. Run: {@code ./mvnw test-compile gatling:test -Dportal.load.url=…} (docs/performance.md).
 */
public class PortalSimulation extends Simulation {

    /** The filter typed into the partnerships list, and the partnership of the demo data it finds. */
    static final String FILTER_TEXT = "Друск";
    /** The notification a successful save shows (translation {@code record.saved}, Ukrainian). */
    static final String SAVED_NOTIFICATION = "Збережено";
    /** The debounce phase the browser reports for a lazy value change (a pause in typing). */
    private static final String LAZY_INPUT_DATA = "{\"1\":1,\"for\":\"trailing\"}";
    /** Countries whose records other tests and the demo story use; the load test leaves their notes alone. */
    private static final Set<String> UNTOUCHED_COUNTRIES = Set.of("UA", "LT", "PL");

    private static final String CLIENT = "vaadin";
    private static final String ACCOUNT = "account";
    private static final String COUNTRY = "country";
    private static final String NOTE = "note";

    /** Accounts not in use; a virtual user takes one for its whole visit, so no account is signed in twice. */
    private static final ConcurrentLinkedQueue<Integer> FREE_ACCOUNTS = new ConcurrentLinkedQueue<>();
    /** Countries nobody is editing; two users never edit the same country at once (no conflict dialog). */
    private static final ConcurrentLinkedQueue<String> FREE_COUNTRIES = new ConcurrentLinkedQueue<>();

    private final LoadSettings settings = LoadSettings.fromSystemProperties();

    public PortalSimulation() {
        FREE_ACCOUNTS.clear();
        IntStream.rangeClosed(1, settings.accounts()).forEach(FREE_ACCOUNTS::add);
        FREE_COUNTRIES.clear();
        var countries = Arrays.stream(Locale.getISOCountries()).filter(c -> !UNTOUCHED_COUNTRIES.contains(c))
                .collect(Collectors.toList());
        Collections.shuffle(countries);
        FREE_COUNTRIES.addAll(countries);

        var protocol = http.baseUrl(settings.baseUrl())
                .acceptHeader("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                .acceptLanguageHeader("uk-UA,uk;q=0.9,en;q=0.8")
                .userAgentHeader("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
                        + "Chrome/142.0 Safari/537.36 portal-load-test");

        var visit = scenario("officer at work")
                .exec(session -> session.set(ACCOUNT, takeAccount()).set(CLIENT, new VaadinClient()))
                .exitBlockOnFail().on(
                        group("sign in").on(signIn()),
                        repeat(settings.rounds()).on(workRound()),
                        think(),
                        group("sign out").on(signOut()))
                .exec(PortalSimulation::releaseAll);

        // memory measurement: everybody signs in, opens one view and stays there while the heap is measured
        var parked = scenario("officer parked on " + settings.parkRoute())
                .exec(session -> session.set(ACCOUNT, takeAccount()).set(CLIENT, new VaadinClient()))
                .exitBlockOnFail().on(
                        signIn(),
                        exec(uidl("parked view", s -> client(s).navigate(settings.parkRoute()),
                                (s, c) -> c.requireNode(settings.parkCheckId()))),
                        followUp("parked view"),
                        pause(settings.steady()),
                        signOut())
                .exec(PortalSimulation::releaseAll);

        var population = settings.parking()
                ? parked.injectOpen(rampUsers(settings.users()).during(settings.rampUp()))
                : visit.injectClosed(
                        rampConcurrentUsers(0).to(settings.users()).during(settings.rampUp()),
                        constantConcurrentUsers(settings.users()).during(settings.steady()));
        setUp(population)
                .protocols(protocol)
                .maxDuration(settings.maxDuration())
                .assertions(global().failedRequests().count().is(0L));
    }

    @Override
    public void before() {
        System.out.println("[portal-load] " + settings);
        if (!settings.jdbcUrl().isBlank()) {
            int created = LoadUsers.ensure(settings.jdbcUrl(), settings.jdbcUser(), settings.jdbcPassword(),
                    settings.accounts());
            System.out.println("[portal-load] load-test accounts: " + created + " created, "
                    + (settings.accounts() - created) + " already there");
        }
    }

    @Override
    public void after() {
        System.out.println("[portal-load] verified steps: " + LoadLedger.summary());
    }

    // ---- the journey ------------------------------------------------------------------------------------------

    private ChainBuilder signIn() {
        return exec(http("sign-in page").get("/login")
                        .check(bodyString().transformWithSession((html, session) -> {
                            client(session).readSignInPage(html);
                            return true;
                        }).is(true)))
                .exec(bootstrap("sign-in page: bootstrap", "login"))
                .exec(uidl("sign-in page: view", s -> client(s).navigate("/login"),
                        (s, c) -> c.requireNode("login-form")))
                .exec(followUp("sign-in page"))
                .pause(settings.thinkMin(), settings.thinkMax())
                .exec(http("sign in: submit").post("/login")
                        .formParam("_csrf", session -> client(session).springCsrf())
                        .formParam("username", session -> LoadUsers.username(session.getInt(ACCOUNT)))
                        .formParam("password", LoadSettings.PASSWORD)
                        // redirected to the start page; a refused sign-in goes back to /login?error
                        .check(currentLocation().is(settings.baseUrl() + "/")))
                .exec(bootstrap("dashboard: bootstrap", ""))
                .exec(uidl("dashboard: view", s -> client(s).navigate("/"), (s, c) -> {
                    c.requireNode("home-greeting");
                    var shown = c.textOf("current-user");
                    var expected = LoadUsers.displayName(s.getInt(ACCOUNT));
                    if (!expected.equals(shown)) {
                        throw new IllegalStateException("signed in as '" + shown + "', expected '" + expected + "'");
                    }
                    LoadLedger.done(LoadLedger.Step.SIGNED_IN);
                }))
                .exec(followUp("dashboard"));
    }

    private ChainBuilder workRound() {
        return think()
                .exec(uidl("dashboard", s -> client(s).navigate(""), (s, c) -> {
                    c.requireNode("home-greeting");
                    LoadLedger.done(LoadLedger.Step.DASHBOARD);
                }))
                .exec(followUp("dashboard"))
                .exec(think())
                .exec(uidl("partnerships: list", s -> client(s).navigate("partnerships"), (s, c) -> {
                    if (c.rowsOf("partnerships-grid").isEmpty()) {
                        throw new IllegalStateException("the partnerships list shows no rows");
                    }
                    LoadLedger.done(LoadLedger.Step.LIST);
                }))
                .exec(followUp("partnerships: list"))
                .exec(think())
                .exec(uidl("partnerships: filter", s -> client(s).type("partnerships-search", FILTER_TEXT, "input",
                        lazyInputData()), (s, c) -> {
                    var rows = c.rowsOf("partnerships-grid");
                    if (rows.isEmpty() || !rows.stream().allMatch(r -> r.column("col0").contains(FILTER_TEXT))) {
                        throw new IllegalStateException("filter '" + FILTER_TEXT + "' shows "
                                + rows.stream().map(r -> r.column("col0")).toList());
                    }
                    LoadLedger.done(LoadLedger.Step.FILTERED);
                }))
                .exec(followUp("partnerships: filter"))
                .exec(think())
                .exec(session -> {
                    var row = client(session).rowsOf("partnerships-grid").getFirst();
                    return session.set("row-key", row.key()).set("row-name", row.column("col0"));
                })
                .exec(uidl("partnership: open", s -> client(s).clickGridRow("partnerships-grid",
                        s.getString("row-key")), (s, c) -> {
                    var title = c.textOf("partnership-title");
                    if (!title.equals(s.getString("row-name"))) {
                        throw new IllegalStateException("opened '" + title + "', expected '" + s.getString("row-name")
                                + "'");
                    }
                    LoadLedger.done(LoadLedger.Step.RECORD_OPENED);
                }))
                .exec(followUp("partnership: open"))
                .exec(editCountry());
    }

    /** Edit and save a country's notes, then go back to the list and open it again to see them. */
    private ChainBuilder editCountry() {
        return exec(session -> session.set(COUNTRY, FREE_COUNTRIES.poll()))
                .doIf(session -> session.getString(COUNTRY) != null).then(
                        think(),
                        exec(uidl("country: open", s -> client(s).navigate("countries/" + s.getString(COUNTRY)),
                                (s, c) -> {
                                    c.requireNode("country-notes");
                                    if (!c.textOf("country-title").isEmpty() && c.has("country-save")) {
                                        return;
                                    }
                                    throw new IllegalStateException("the country page has no title or no save button");
                                })),
                        followUp("country: open"),
                        think(),
                        exec(session -> session.set(NOTE, "Перевірка навантаження: "
                                + LoadUsers.username(session.getInt(ACCOUNT)) + ", " + System.currentTimeMillis())),
                        exec(uidl("country: save notes", s -> client(s).typeAndClick("country-notes",
                                s.getString(NOTE), "country-save"), (s, c) -> {
                            if (c.has("country-conflict")) {
                                throw new IllegalStateException("conflict dialog on saving " + s.getString(COUNTRY));
                            }
                            if (!c.notifications().contains(SAVED_NOTIFICATION)) {
                                throw new IllegalStateException("no '" + SAVED_NOTIFICATION + "' after saving, but "
                                        + c.notifications());
                            }
                            LoadLedger.done(LoadLedger.Step.SAVED);
                        })),
                        followUp("country: save notes"),
                        think(),
                        exec(uidl("countries: list", s -> client(s).navigate("countries"), (s, c) -> {
                            if (c.rowsOf("countries-grid").isEmpty()) {
                                throw new IllegalStateException("the countries list shows no rows");
                            }
                        })),
                        followUp("countries: list"),
                        think(),
                        exec(uidl("country: open again", s -> client(s).navigate("countries/" + s.getString(COUNTRY)),
                                (s, c) -> {
                                    var notes = c.requireNode("country-notes").property("value").orElse("");
                                    if (!notes.equals(s.getString(NOTE))) {
                                        throw new IllegalStateException("re-opened " + s.getString(COUNTRY)
                                                + " shows notes '" + notes + "', saved were '" + s.getString(NOTE)
                                                + "'");
                                    }
                                    LoadLedger.done(LoadLedger.Step.SAVE_VERIFIED);
                                })),
                        followUp("country: open again"),
                        exec(PortalSimulation::releaseCountry));
    }

    private ChainBuilder signOut() {
        return exec(http("sign out: click").post(session -> "/?v-r=uidl&v-uiId=" + client(session).uiId())
                        .header("Content-Type", "application/json; charset=UTF-8")
                        .header("Accept", "*/*")
                        .body(StringBody(session -> client(session).click("sign-out")))
                        .check(status().is(200))
                        .check(bodyString().transformWithSession((body, session) ->
                                client(session).receiveSignOut(body)).saveAs("after-sign-out")))
                // the browser then opens the address it was given, which a signed-out visitor is sent away from
                .exec(http("sign out: start page").get("#{after-sign-out}")
                        .check(currentLocation().is(settings.baseUrl() + "/login"))
                        .check(bodyString().transform(html -> {
                            LoadLedger.done(LoadLedger.Step.SIGNED_OUT);
                            return true;
                        }).is(true)));
    }

    // ---- protocol building blocks -----------------------------------------------------------------------------

    /** The Flow client's bootstrap request for the page at {@code location}: a new UI. */
    private static HttpRequestActionBuilder bootstrap(String name, String location) {
        return http(name).get(session -> "/?v-r=init&location=" + location + "&query=&"
                        + VaadinClient.BROWSER_DETAILS + "&v-curdate=" + System.currentTimeMillis()
                        + "&v-wn=v-" + ThreadLocalRandom.current().nextDouble())
                .header("Accept", "*/*")
                .check(status().is(200))
                .check(bodyString().transformWithSession((body, session) -> {
                    client(session).bootstrap(body);
                    return true;
                }).is(true));
    }

    /** A UIDL request whose answer is applied to the user's page and then checked by {@code verify}. */
    private static HttpRequestActionBuilder uidl(String name, Function<Session, String> message,
                                                 BiConsumer<Session, VaadinClient> verify) {
        return http(name).post(session -> "/?v-r=uidl&v-uiId=" + client(session).uiId())
                .header("Content-Type", "application/json; charset=UTF-8")
                .header("Accept", "*/*")
                .body(StringBody(message))
                .check(status().is(200))
                .check(bodyString().transformWithSession((body, session) -> {
                    var client = client(session);
                    client.receive(body);
                    verify.accept(session, client);
                    return true;
                }).is(true));
    }

    /** What the browser sends at once after an answer: the confirmation of grid data, when there is any. */
    private static ChainBuilder followUp(String name) {
        return doIf(session -> client(session).hasFollowUp()).then(
                exec(uidl(name + ": follow-up", s -> client(s).followUp(), (s, c) -> { })));
    }

    private ChainBuilder think() {
        return pause(settings.thinkMin(), settings.thinkMax());
    }

    private static ObjectNode lazyInputData() {
        return (ObjectNode) JsonMapper.builder().build().readTree(LAZY_INPUT_DATA);
    }

    private static VaadinClient client(Session session) {
        return session.get(CLIENT);
    }

    private static int takeAccount() {
        var account = FREE_ACCOUNTS.poll();
        if (account == null) {
            throw new IllegalStateException("more virtual users than load-test accounts");
        }
        return account;
    }

    private static Session releaseCountry(Session session) {
        var country = session.getString(COUNTRY);
        if (country != null) {
            FREE_COUNTRIES.add(country);
        }
        return session.remove(COUNTRY);
    }

    private static Session releaseAll(Session session) {
        var released = releaseCountry(session);
        if (released.contains(ACCOUNT)) {
            FREE_ACCOUNTS.add(released.getInt(ACCOUNT));
        }
        return released.remove(ACCOUNT);
    }
}
