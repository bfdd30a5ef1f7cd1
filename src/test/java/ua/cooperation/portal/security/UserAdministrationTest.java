package ua.cooperation.portal.security;

import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import ua.cooperation.portal.base.ConcurrentEditException;
import ua.cooperation.portal.testsupport.IntegrationTest;
import ua.cooperation.portal.testsupport.SignedIn;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ua.cooperation.portal.testsupport.SignedIn.as;

@IntegrationTest
class UserAdministrationTest {

    @Autowired
    UserAdministration administration;

    @Autowired
    PasswordSetup passwordSetup;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    PasswordTokenRepository tokens;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    GuestInvitationPolicy policy;

    @LocalServerPort
    int port;

    private long id(String username) {
        return accounts.findByUsername(username).orElseThrow().getId();
    }

    private void enable(String username, boolean enabled) {
        try (var ignored = as("admin")) {
            var user = administration.findById(id(username)).orElseThrow();
            administration.update(new UserChanges(user.id(), user.version(), user.displayName(), user.email(),
                    user.roles(), user.countryCodes(), user.expiresOn(), enabled));
        }
    }

    /** Posts the login form as a browser does; returns the path it redirects to ("/" when signed in). */
    private String signIn(String username, String password) throws Exception {
        var client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        var form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        var response = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.discarding());
        return URI.create(response.headers().firstValue("Location").orElseThrow()).getPath();
    }

    private static String token(String link) {
        return link.substring("set-password/".length());
    }

    private String invite(String username) {
        try (var ignored = as("admin")) {
            return token(administration.invite(new GuestInvitation(username, "Jonas Jonaitis", "jonas@example.lt",
                    Set.of("LT"), LocalDate.now().plusMonths(6))));
        }
    }

    @Test
    void an_invited_liaison_sets_a_password_through_the_one_time_link() {
        var username = "guest-" + System.nanoTime();
        var token = invite(username);
        var account = accounts.findByUsername(username).orElseThrow();
        assertThat(account.isEnabled()).as("no sign-in before the password is set").isFalse();
        assertThat(account.getRoles()).containsExactly(Role.LIAISON);
        assertThat(account.getCountryCodes()).containsExactly("LT");

        assertThat(passwordSetup.usernameForLink(token)).contains(username);
        assertThat(passwordSetup.setPassword(token, "Vilnius–Luhansk bridge 2026")).isTrue();

        account = accounts.findByUsername(username).orElseThrow();
        assertThat(account.isEnabled()).isTrue();
        assertThat(passwordEncoder.matches("Vilnius–Luhansk bridge 2026", account.getPasswordHash())).isTrue();
        assertThat(passwordSetup.setPassword(token, "another long passphrase")).as("the link is used up").isFalse();
        assertThat(passwordSetup.usernameForLink(token)).isEmpty();
    }

    @Test
    void weak_passwords_are_refused_with_the_reason_and_the_link_stays_usable() {
        var username = "guest-" + System.nanoTime();
        var token = invite(username);
        assertThatThrownBy(() -> passwordSetup.setPassword(token, "short one"))
                .isInstanceOfSatisfying(PasswordPolicy.PasswordRejectedException.class,
                        e -> assertThat(e.problem()).isEqualTo(PasswordPolicy.Problem.TOO_SHORT));
        assertThatThrownBy(() -> passwordSetup.setPassword(token, "password1234"))
                .isInstanceOfSatisfying(PasswordPolicy.PasswordRejectedException.class,
                        e -> assertThat(e.problem()).isEqualTo(PasswordPolicy.Problem.TOO_COMMON));
        assertThatThrownBy(() -> passwordSetup.setPassword(token, username + "-secret"))
                .isInstanceOfSatisfying(PasswordPolicy.PasswordRejectedException.class,
                        e -> assertThat(e.problem()).isEqualTo(PasswordPolicy.Problem.CONTAINS_USERNAME));
        assertThat(passwordSetup.usernameForLink(token)).contains(username);
        assertThat(accounts.findByUsername(username).orElseThrow().isEnabled()).isFalse();
    }

    @Test
    void links_expire_after_72_hours_and_a_new_link_replaces_the_old_one() {
        var username = "guest-" + System.nanoTime();
        var first = invite(username);
        var account = accounts.findByUsername(username).orElseThrow();
        String second;
        try (var ignored = as("admin")) {
            second = token(administration.resetPassword(account.getId()));
        }
        assertThat(passwordSetup.usernameForLink(first)).isEmpty();
        assertThat(passwordSetup.usernameForLink(second)).contains(username);

        var expired = UserAdministration.randomToken();
        tokens.save(new PasswordToken(account, UserAdministration.sha256(expired), PasswordToken.Purpose.RESET,
                Instant.now().minusSeconds(73 * 3600), Instant.now().minusSeconds(3600)));
        assertThat(passwordSetup.setPassword(expired, "a perfectly good passphrase")).isFalse();
        assertThat(UserAdministration.LINK_VALIDITY).hasHours(72);
    }

    @Test
    void disabling_an_account_or_ending_its_sessions_cancels_its_open_password_links() {
        var disabled = "guest-" + System.nanoTime();
        invite(disabled);
        enable(disabled, true);
        String reset;
        try (var ignored = as("admin")) {
            reset = token(administration.resetPassword(id(disabled)));
        }
        enable(disabled, false);
        assertThat(passwordSetup.usernameForLink(reset)).isEmpty();
        assertThat(passwordSetup.setPassword(reset, "a perfectly good passphrase")).isFalse();

        var ended = "guest-" + System.nanoTime();
        var open = invite(ended);
        try (var ignored = as("admin")) {
            administration.endAllSessions(id(ended));
        }
        assertThat(passwordSetup.setPassword(open, "a perfectly good passphrase")).isFalse();
        assertThat(accounts.findByUsername(ended).orElseThrow().isEnabled()).isFalse();
    }

    @Test
    void a_reset_link_sets_the_password_of_a_disabled_account_but_leaves_it_disabled() throws Exception {
        var username = "guest-" + System.nanoTime();
        invite(username);
        enable(username, true);
        enable(username, false);
        String reset;
        try (var ignored = as("admin")) {
            reset = token(administration.resetPassword(id(username)));
        }
        assertThat(passwordSetup.setPassword(reset, "Vilnius–Luhansk bridge 2026")).isTrue();

        var account = accounts.findByUsername(username).orElseThrow();
        assertThat(passwordEncoder.matches("Vilnius–Luhansk bridge 2026", account.getPasswordHash())).isTrue();
        assertThat(account.isEnabled()).as("a reset link never enables").isFalse();
        assertThat(signIn(username, "Vilnius–Luhansk bridge 2026")).as("and the user cannot sign in")
                .isNotEqualTo("/");
    }

    @Test
    void a_password_reset_link_stops_the_old_password_at_once() throws Exception {
        var username = "guest-" + System.nanoTime();
        assertThat(passwordSetup.setPassword(invite(username), "the first pass phrase")).isTrue();
        assertThat(signIn(username, "the first pass phrase")).isEqualTo("/");

        String reset;
        try (var ignored = as("admin")) {
            reset = token(administration.resetPassword(id(username)));
        }
        assertThat(signIn(username, "the first pass phrase")).as("the old password").isNotEqualTo("/");
        assertThat(passwordSetup.setPassword(reset, "the second pass phrase")).isTrue();
        assertThat(signIn(username, "the second pass phrase")).isEqualTo("/");
    }

    @Test
    void administrators_change_roles_countries_and_expiry_and_stale_edits_are_refused() {
        var username = "guest-" + System.nanoTime();
        invite(username);
        try (var ignored = as("admin")) {
            var user = administration.find(username, 0, 5).getFirst();
            var changed = administration.update(new UserChanges(user.id(), user.version(), "Jonas J.", null,
                    Set.of(Role.LIAISON), Set.of("LT", "LV"), LocalDate.now().plusYears(1), true));
            assertThat(changed.countryCodes()).containsExactlyInAnyOrder("LT", "LV");
            assertThat(changed.displayName()).isEqualTo("Jonas J.");

            var stale = new UserChanges(user.id(), user.version(), "Old tab", null, Set.of(Role.LIAISON),
                    Set.of("LT"), LocalDate.now().plusYears(1), true);
            assertThatThrownBy(() -> administration.update(stale)).isInstanceOf(ConcurrentEditException.class);
            assertThat(administration.findById(user.id()).orElseThrow().displayName()).isEqualTo("Jonas J.");
        }
    }

    @Test
    void an_administrator_cannot_lock_themselves_out() {
        try (var ignored = as("admin")) {
            var me = administration.find("admin", 0, 5).stream().filter(u -> u.username().equals("admin"))
                    .findFirst().orElseThrow();
            var disableMe = new UserChanges(me.id(), me.version(), me.displayName(), null, Set.of(Role.ADMIN),
                    Set.of(), null, false);
            assertThatThrownBy(() -> administration.update(disableMe)).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void only_administrators_manage_users() {
        for (var user : new String[]{"officer", "head", "liaison-lt"}) {
            try (var ignored = as(user)) {
                assertThatThrownBy(() -> administration.find(null, 0, 10)).as(user)
                        .isInstanceOf(AuthorizationDeniedException.class);
                assertThatThrownBy(() -> administration.resetPassword(2)).as(user)
                        .isInstanceOf(AuthorizationDeniedException.class);
            }
        }
    }

    @Test
    void officers_invite_guests_only_when_the_office_allows_it_and_never_heads_or_liaisons() {
        var invitation = new GuestInvitation("vilnius.desk", "Ona Onaitė", null, Set.of("LT"),
                LocalDate.now().plusMonths(3));
        try (var ignored = as("officer")) {
            assertThatThrownBy(() -> administration.invite(invitation)).as("off by default")
                    .isInstanceOf(AuthorizationDeniedException.class);
        }
        assertThat(accounts.findByUsername("vilnius.desk")).isEmpty();
        policy.setOfficersMayInvite(true);
        try {
            for (var user : new String[]{"head", "liaison-lt"}) {
                try (var ignored = as(user)) {
                    assertThatThrownBy(() -> administration.invite(invitation)).as(user)
                            .isInstanceOf(AuthorizationDeniedException.class);
                }
            }
            try (var ignored = as("officer")) {
                assertThat(administration.invite(invitation)).startsWith("set-password/");
            }
            var guest = accounts.findByUsername("vilnius.desk").orElseThrow();
            assertThat(guest.getRoles()).containsExactly(Role.LIAISON);
        } finally {
            policy.setOfficersMayInvite(false);
        }
    }

    @Test
    void a_guest_is_bound_to_countries_or_to_one_organisation_never_both_nor_neither() {
        var expires = LocalDate.now().plusMonths(3);
        try (var ignored = as("admin")) {
            var both = new GuestInvitation("iom.both", "Both", null, Set.of("LT"), expires, SignedIn.IOM_MISSION);
            var neither = new GuestInvitation("iom.neither", "Neither", null, Set.of(), expires, null);
            var unknown = new GuestInvitation("iom.unknown", "Unknown", null, Set.of(), expires, 999_999_999L);
            for (var invitation : List.of(both, neither, unknown)) {
                assertThatThrownBy(() -> administration.invite(invitation)).as(invitation.username())
                        .isInstanceOf(ConstraintViolationException.class);
                assertThat(accounts.findByUsername(invitation.username())).isEmpty();
            }

            administration.invite(new GuestInvitation("iom.kyiv", "IOM Kyiv", null, Set.of(), expires,
                    SignedIn.IOM_MISSION));
        }
        var guest = accounts.findByUsername("iom.kyiv").orElseThrow();
        assertThat(guest.getOrganisationId()).isEqualTo(SignedIn.IOM_MISSION);
        assertThat(guest.getCountryCodes()).isEmpty();
        assertThat(guest.getRoles()).containsExactly(Role.LIAISON);
    }
}
