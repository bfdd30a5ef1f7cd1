package ua.cooperation.portal.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import ua.cooperation.portal.meeting.CalendarFeedService;
import ua.cooperation.portal.testsupport.IntegrationTest;
import ua.cooperation.portal.testsupport.SignedIn;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The calendar feed's secret address stands for its user outside any session (ADR 0033): it answers only while the
 * account may sign in, exactly like an unknown address otherwise, and "end all sessions" replaces it for good.
 */
@IntegrationTest
class CalendarFeedCutOffTest {

    @Autowired
    CalendarFeedService feeds;
    @Autowired
    UserAdministration administration;
    @Autowired
    UserAccountRepository accounts;
    @Autowired
    PortalUserDetailsService users;
    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    /** Status, content type and body: what a calendar app sees. */
    private record Answer(int status, String contentType, String body) {
    }

    @Test
    void the_feed_of_a_disabled_expired_or_locked_account_answers_like_an_unknown_address() {
        var unknown = fetch("bm8tc3VjaC1mZWVkLWFkZHJlc3MtZm9yLXRoaXMtdGVzdA");
        assertThat(unknown.status()).isEqualTo(404);
        checkStopsAndComesBack("disabled", a -> a.setEnabled(false), a -> a.setEnabled(true), unknown);
        checkStopsAndComesBack("expired", a -> a.setExpiresOn(LocalDate.now().minusDays(1)),
                a -> a.setExpiresOn(null), unknown);
        checkStopsAndComesBack("locked", a -> {
            for (int i = 0; i < UserAccount.MAX_FAILED_ATTEMPTS; i++) {
                a.registerWrongSecondFactorCode(Instant.now());
            }
        }, UserAccount::unlock, unknown);
    }

    @Test
    void ending_all_sessions_replaces_the_feed_address() {
        var account = newLiaison();
        var before = issueFor(account);
        assertThat(fetch(before).status()).isEqualTo(200);

        try (var ignored = SignedIn.as("admin")) {
            administration.endAllSessions(account);
        }
        assertThat(fetch(before).status()).as("the address the calendar app keeps").isEqualTo(404);
        var after = issueFor(account);
        assertThat(fetch(after).status()).as("a new address, issued after signing in again").isEqualTo(200);
        assertThat(fetch(before).status()).isEqualTo(404);
    }

    private void checkStopsAndComesBack(String what, Consumer<UserAccount> stop, Consumer<UserAccount> undo,
                                        Answer unknown) {
        var account = newLiaison();
        var token = issueFor(account);
        assertThat(fetch(token).status()).isEqualTo(200);
        change(account, stop);
        assertThat(fetch(token)).as("the feed of a " + what + " account").isEqualTo(unknown);
        change(account, undo);
        assertThat(fetch(token).status()).as("the same address once the account is no longer " + what)
                .isEqualTo(200);
    }

    private long newLiaison() {
        var account = new UserAccount("feed-cut-off-" + System.nanoTime(), "Feed Test", "{noop}not-used-here",
                Set.of(Role.LIAISON));
        account.setCountryCodes(Set.of("LT"));
        return accounts.saveAndFlush(account).getId();
    }

    private void change(long id, Consumer<UserAccount> change) {
        var account = accounts.findById(id).orElseThrow();
        change.accept(account);
        accounts.saveAndFlush(account);
    }

    /** The user's own feed address, issued as the user does from their menu. */
    private String issueFor(long id) {
        var user = users.toPortalUser(accounts.findById(id).orElseThrow());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return feeds.issueMyToken();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private Answer fetch(String token) {
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
