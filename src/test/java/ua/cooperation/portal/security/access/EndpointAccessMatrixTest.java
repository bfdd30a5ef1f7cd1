package ua.cooperation.portal.security.access;

import net.fortuna.ical4j.data.CalendarBuilder;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import ua.cooperation.portal.meeting.CalendarFeedService;
import ua.cooperation.portal.meeting.MeetingChanges;
import ua.cooperation.portal.meeting.MeetingService;
import ua.cooperation.portal.meeting.MeetingType;
import ua.cooperation.portal.security.GuestInvitation;
import ua.cooperation.portal.security.PortalUser;
import ua.cooperation.portal.security.Role;
import ua.cooperation.portal.security.UserAdministration;
import ua.cooperation.portal.testsupport.IntegrationTest;
import ua.cooperation.portal.testsupport.SignedIn;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The access matrix of the HTTP endpoints outside the Vaadin views (feeds, downloads), generated from the application:
 * every request mapping, router function and servlet of the portal's own packages is listed, and each must have a
 * probe here that asks it as the Lithuanian liaison for what she may not see, and with tokens that are missing,
 * malformed, revoked, replaced or of a disabled account — which must all answer exactly alike. A new controller
 * fails this test until it gets its probe.
 */
@IntegrationTest
class EndpointAccessMatrixTest {

    private static final String ROOT = "ua.cooperation.portal.";
    private static final Locale UK = Locale.forLanguageTag("uk");
    private static final Pattern UID = Pattern.compile("UID:meeting-(\\d+)@cooperation-portal");

    @Autowired
    ApplicationContext context;
    @Autowired
    MeetingService meetings;
    @Autowired
    CalendarFeedService feeds;
    @Autowired
    UserAdministration users;
    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    /** What an answer looks like to a caller who cannot see inside: status, content type and body. */
    private record Answer(int status, String contentType, String body) {
    }

    /** The probes, by endpoint pattern. */
    private Map<String, Runnable> probes() {
        return Map.of(CalendarFeedService.PATH_PREFIX + "{token}" + CalendarFeedService.PATH_SUFFIX,
                this::calendarFeed);
    }

    @Test
    void every_endpoint_outside_the_views_has_a_probe_and_passes_it() {
        var endpoints = endpoints();
        assertThat(endpoints).as("the scan reaches the controllers (a broken scan would pass vacuously)")
                .containsKey("/calendar/{token}.ics");
        var probes = probes();
        var unprobed = new TreeSet<>(endpoints.keySet());
        unprobed.removeAll(probes.keySet());
        assertThat(unprobed).as("endpoints without a probe (add one to EndpointAccessMatrixTest): " + endpoints)
                .isEmpty();
        endpoints.keySet().forEach(endpoint -> probes.get(endpoint).run());
    }

    /** Every HTTP entry point of the portal's own code that is not a Vaadin route, with what serves it. */
    private Map<String, String> endpoints() {
        var found = new TreeMap<String, String>();
        for (var mapping : context.getBeansOfType(RequestMappingHandlerMapping.class).values()) {
            mapping.getHandlerMethods().forEach((info, method) -> {
                if (method.getBeanType().getName().startsWith(ROOT)) {
                    info.getPatternValues().forEach(pattern -> found.put(pattern,
                            method.getBeanType().getSimpleName() + "." + method.getMethod().getName()));
                }
            });
        }
        for (var entry : context.getBeansOfType(RouterFunction.class).entrySet()) {
            if (AopUtils.getTargetClass(entry.getValue()).getName().startsWith(ROOT)
                    || entry.getKey().startsWith("portal")) {
                found.put("router function " + entry.getKey(), entry.getValue().toString());
            }
        }
        for (var entry : context.getBeansOfType(ServletRegistrationBean.class).entrySet()) {
            var servlet = entry.getValue().getServlet();
            if (servlet != null && servlet.getClass().getName().startsWith(ROOT)) {
                found.put("servlet " + entry.getValue().getUrlMappings(), servlet.getClass().getSimpleName());
            }
        }
        return found;
    }

    // ------------------------------------------------------------------------------------------ calendar feed

    private void calendarFeed() {
        var kinds = AccessFixtures.kinds(context);
        long polish;
        long internalLithuanian;
        long sharedLithuanian;
        try (var ignored = SignedIn.as("officer")) {
            polish = meeting("Матриця: спільна польська зустріч", Set.of("PL"), true);
            internalLithuanian = meeting("Матриця: внутрішня литовська зустріч", Set.of("LT"), false);
            sharedLithuanian = meeting("Матриця: спільна литовська зустріч", Set.of("LT", "UA"), true);
        }
        String lithuanian;
        String replaced;
        String revoked;
        try (var ignored = SignedIn.as("liaison-pl")) {
            revoked = feeds.issueMyToken();
            feeds.revokeMyToken();
        }
        try (var ignored = SignedIn.as("liaison-lt")) {
            replaced = feeds.issueMyToken();
            lithuanian = feeds.issueMyToken();
        }
        String polishLiaison;
        try (var ignored = SignedIn.as("liaison-pl")) {
            polishLiaison = feeds.issueMyToken();
        }
        var disabledAccount = tokenOfAnInvitedGuestWithoutPassword();

        // her feed: nothing of other countries, nothing internal; every meeting in it is one she may open
        var feed = get(lithuanian);
        assertThat(feed.status()).isEqualTo(200);
        assertThat(feed.contentType()).startsWith("text/calendar");
        validate(feed.body());
        var seen = uids(feed.body());
        assertThat(seen).contains(sharedLithuanian, (Long) kinds.get("MEETING").visible())
                .doesNotContain(polish, internalLithuanian);
        for (var probe : kinds.get("MEETING").outOfScope()) {
            assertThat(seen).as("her feed holds " + probe.what()).doesNotContain((Long) probe.id());
        }
        try (var ignored = SignedIn.as("liaison-lt")) {
            for (var id : seen) {
                assertThat(meetings.findVisibleById(id, UK)).as("meeting " + id + " in her feed").isPresent();
            }
        }
        assertThat(feed.body()).doesNotContain("Матриця: внутрішня").doesNotContain("Матриця: спільна польська");

        // another user's token shows that user's scope, never hers
        var other = get(polishLiaison);
        assertThat(other.status()).isEqualTo(200);
        assertThat(uids(other.body())).contains(polish).doesNotContain(sharedLithuanian, internalLithuanian);

        // every token that is not a live one answers exactly like one that never existed
        var missing = get("Zm9yLXRoZS1hY2Nlc3MtbWF0cml4LW5vLXN1Y2gtdG9rZW4");
        assertThat(missing.status()).isEqualTo(404);
        var alike = new TreeMap<String, Answer>();
        alike.put("revoked", get(revoked));
        alike.put("replaced", get(replaced));
        alike.put("of an account that may not sign in", get(disabledAccount));
        alike.put("malformed", get("x"));
        alike.put("with metacharacters", get("%3Cscript%3E%27%22"));
        alike.put("over-long", get("a".repeat(400)));
        alike.forEach((what, answer) -> assertThat(answer).as("a " + what + " token").isEqualTo(missing));
    }

    private long meeting(String title, Set<String> countries, boolean shared) {
        var start = Instant.now().minus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        return meetings.create(new MeetingChanges(null, 0, MeetingType.VIDEO_CALL, title, start,
                start.plus(1, ChronoUnit.HOURS), null, null, countries, Set.of(), Set.of(), Set.of(), null, null,
                null, shared), UK).id();
    }

    private String tokenOfAnInvitedGuestWithoutPassword() {
        var username = "matrix-feed-" + System.nanoTime();
        long id;
        try (var ignored = SignedIn.as("admin")) {
            users.invite(new GuestInvitation(username, "Matrix Guest", null, Set.of("LT"),
                    LocalDate.now().plusDays(30)));
            id = users.find(username, 0, 1).getFirst().id();
        }
        var guest = new PortalUser(id, username, "Matrix Guest", "", Set.of(Role.LIAISON), Set.of("LT"), true, true,
                true);
        var securityContext = SecurityContextHolder.createEmptyContext();
        securityContext.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(guest, null,
                guest.getAuthorities()));
        SecurityContextHolder.setContext(securityContext);
        try {
            return feeds.issueMyToken();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static List<Long> uids(String body) {
        var ids = new ArrayList<Long>();
        var matcher = UID.matcher(body);
        while (matcher.find()) {
            ids.add(Long.parseLong(matcher.group(1)));
        }
        return ids;
    }

    private static void validate(String body) {
        try {
            new CalendarBuilder().build(new StringReader(body)).validate();
        } catch (Exception e) {
            throw new AssertionError("not a valid iCalendar feed", e);
        }
    }

    private Answer get(String token) {
        try {
            var response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                            + CalendarFeedService.PATH_PREFIX + token + CalendarFeedService.PATH_SUFFIX)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
