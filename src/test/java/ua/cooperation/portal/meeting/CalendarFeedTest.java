package ua.cooperation.portal.meeting;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import ua.cooperation.portal.security.GuestInvitation;
import ua.cooperation.portal.security.PortalUser;
import ua.cooperation.portal.security.Role;
import ua.cooperation.portal.security.UserAdministration;
import ua.cooperation.portal.security.UserChanges;
import ua.cooperation.portal.testsupport.IntegrationTest;
import ua.cooperation.portal.testsupport.TestMeetings;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static ua.cooperation.portal.testsupport.SignedIn.as;

/**
 * iCalendar files and personal feeds, parsed back with ical4j; the feed over a real HTTP call to the running portal,
 * without a session.
 */
@IntegrationTest
class CalendarFeedTest {

    private static final java.util.Locale UK_READER = java.util.Locale.forLanguageTag("uk");

    @Autowired
    MeetingService meetings;
    @Autowired
    MeetingCalendarService calendarService;
    @Autowired
    CalendarFeedService feeds;
    @Autowired
    UserAdministration users;
    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private static Calendar parse(String text) throws Exception {
        var calendar = new CalendarBuilder().build(new StringReader(text));
        calendar.validate();
        return calendar;
    }

    private static List<String> uids(Calendar calendar) {
        return calendar.<VEvent>getComponents("VEVENT").stream()
                .map(e -> e.getProperty(Property.UID).orElseThrow().getValue()).toList();
    }

    private HttpResponse<String> get(String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + CalendarFeedService.PATH_PREFIX + token + CalendarFeedService.PATH_SUFFIX)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void the_lithuanian_liaison_gets_the_meeting_and_her_feed_in_lithuanian() throws Exception {
        String token;
        try (var ignored = as("liaison-lt")) {
            var event = parse(calendarService.icsOf(TestMeetings.SHARED_WITH_LITHUANIA, Locale.forLanguageTag("lt"))
                    .orElseThrow()).<VEvent>getComponents("VEVENT").getFirst();
            var summary = event.getProperty(Property.SUMMARY).orElseThrow();
            assertThat(summary.getValue()).startsWith("Luhansko srities");
            assertThat(summary.getParameter(Parameter.LANGUAGE).orElseThrow().getValue()).isEqualTo("lt");
            assertThat(event.getProperty(Property.DESCRIPTION).orElseThrow().getValue()).contains("Vaikų poilsis");
            token = feeds.issueMyToken();
        }
        // her feed follows her saved language (lt), without a session
        var feed = get(token);
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(parse(feed.body()).<VEvent>getComponents("VEVENT").stream()
                .map(e -> e.getProperty(Property.SUMMARY).orElseThrow().getValue()))
                .contains("Luhansko srities karinės administracijos vadovo susitikimas su Lietuvos Respublikos ambasadoriumi");
    }

    @Test
    void a_meeting_downloads_as_a_valid_icalendar_event_in_utc() throws Exception {
        try (var ignored = as("officer")) {
            var calendar = parse(calendarService.icsOf(TestMeetings.SHARED_WITH_LITHUANIA, UK_READER).orElseThrow());
            assertThat(calendar.getProperty(Property.PRODID).orElseThrow().getValue())
                    .isEqualTo(ICalendarWriter.PRODUCT_ID);
            assertThat(calendar.getProperty(Property.VERSION).orElseThrow().getValue()).isEqualTo("2.0");
            var event = calendar.<VEvent>getComponents("VEVENT").getFirst();
            assertThat(event.getProperty(Property.UID).orElseThrow().getValue()).isEqualTo("meeting-1@cooperation-portal");
            assertThat(event.getProperty(Property.DTSTAMP)).isPresent();
            assertThat(event.getProperty(Property.DTSTART).orElseThrow().getValue()).isEqualTo("20250922T080000Z");
            assertThat(event.getProperty(Property.DTEND).orElseThrow().getValue()).isEqualTo("20250922T093000Z");
            assertThat(event.getProperty(Property.SUMMARY).orElseThrow().getValue())
                    .isEqualTo("Зустріч начальника ОВА з Послом Литовської Республіки");
            // internal notes never leave the office, not even in a staff member's file
            assertThat(calendarService.icsOf(TestMeetings.SHARED_WITH_LITHUANIA, UK_READER).orElseThrow()).doesNotContain("Внутрішнє");
        }
        try (var ignored = as("liaison-lt")) {
            assertThat(calendarService.icsOf(TestMeetings.SHARED_WITH_LITHUANIA, UK_READER)).isPresent();
            assertThat(calendarService.icsOf(TestMeetings.INTERNAL, UK_READER)).isEmpty();
            assertThat(calendarService.icsOf(TestMeetings.MISSING, UK_READER)).isEmpty();
        }
    }

    @Test
    void the_feed_shows_what_its_user_may_see_and_a_replaced_or_revoked_token_answers_404() throws Exception {
        String liaison;
        String officer;
        try (var ignored = as("liaison-lt")) {
            var first = feeds.issueMyToken();
            liaison = feeds.issueMyToken();
            assertThat(liaison).isNotEqualTo(first);
            assertThat(get(first).statusCode()).as("replaced token").isEqualTo(404);
        }
        try (var ignored = as("officer")) {
            officer = feeds.issueMyToken();
        }
        var response = get(liaison);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/calendar");
        var seen = uids(parse(response.body()));
        assertThat(seen).contains(ICalendarWriter.uid(TestMeetings.SHARED_WITH_LITHUANIA))
                .doesNotContain(ICalendarWriter.uid(TestMeetings.INTERNAL), ICalendarWriter.uid(3));
        assertThat(uids(parse(get(officer).body()))).contains(ICalendarWriter.uid(TestMeetings.SHARED_WITH_LITHUANIA),
                ICalendarWriter.uid(TestMeetings.INTERNAL), ICalendarWriter.uid(3));

        try (var ignored = as("liaison-lt")) {
            feeds.revokeMyToken();
            assertThat(feeds.myTokenCreatedAt()).isEmpty();
        }
        assertThat(get(liaison).statusCode()).as("revoked token").isEqualTo(404);
        assertThat(get("no-such-token-0123456789abcdef").statusCode()).isEqualTo(404);
        assertThat(get("x").statusCode()).isEqualTo(404);
    }

    @Test
    void a_disabled_or_expired_guest_account_gets_404_for_its_feed() throws Exception {
        long guestId;
        try (var ignored = as("admin")) {
            users.invite(new GuestInvitation("feed-guest", "Feed Guest", null, Set.of("LT"),
                    LocalDate.now().plusDays(30)));
            guestId = users.find("feed-guest", 0, 1).getFirst().id();
        }
        var guest = new PortalUser(guestId, "feed-guest", "Feed Guest", "", Set.of(Role.LIAISON), Set.of("LT"),
                true, true, true);
        var token = issueAs(guest);
        // invited, not yet enabled (no password set)
        assertThat(get(token).statusCode()).isEqualTo(404);
        try (var ignored = as("admin")) {
            var summary = users.findById(guestId).orElseThrow();
            users.update(new UserChanges(guestId, summary.version(), summary.displayName(), null, summary.roles(),
                    summary.countryCodes(), summary.expiresOn(), true));
        }
        assertThat(get(token).statusCode()).isEqualTo(200);
        try (var ignored = as("admin")) {
            var summary = users.findById(guestId).orElseThrow();
            users.update(new UserChanges(guestId, summary.version(), summary.displayName(), null, summary.roles(),
                    summary.countryCodes(), LocalDate.now().minusDays(1), true));
        }
        assertThat(get(token).statusCode()).as("expired").isEqualTo(404);
    }

    private String issueAs(PortalUser user) {
        var context = org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
        context.setAuthentication(org.springframework.security.authentication.UsernamePasswordAuthenticationToken
                .authenticated(user, null, user.getAuthorities()));
        org.springframework.security.core.context.SecurityContextHolder.setContext(context);
        try {
            return feeds.issueMyToken();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
    }
}
