package ua.cooperation.portal.security;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ContextConfiguration;
import ua.cooperation.portal.audit.SecurityEvent;
import ua.cooperation.portal.audit.SecurityEventType;
import ua.cooperation.portal.testsupport.SignedIn;
import ua.cooperation.portal.testsupport.TestDatabaseInitializer;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signs in over real HTTP against the running portal, as a browser's login form does, and checks what the user is
 * told and what the audit table records.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class SignInTest {

    /** The login page's hidden CSRF field; Vaadin exempts the login POST from CSRF checks, but we send it as a browser does. */
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" type=\"hidden\" value=\"([^\"]+)\"");
    private static final String PASSWORD = "correct horse battery";

    @LocalServerPort
    int port;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    ua.cooperation.portal.audit.SecurityAuditLog auditLog;

    private int userCounter;

    @BeforeEach
    void nextUser() {
        userCounter++;
    }

    @Test
    void correct_password_signs_in_and_is_audited() throws Exception {
        var username = newUser(Set.of(Role.OFFICER), null);
        assertThat(signIn(username, PASSWORD)).isEqualTo("/");
        assertThat(eventsOf(username)).containsExactly(SecurityEventType.SIGN_IN);
        assertThat(accounts.findByUsername(username).orElseThrow().getLastSignInAt()).isNotNull();
    }

    @Test
    void wrong_password_is_refused_with_a_message_and_audited() throws Exception {
        var username = newUser(Set.of(Role.OFFICER), null);
        assertThat(signIn(username, "wrong password")).isEqualTo("/login?error");
        assertThat(eventsOf(username)).containsExactly(SecurityEventType.SIGN_IN_FAILED);
        assertThat(signIn("nobody-" + userCounter, "whatever")).isEqualTo("/login?error");
    }

    @Test
    void five_failures_lock_the_account_and_even_the_right_password_is_then_refused() throws Exception {
        var username = newUser(Set.of(Role.HEAD), null);
        for (int attempt = 1; attempt < UserAccount.MAX_FAILED_ATTEMPTS; attempt++) {
            assertThat(signIn(username, "guess " + attempt)).isEqualTo("/login?error");
        }
        assertThat(signIn(username, "guess 5")).as("the fifth failure tells the user about the lock")
                .isEqualTo("/login?locked");
        assertThat(signIn(username, PASSWORD)).isEqualTo("/login?locked");

        var account = accounts.findByUsername(username).orElseThrow();
        assertThat(account.getLockedUntil()).isAfter(java.time.Instant.now().plusSeconds(14 * 60));
        assertThat(eventsOf(username)).contains(SecurityEventType.LOCKED_OUT)
                .doesNotContain(SecurityEventType.SIGN_IN);
    }

    @Test
    void an_expired_guest_account_cannot_sign_in() throws Exception {
        var username = newUser(Set.of(Role.LIAISON), LocalDate.now().minusDays(1));
        assertThat(signIn(username, PASSWORD)).isEqualTo("/login?expired");
        assertThat(eventsOf(username)).containsExactly(SecurityEventType.SIGN_IN_FAILED);
    }

    @Test
    void a_guest_account_works_until_its_expiry_date() throws Exception {
        var username = newUser(Set.of(Role.LIAISON), LocalDate.now().plusDays(2));
        assertThat(signIn(username, PASSWORD)).isEqualTo("/");
    }

    @Test
    void views_need_a_signed_in_user() throws Exception {
        var client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        var response = client.send(HttpRequest.newBuilder(url("/countries/LT")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    private String newUser(Set<Role> roles, LocalDate expiresOn) {
        var username = "signin-test-" + System.nanoTime();
        var account = new UserAccount(username, "Sign-in Test", passwordEncoder.encode(PASSWORD),
                EnumSet.copyOf(roles));
        account.setExpiresOn(expiresOn);
        if (roles.contains(Role.LIAISON)) {
            account.setCountryCodes(Set.of("LT"));
        }
        accounts.save(account);
        return username;
    }

    /** Posts the login form like a browser (with the CSRF token of the login page); returns where it redirects. */
    private String signIn(String username, String password) throws Exception {
        var client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        var page = client.send(HttpRequest.newBuilder(url("/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        var csrf = CSRF.matcher(page.body());
        var form = "username=" + encode(username) + "&password=" + encode(password)
                + (csrf.find() ? "&_csrf=" + encode(csrf.group(1)) : "");
        var response = client.send(HttpRequest.newBuilder(url("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(302);
        var location = URI.create(response.headers().firstValue("Location").orElseThrow());
        return location.getRawPath() + (location.getRawQuery() == null ? "" : "?" + location.getRawQuery());
    }

    private java.util.List<SecurityEventType> eventsOf(String username) {
        try (var ignored = SignedIn.as("admin")) {
            return auditLog.findByUsername(username).stream().map(SecurityEvent::getType).toList();
        }
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
