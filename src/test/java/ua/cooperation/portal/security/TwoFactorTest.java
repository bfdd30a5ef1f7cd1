package ua.cooperation.portal.security;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import ua.cooperation.portal.audit.RequestOrigin;
import ua.cooperation.portal.audit.SecurityAuditLog;
import ua.cooperation.portal.audit.SecurityEvent;
import ua.cooperation.portal.audit.SecurityEventType;
import ua.cooperation.portal.partnership.PartnershipChanges;
import ua.cooperation.portal.partnership.PartnershipFilter;
import ua.cooperation.portal.partnership.PartnershipService;
import ua.cooperation.portal.partnership.PartnershipType;
import ua.cooperation.portal.testsupport.IntegrationTest;
import ua.cooperation.portal.testsupport.SignedIn;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The second factor cannot be worn down: codes are accepted once, wrong codes count towards the account's lock across
 * sign-in attempts, replacing it needs the current code or the password, and completing it renews the session id.
 * The service runs here on a clock the test moves, so that time steps of the codes are certain; the account's lock and
 * the database are the application's own.
 */
@IntegrationTest
class TwoFactorTest {

    private static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
    private static final String PASSWORD = "second factor test phrase";

    @Autowired
    TwoFactor applicationTwoFactor;
    @Autowired
    PartnershipService partnerships;
    @Autowired
    TwoFactorEnrolmentRepository enrolments;
    @Autowired
    RecoveryCodeRepository recoveryCodes;
    @Autowired
    UserAccountRepository accounts;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    SecondFactorPolicy policy;
    @Autowired
    SignInAttempts attempts;
    @Autowired
    SecurityAuditLog auditLog;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    PortalUserDetailsService userDetails;

    private final MutableClock clock = new MutableClock();
    private TwoFactor twoFactor;

    @BeforeEach
    void serviceOnTheTestsClock() {
        twoFactor = new TwoFactor(enrolments, recoveryCodes, accounts, passwordEncoder, policy, attempts, auditLog,
                clock, transactions);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void a_head_sets_up_the_second_factor_then_signs_in_with_codes_or_a_recovery_code_once() {
        var head = newUser(Role.HEAD);
        assertThat(applicationTwoFactor.requiredFor(head)).isTrue();
        assertThat(applicationTwoFactor.requiredFor(SignedIn.demoUser("admin"))).isTrue();

        pending(head, true);
        var secret = twoFactor.newSecret();
        assertThat(secret.qrDataUri()).startsWith("data:image/png;base64,");
        assertThatThrownBy(() -> twoFactor.enrol(secret.secret(), "000000"))
                .isInstanceOfSatisfying(TwoFactor.WrongCodeException.class, e -> assertThat(e.attemptsLeft()).isEqualTo(4));
        assertThat(signedInAsPortalUser()).isFalse();
        var recovery = twoFactor.enrol(secret.secret(), codeAt(secret.secret(), 0));
        assertThat(recovery).hasSize(TwoFactor.RECOVERY_CODES).doesNotHaveDuplicates();
        assertThat(signedInAsPortalUser()).as("signed in after setting it up").isTrue();
        assertThat(twoFactor.isEnrolled(head.id())).isTrue();

        clock.nextStep();
        pending(head, false);
        twoFactor.verify(codeAt(secret.secret(), 0));
        assertThat(signedInAsPortalUser()).isTrue();

        pending(head, false);
        twoFactor.verify(recovery.getFirst());
        assertThat(signedInAsPortalUser()).isTrue();
        pending(head, false);
        assertThatThrownBy(() -> twoFactor.verify(recovery.getFirst())).as("a recovery code works once")
                .isInstanceOf(TwoFactor.WrongCodeException.class);
    }

    @Test
    void a_code_is_accepted_once_also_in_the_next_time_step() {
        var head = enrolled(newUser(Role.HEAD));
        var code = codeAt(SECRET, 0);
        pending(head, false);
        twoFactor.verify(code);
        assertThat(signedInAsPortalUser()).isTrue();

        pending(head, false);
        assertThatThrownBy(() -> twoFactor.verify(code)).as("the same code again in the same step")
                .isInstanceOf(TwoFactor.WrongCodeException.class);
        assertThat(signedInAsPortalUser()).isFalse();

        clock.nextStep();
        assertThatThrownBy(() -> twoFactor.verify(code))
                .as("the same code in the next step, though the drift of one step would let it through")
                .isInstanceOf(TwoFactor.WrongCodeException.class);
        assertThat(signedInAsPortalUser()).isFalse();

        twoFactor.verify(codeAt(SECRET, 0));
        assertThat(signedInAsPortalUser()).as("the next step's own code").isTrue();
    }

    @Test
    void wrong_codes_count_across_sign_in_attempts_and_lock_the_account() {
        var head = enrolled(newUser(Role.HEAD));
        pending(head, false);
        for (int left = 4; left >= 2; left--) {
            assertWrongCodeLeaves(left);
        }
        // a new password sign-in does not start again at zero
        pending(head, false);
        assertWrongCodeLeaves(1);
        assertThatThrownBy(() -> twoFactor.verify("000000"))
                .isInstanceOfSatisfying(TwoFactor.WrongCodeException.class, e -> {
                    assertThat(e.attemptsLeft()).isZero();
                    assertThat(e.accountLocked()).isTrue();
                });
        assertThat(SecurityContextHolder.getContext().getAuthentication()).as("the attempt has ended").isNull();
        assertThat(accounts.findById(head.id()).orElseThrow().isLockedAt(Instant.now().plusSeconds(14 * 60)))
                .isTrue();

        // an attempt that had already passed the password is refused even with the right code
        pending(head, false);
        assertThatThrownBy(() -> twoFactor.verify(codeAt(SECRET, 0)))
                .isInstanceOfSatisfying(TwoFactor.WrongCodeException.class, e -> assertThat(e.accountLocked()).isTrue());
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
        assertThat(eventsOf(head.username())).contains(SecurityEventType.LOCKED_OUT)
                .doesNotContain(SecurityEventType.SIGN_IN);
    }

    @Test
    void a_completed_sign_in_resets_the_count_of_wrong_codes() {
        var head = enrolled(newUser(Role.HEAD));
        pending(head, false);
        assertWrongCodeLeaves(4);
        assertWrongCodeLeaves(3);
        twoFactor.verify(codeAt(SECRET, 0));
        pending(head, false);
        assertWrongCodeLeaves(4);
    }

    @Test
    void replacing_a_second_factor_needs_the_current_code_or_the_password_first() {
        var officer = enrolled(newUser(Role.OFFICER));
        signedIn(officer);
        withSession();
        assertThat(twoFactor.reEnrolmentNeedsConfirmation()).isTrue();
        assertThatThrownBy(() -> twoFactor.newSecret()).isInstanceOf(TwoFactor.ConfirmationRequiredException.class);
        assertThatThrownBy(() -> twoFactor.enrol("KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU", "123456"))
                .as("not even with a secret of one's own choosing")
                .isInstanceOf(TwoFactor.ConfirmationRequiredException.class);
        assertThat(enrolments.findById(officer.id()).orElseThrow().getSecret()).isEqualTo(SECRET);

        assertThatThrownBy(() -> twoFactor.confirmForReEnrolment("not the password"))
                .isInstanceOfSatisfying(TwoFactor.WrongCodeException.class,
                        e -> assertThat(e.attemptsLeft()).as("counts like a wrong code").isEqualTo(4));
        twoFactor.confirmForReEnrolment(PASSWORD);
        assertThat(twoFactor.reEnrolmentNeedsConfirmation()).isFalse();
        var replacement = twoFactor.newSecret();
        twoFactor.enrol(replacement.secret(), codeAt(replacement.secret(), 0));
        assertThat(enrolments.findById(officer.id()).orElseThrow().getSecret()).isEqualTo(replacement.secret());
        assertThat(twoFactor.reEnrolmentNeedsConfirmation()).as("the confirmation is used up").isTrue();

        // the current code of the app works as well, for a while
        clock.nextStep();
        twoFactor.confirmForReEnrolment(codeAt(replacement.secret(), 0));
        assertThat(twoFactor.reEnrolmentNeedsConfirmation()).isFalse();
        clock.advance(TwoFactor.RE_ENROLMENT_WINDOW.plusSeconds(1));
        assertThat(twoFactor.reEnrolmentNeedsConfirmation()).isTrue();
    }

    @Test
    void a_first_second_factor_needs_no_confirmation() {
        var liaison = newUser(Role.LIAISON);
        signedIn(liaison);
        withSession();
        assertThat(twoFactor.reEnrolmentNeedsConfirmation()).isFalse();
        var secret = twoFactor.newSecret();
        twoFactor.enrol(secret.secret(), codeAt(secret.secret(), 0));
        assertThat(twoFactor.isEnrolled(liaison.id())).isTrue();
    }

    @Test
    void the_session_id_changes_when_the_second_factor_completes_and_sign_in_is_logged_only_then() {
        var head = enrolled(newUser(Role.HEAD));
        var request = withSession();
        var before = request.getSession().getId();
        pending(head, false);
        attempts.registerSecondFactorPending(head.username());
        assertThat(eventsOf(head.username())).containsExactly(SecurityEventType.SIGN_IN_PENDING);
        pending(head, false);

        twoFactor.verify(codeAt(SECRET, 0));

        var after = request.getSession().getId();
        assertThat(after).isNotEqualTo(before);
        assertThat(signedInAsPortalUser()).isTrue();
        List<SecurityEvent> events;
        try (var ignored = SignedIn.as("admin")) {
            events = auditLog.findByUsername(head.username());
        }
        assertThat(events).extracting(SecurityEvent::getType)
                .containsExactly(SecurityEventType.SIGN_IN_PENDING, SecurityEventType.SIGN_IN);
        var pendingEvent = events.getFirst();
        var signIn = events.getLast();
        assertThat(pendingEvent.getSessionRef()).isEqualTo(RequestOrigin.sessionRef(before));
        assertThat(signIn.getSessionRef()).isEqualTo(RequestOrigin.sessionRef(after));
        assertThat(signIn.getClientAddress()).isEqualTo("192.0.2.10");
        assertThat(signIn.getDetail()).isEqualTo("second factor: authenticator code; session before: "
                + RequestOrigin.sessionRef(before));
    }

    @Test
    void while_the_second_factor_is_pending_the_services_see_nobody() {
        pending(SignedIn.demoUser("head"), false);
        assertThat(partnerships.countVisible(PartnershipFilter.none())).isZero();
        pending(SignedIn.demoUser("admin"), false);
        assertThatThrownBy(() -> partnerships.create(new PartnershipChanges(null, 0, "UA44100010000048313", 2L, null,
                PartnershipType.INFORMAL, Set.of(), null, null, null, null, false), Locale.ENGLISH))
                .isInstanceOf(AuthorizationDeniedException.class);
        try (var ignored = SignedIn.as("head")) {
            assertThat(partnerships.countVisible(PartnershipFilter.none())).isPositive();
        }
    }

    private void assertWrongCodeLeaves(int left) {
        assertThatThrownBy(() -> twoFactor.verify("123 456"))
                .isInstanceOfSatisfying(TwoFactor.WrongCodeException.class, e -> {
                    assertThat(e.attemptsLeft()).isEqualTo(left);
                    assertThat(e.accountLocked()).isFalse();
                });
    }

    private PortalUser newUser(Role role) {
        var account = new UserAccount("2fa-test-" + System.nanoTime(), "Two Factor Test",
                passwordEncoder.encode(PASSWORD), Set.of(role));
        if (role == Role.LIAISON) {
            account.setCountryCodes(Set.of("LT"));
        }
        return userDetails.toPortalUser(accounts.saveAndFlush(account));
    }

    private PortalUser enrolled(PortalUser user) {
        enrolments.saveAndFlush(new TwoFactorEnrolment(user.id(), SECRET, Instant.now()));
        return user;
    }

    /** After the password, waiting for the second factor, as {@link TwoFactorSignIn} leaves it. */
    private static void pending(PortalUser user, boolean mustEnrol) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new PendingSecondFactor(user, mustEnrol));
        SecurityContextHolder.setContext(context);
    }

    private static void signedIn(PortalUser user) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    /** A request with a session, as the Vaadin request of the two-factor page has. */
    private static MockHttpServletRequest withSession() {
        var request = new MockHttpServletRequest("POST", "/");
        request.setRemoteAddr("192.0.2.10");
        request.getSession(true);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        return request;
    }

    private static boolean signedInAsPortalUser() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof PortalUser;
    }

    /** The app's code for the clock's time step plus {@code steps}. */
    private String codeAt(String secret, int steps) {
        try {
            return new DefaultCodeGenerator().generate(secret, clock.instant().getEpochSecond() / 30 + steps);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private List<SecurityEventType> eventsOf(String username) {
        var mine = SecurityContextHolder.getContext();
        try (var ignored = SignedIn.as("admin")) {
            return auditLog.findByUsername(username).stream().map(SecurityEvent::getType).toList();
        } finally {
            SecurityContextHolder.setContext(mine);
        }
    }

    /** Starts at the beginning of the current 30-second step, so that a test's codes do not cross into the next. */
    private static final class MutableClock extends Clock {
        private Instant now = Instant.ofEpochSecond(Instant.now().getEpochSecond() / 30 * 30 + 1);

        void nextStep() {
            advance(Duration.ofSeconds(30));
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
