package ua.cooperation.portal.security;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import ua.cooperation.portal.audit.SecurityAuditLog;
import ua.cooperation.portal.audit.SecurityEventType;
import ua.cooperation.portal.base.RecordNotFoundException;
import ua.cooperation.portal.testsupport.IntegrationTest;

import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ua.cooperation.portal.testsupport.SignedIn.as;

/**
 * An administrator resets a user's second factor (a lost phone): the secret and recovery codes are gone, the security
 * log says who did it, and the user's next sign-in leads to setting it up again.
 */
@IntegrationTest
class SecondFactorResetTest {

    @Autowired
    UserAdministration administration;
    @Autowired
    UserAccountRepository accounts;
    @Autowired
    TwoFactorEnrolmentRepository enrolments;
    @Autowired
    RecoveryCodeRepository recoveryCodes;
    @Autowired
    TwoFactor twoFactor;
    @Autowired
    PortalUserDetailsService userDetails;
    @Autowired
    SecurityAuditLog auditLog;
    @Autowired
    SignInAttempts attempts;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** A head of department with a second factor set up, as after their first sign-in. */
    private UserAccount enrolledHead() {
        var account = accounts.saveAndFlush(new UserAccount("head-2fa-" + System.nanoTime(), "Марта Head",
                "{noop}not-used-here", Set.of(Role.HEAD)));
        enrolments.saveAndFlush(new TwoFactorEnrolment(account.getId(), "JBSWY3DPEHPK3PXP", Instant.now()));
        recoveryCodes.saveAndFlush(new RecoveryCode(account.getId(), "{noop}recovery-1"));
        return account;
    }

    private String redirectAfterPassword(UserAccount account) throws Exception {
        var user = userDetails.toPortalUser(account);
        var request = new MockHttpServletRequest("POST", "/login");
        var response = new MockHttpServletResponse();
        new TwoFactorSignIn(twoFactor, attempts).onAuthenticationSuccess(request, response,
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.clearContext();
        return response.getRedirectedUrl();
    }

    @Test
    void an_administrator_resets_the_second_factor_and_the_user_sets_it_up_again_at_the_next_sign_in()
            throws Exception {
        var account = enrolledHead();
        assertThat(redirectAfterPassword(account)).isEqualTo("/" + TwoFactorSignIn.CODE_PAGE);
        try (var ignored = as("admin")) {
            assertThat(administration.findById(account.getId()).orElseThrow().twoFactorEnrolled()).isTrue();
            administration.resetSecondFactor(account.getId());
            assertThat(administration.findById(account.getId()).orElseThrow().twoFactorEnrolled()).isFalse();
        }
        assertThat(twoFactor.isEnrolled(account.getId())).isFalse();
        assertThat(recoveryCodes.findByUserIdAndUsedAtIsNull(account.getId())).isEmpty();
        assertThat(redirectAfterPassword(account)).as("a head must set it up again")
                .isEqualTo("/" + TwoFactorSignIn.ENROL_PAGE);
        try (var ignored = as("admin")) {
            assertThat(auditLog.findByUsername("admin"))
                    .filteredOn(e -> e.getType() == SecurityEventType.TWO_FACTOR_RESET)
                    .extracting(e -> e.getDetail())
                    .contains("second factor of " + account.getUsername() + " reset");
        }
    }

    @Test
    void only_administrators_reset_a_second_factor_and_a_missing_user_answers_not_found() {
        var account = enrolledHead();
        for (var user : new String[]{"officer", "head", "liaison-lt"}) {
            try (var ignored = as(user)) {
                assertThatThrownBy(() -> administration.resetSecondFactor(account.getId()))
                        .isInstanceOf(AuthorizationDeniedException.class);
            }
        }
        assertThat(twoFactor.isEnrolled(account.getId())).isTrue();
        try (var ignored = as("admin")) {
            assertThatThrownBy(() -> administration.resetSecondFactor(999_999_999L))
                    .isInstanceOf(RecordNotFoundException.class);
        }
    }
}
