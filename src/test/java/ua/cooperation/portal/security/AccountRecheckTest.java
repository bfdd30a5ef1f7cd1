package ua.cooperation.portal.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import ua.cooperation.portal.audit.SecurityAuditLog;
import ua.cooperation.portal.testsupport.IntegrationTest;
import ua.cooperation.portal.testsupport.SignedIn;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What one request's check of the account makes of each shape of session (ADR 0033): a signed-in user, an officer's
 * preview as a liaison, and a sign-in that waits for its second factor. The HTTP side is {@link LiveSessionRightsTest}.
 */
@IntegrationTest
class AccountRecheckTest {

    @Autowired
    AccountRecheck recheck;
    @Autowired
    UserAccountRepository accounts;
    @Autowired
    PortalUserDetailsService users;
    @Autowired
    SecurityAuditLog auditLog;

    private final Instant signedIn = Instant.now();

    @Test
    void an_unchanged_account_keeps_the_session_as_it_is() {
        var user = user(newAccount(Set.of(Role.LIAISON), Set.of("LT")));
        assertThat(recheck.check(signedInAs(user), signedIn)).isEqualTo(AccountRecheck.KEEP);
    }

    @Test
    void new_countries_and_a_lost_role_are_taken_over_by_the_running_session() {
        var account = newAccount(Set.of(Role.OFFICER, Role.LIAISON), Set.of("LT"));
        var session = signedInAs(user(account));
        change(account, a -> {
            a.setRoles(Set.of(Role.LIAISON));
            a.setCountryCodes(Set.of("PL"));
            a.setDisplayName("Renamed Liaison");
        });

        var refreshed = refreshedUser(recheck.check(session, signedIn));
        assertThat(refreshed.roles()).containsExactly(Role.LIAISON);
        assertThat(refreshed.countryCodes()).containsExactly("PL");
        assertThat(refreshed.displayName()).isEqualTo("Renamed Liaison");
        assertThat(refreshed.isCountryRestricted()).isTrue();
    }

    @Test
    void a_session_ends_when_the_account_may_no_longer_sign_in_or_its_sessions_were_ended() {
        assertThat(outcomeAfter(a -> a.setEnabled(false))).isEqualTo(new AccountRecheck.End("account disabled"));
        assertThat(outcomeAfter(a -> a.setExpiresOn(java.time.LocalDate.now().minusDays(1))))
                .isEqualTo(new AccountRecheck.End("account expired"));
        assertThat(outcomeAfter(a -> a.revokeSessions(Instant.now()))).isInstanceOf(AccountRecheck.End.class);
        assertThat(outcomeAfter(a -> a.setRoles(Set.of(Role.LIAISON, Role.HEAD))))
                .as("a new role is taken up by signing in again, with the second factor it may need")
                .isInstanceOf(AccountRecheck.End.class);
    }

    @Test
    void sessions_that_signed_in_after_the_sessions_were_ended_go_on() {
        var account = newAccount(Set.of(Role.LIAISON), Set.of("LT"));
        change(account, a -> a.revokeSessions(signedIn.minusSeconds(1)));
        assertThat(recheck.check(signedInAs(user(account)), signedIn)).isEqualTo(AccountRecheck.KEEP);
        assertThat(recheck.check(signedInAs(user(account)), signedIn.minusSeconds(2)))
                .isInstanceOf(AccountRecheck.End.class);
    }

    @Test
    void a_preview_stays_a_preview_with_the_officers_current_rights_and_ends_with_the_right_to_preview() {
        var account = newAccount(Set.of(Role.OFFICER, Role.LIAISON), Set.of("PL"));
        var officer = user(account);
        var asLiaison = new PortalUser(officer.id(), officer.username(), officer.displayName(), "",
                Set.of(Role.LIAISON), Set.of("LT"), true, true, true);
        var preview = new LiaisonPreview.PreviewAuthentication(asLiaison, signedInAs(officer), "LT");

        change(account, a -> a.setDisplayName("Officer Renamed"));
        var renamed = ((AccountRecheck.Refresh) recheck.check(preview, signedIn)).authentication();
        assertThat(renamed).as("still a preview").isInstanceOf(LiaisonPreview.PreviewAuthentication.class);
        var previewed = (PortalUser) renamed.getPrincipal();
        assertThat(previewed.roles()).containsExactly(Role.LIAISON);
        assertThat(previewed.countryCodes()).containsExactly("LT");
        assertThat(previewed.displayName()).isEqualTo("Officer Renamed");

        change(account, a -> a.setRoles(Set.of(Role.LIAISON)));
        var ended = recheck.check(renamed, signedIn);
        var own = refreshedUser(ended);
        assertThat(((AccountRecheck.Refresh) ended).authentication())
                .as("no preview without the officer's role").isNotInstanceOf(LiaisonPreview.PreviewAuthentication.class);
        assertThat(own.roles()).containsExactly(Role.LIAISON);
        assertThat(own.countryCodes()).as("her own country, not the previewed one").containsExactly("PL");
        try (var ignored = SignedIn.as("admin")) {
            assertThat(auditLog.findByUsername(officer.username())).extracting(e -> e.getDetail())
                    .contains("preview as liaison of LT ended: the right to preview was taken away");
        }

        change(account, a -> a.setEnabled(false));
        assertThat(recheck.check(preview, signedIn)).isInstanceOf(AccountRecheck.End.class);
    }

    @Test
    void a_sign_in_waiting_for_its_second_factor_stays_waiting_and_ends_with_the_account() {
        var account = newAccount(Set.of(Role.OFFICER, Role.LIAISON), Set.of("LT"));
        var pending = new PendingSecondFactor(user(account), false);

        change(account, a -> a.setCountryCodes(Set.of("PL")));
        var refreshed = ((AccountRecheck.Refresh) recheck.check(pending, signedIn)).authentication();
        assertThat(refreshed).isInstanceOfSatisfying(PendingSecondFactor.class, still -> {
            assertThat(still.getAuthorities()).as("no rights while pending").isEmpty();
            assertThat(((PendingSecondFactor.Pending) still.getPrincipal()).user().countryCodes())
                    .containsExactly("PL");
            assertThat(still.mustEnrol()).as("still at the same step").isFalse();
        });

        change(account, a -> a.setEnabled(false));
        assertThat(recheck.check(refreshed, signedIn)).isInstanceOf(AccountRecheck.End.class);
    }

    private AccountRecheck.Outcome outcomeAfter(Consumer<UserAccount> change) {
        var account = newAccount(Set.of(Role.LIAISON), Set.of("LT"));
        var session = signedInAs(user(account));
        change(account, change);
        return recheck.check(session, signedIn);
    }

    private static PortalUser refreshedUser(AccountRecheck.Outcome outcome) {
        assertThat(outcome).isInstanceOf(AccountRecheck.Refresh.class);
        return (PortalUser) ((AccountRecheck.Refresh) outcome).authentication().getPrincipal();
    }

    private long newAccount(Set<Role> roles, Set<String> countryCodes) {
        var account = new UserAccount("recheck-" + System.nanoTime(), "Recheck Test", "{noop}not-used-here",
                EnumSet.copyOf(roles));
        account.setCountryCodes(countryCodes);
        return accounts.saveAndFlush(account).getId();
    }

    private void change(long id, Consumer<UserAccount> change) {
        var account = accounts.findById(id).orElseThrow();
        change.accept(account);
        accounts.saveAndFlush(account);
    }

    private PortalUser user(long id) {
        return users.toPortalUser(accounts.findById(id).orElseThrow());
    }

    private static Authentication signedInAs(PortalUser user) {
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    }
}
