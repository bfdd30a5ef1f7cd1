package ua.cooperation.portal.security;

import ua.cooperation.portal.base.PortalTime;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import ua.cooperation.portal.audit.SecurityAuditLog;
import ua.cooperation.portal.audit.SecurityEvent;
import ua.cooperation.portal.audit.SecurityEventType;
import ua.cooperation.portal.base.ui.PortalErrorHandler;
import ua.cooperation.portal.country.CountryService;
import ua.cooperation.portal.testsupport.IntegrationTest;
import ua.cooperation.portal.testsupport.PortalTab;
import ua.cooperation.portal.testsupport.SignedIn;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A running session obeys an administrator's change at its very next request (ADR 0033), tried over real HTTP with one
 * cookie jar: the user signs in through the login form and works through Vaadin's own protocol ({@link PortalTab})
 * while an administrator changes the account through {@link UserAdministration}. Each user is a fresh account (a
 * Lithuanian liaison like the demo's {@code liaison-lt}), so that no change leaks into other tests.
 */
@IntegrationTest
class LiveSessionRightsTest {

    private static final String PASSWORD = "a live session pass phrase";
    private static final String SHOWS_PARTNERSHIP = "the partnership";
    private static final String SHOWS_NOT_FOUND = "not found";
    private static final long LITHUANIAN_PARTNERSHIP = 1;
    private static final long POLISH_PARTNERSHIP = 2;
    private static final long MEETING_SHARED_WITH_LITHUANIA = 1;
    private static final Locale UK = Locale.forLanguageTag("uk");

    @LocalServerPort
    int port;
    @Autowired
    UserAccountRepository accounts;
    @Autowired
    PasswordTokenRepository tokens;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    UserAdministration administration;
    @Autowired
    PasswordSetup passwordSetup;
    @Autowired
    CountryService countries;
    @Autowired
    SecurityAuditLog auditLog;

    private final List<PortalTab> tabs = new ArrayList<>();

    @AfterEach
    void closeTabs() {
        tabs.forEach(PortalTab::close);
    }

    @Test
    void a_liaison_moved_from_lithuania_to_poland_sees_poland_at_her_next_click() {
        var liaison = newAccount(Set.of(Role.LIAISON), Set.of("LT"));
        var tab = signIn(liaison);
        assertThat(partnershipPage(tab, LITHUANIAN_PARTNERSHIP)).isEqualTo(SHOWS_PARTNERSHIP);
        assertThat(partnershipPage(tab, POLISH_PARTNERSHIP)).isEqualTo(SHOWS_NOT_FOUND);

        change(liaison, u -> new UserChanges(u.id(), u.version(), u.displayName(), u.email(), u.roles(),
                Set.of("PL"), u.expiresOn(), u.enabled()));

        assertThat(partnershipPage(tab, LITHUANIAN_PARTNERSHIP)).as("the same session, the next click")
                .isEqualTo(SHOWS_NOT_FOUND);
        assertThat(partnershipPage(tab, POLISH_PARTNERSHIP)).isEqualTo(SHOWS_PARTNERSHIP);
        assertThat(tab.page().textOf("current-user")).as("still signed in, no sign-out needed")
                .contains("Live Session");
    }

    @Test
    void a_download_address_read_before_the_change_obeys_the_account_at_once() {
        var liaison = newAccount(Set.of(Role.LIAISON), Set.of("LT"));
        var tab = signIn(liaison);
        tab.open("meetings/" + MEETING_SHARED_WITH_LITHUANIA);
        var ics = tab.hrefOf("meeting-ics");
        assertThat(ics).startsWith("/VAADIN/dynamic/");
        var first = tab.get(ics);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).contains("BEGIN:VCALENDAR");

        change(liaison, u -> new UserChanges(u.id(), u.version(), u.displayName(), u.email(), u.roles(),
                Set.of("PL"), u.expiresOn(), u.enabled()));
        var moved = tab.get(ics);
        assertThat(moved.statusCode()).as("the meeting is no longer hers: not found").isEqualTo(404);
        assertThat(moved.body()).doesNotContain("BEGIN:VCALENDAR");

        change(liaison, u -> new UserChanges(u.id(), u.version(), u.displayName(), u.email(), u.roles(),
                Set.of("LT"), u.expiresOn(), u.enabled()));
        assertThat(tab.get(ics).statusCode()).as("back in Lithuania: the same address works again").isEqualTo(200);

        change(liaison, u -> new UserChanges(u.id(), u.version(), u.displayName(), u.email(), u.roles(),
                u.countryCodes(), u.expiresOn(), false));
        var disabled = tab.get(ics);
        assertThat(disabled.statusCode()).as("a disabled account downloads nothing").isNotEqualTo(200);
        assertThat(disabled.body()).doesNotContain("BEGIN:VCALENDAR");
        assertThat(redirectOf(tab.get("/meetings/" + MEETING_SHARED_WITH_LITHUANIA)))
                .as("the next page goes to the sign-in page with the message").isEqualTo("/login?session-ended");
    }

    @Test
    void a_user_who_lost_the_officer_role_while_editing_is_refused_at_save() {
        var officer = newAccount(Set.of(Role.OFFICER, Role.LIAISON), Set.of("LT"));
        var tab = signIn(officer);
        tab.open("countries/LT");
        assertThat(tab.page().has("country-save")).isTrue();
        var notesBefore = lithuanianNotes();

        change(officer, u -> new UserChanges(u.id(), u.version(), u.displayName(), u.email(), Set.of(Role.LIAISON),
                u.countryCodes(), u.expiresOn(), u.enabled()));
        tab.typeAndClick("country-notes", "Записано після втрати ролі " + System.nanoTime(), "country-save");

        assertThat(tab.page().has(PortalErrorHandler.ID_REFUSED)).as("told, not failing silently").isTrue();
        assertThat(lithuanianNotes()).as("nothing saved").isEqualTo(notesBefore);
        assertThat(events(officer)).as("refused like any call without the role")
                .contains(SecurityEventType.ACCESS_DENIED);
        assertThat(partnershipPage(tab, POLISH_PARTNERSHIP)).as("a liaison of Lithuania now")
                .isEqualTo(SHOWS_NOT_FOUND);
    }

    /** What an administrator (or the user, with a link) does that must end the user's running sessions. */
    enum Ending {
        DISABLED, EXPIRED, ALL_SESSIONS_ENDED, SECOND_FACTOR_RESET, PASSWORD_RESET_LINK, PASSWORD_SET_THROUGH_LINK,
        LOCKED, ROLE_ADDED
    }

    @ParameterizedTest
    @EnumSource(Ending.class)
    void the_running_session_ends_at_its_next_request_with_a_message(Ending ending) {
        var liaison = newAccount(Set.of(Role.LIAISON), Set.of("LT"));
        var tab = signIn(liaison);
        tab.open("countries");

        end(liaison, ending);

        assertThat(tab.openUnchecked("countries/LT")).as("Vaadin's own request: the browser is told to reload")
                .contains("\"sessionExpired\":true");
        assertThat(redirectOf(tab.get("/countries/LT"))).as("the reload lands on the message")
                .isEqualTo("/login?session-ended");
        assertThat(tab.get("/login?session-ended").statusCode()).isEqualTo(200);
        assertThat(redirectOf(tab.get("/countries/LT"))).as("signed out, the message shown once")
                .isEqualTo("/login");
        assertThat(events(liaison)).contains(SecurityEventType.SIGN_OUT);
    }

    @Test
    void a_new_password_set_in_the_same_browser_before_signing_in_keeps_the_new_session() {
        var liaison = newAccount(Set.of(Role.LIAISON), Set.of("LT"));
        var tab = PortalTab.anonymous(baseUrl());
        tabs.add(tab);
        assertThat(tab.get("/login").statusCode()).as("the browser has a session before it signs in").isEqualTo(200);
        var newPassword = "another live session pass phrase";
        assertThat(passwordSetup.setPassword(openResetLink(liaison), newPassword)).isTrue();

        tab.signInAs(username(liaison), newPassword);
        assertThat(tab.open("countries").page().has("countries-grid")).as("the session that signed in after the new"
                + " password goes on").isTrue();
    }

    private void end(long id, Ending ending) {
        switch (ending) {
            case DISABLED -> change(id, u -> new UserChanges(u.id(), u.version(), u.displayName(), u.email(),
                    u.roles(), u.countryCodes(), u.expiresOn(), false));
            case EXPIRED -> change(id, u -> new UserChanges(u.id(), u.version(), u.displayName(), u.email(),
                    u.roles(), u.countryCodes(), LocalDate.now(PortalTime.ZONE), u.enabled()));
            case ROLE_ADDED -> change(id, u -> new UserChanges(u.id(), u.version(), u.displayName(), u.email(),
                    Set.of(Role.LIAISON, Role.OFFICER), u.countryCodes(), u.expiresOn(), u.enabled()));
            case ALL_SESSIONS_ENDED -> asAdmin(() -> administration.endAllSessions(id));
            case SECOND_FACTOR_RESET -> asAdmin(() -> administration.resetSecondFactor(id));
            case PASSWORD_RESET_LINK -> asAdmin(() -> administration.resetPassword(id));
            case PASSWORD_SET_THROUGH_LINK -> assertThat(passwordSetup.setPassword(openResetLink(id),
                    "a fresh pass phrase for the test")).isTrue();
            case LOCKED -> {
                var account = accounts.findById(id).orElseThrow();
                for (int i = 0; i < UserAccount.MAX_FAILED_ATTEMPTS; i++) {
                    account.registerWrongSecondFactorCode(Instant.now());
                }
                assertThat(accounts.saveAndFlush(account).isLockedAt(Instant.now())).isTrue();
            }
        }
    }

    /** An open one-time link of the user, as one an administrator sent earlier would be; returns its secret. */
    private String openResetLink(long id) {
        var secret = UserAdministration.randomToken();
        var now = Instant.now();
        tokens.saveAndFlush(new PasswordToken(accounts.findById(id).orElseThrow(), UserAdministration.sha256(secret),
                PasswordToken.Purpose.RESET, now, now.plus(UserAdministration.LINK_VALIDITY)));
        return secret;
    }

    /** Which of the two answers the partnership's address gives in this tab now. */
    private static String partnershipPage(PortalTab tab, long id) {
        tab.open("partnerships/" + id);
        if (tab.page().has("partnership-title")) {
            return SHOWS_PARTNERSHIP;
        }
        return tab.page().has("not-found") ? SHOWS_NOT_FOUND : "neither: " + tab.page().lastResponse();
    }

    private String lithuanianNotes() {
        try (var ignored = SignedIn.as("officer")) {
            return countries.findVisibleByCode("LT", UK).orElseThrow().notes();
        }
    }

    private long newAccount(Set<Role> roles, Set<String> countryCodes) {
        var account = new UserAccount("live-" + System.nanoTime(), "Live Session Test",
                passwordEncoder.encode(PASSWORD), EnumSet.copyOf(roles));
        account.setCountryCodes(countryCodes);
        return accounts.saveAndFlush(account).getId();
    }

    private PortalTab signIn(long id) {
        var tab = PortalTab.signIn(baseUrl(), username(id), PASSWORD);
        tabs.add(tab);
        return tab;
    }

    private void change(long id, Function<UserSummary, UserChanges> change) {
        asAdmin(() -> administration.update(change.apply(administration.findById(id).orElseThrow())));
    }

    private static void asAdmin(Runnable work) {
        try (var ignored = SignedIn.as("admin")) {
            work.run();
        }
    }

    private String username(long id) {
        return accounts.findById(id).orElseThrow().getUsername();
    }

    private List<SecurityEventType> events(long id) {
        var username = username(id);
        try (var ignored = SignedIn.as("admin")) {
            return auditLog.findByUsername(username).stream().map(SecurityEvent::getType).toList();
        }
    }

    private static String redirectOf(java.net.http.HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as("a redirect: " + answer.body()).isEqualTo(302);
        var location = java.net.URI.create(answer.headers().firstValue("Location").orElseThrow());
        return location.getRawPath() + (location.getRawQuery() == null ? "" : "?" + location.getRawQuery());
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }
}
