package ua.cooperation.portal.security;

import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.recovery.RecoveryCodeGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import ua.cooperation.portal.audit.RequestOrigin;
import ua.cooperation.portal.audit.SecurityAuditLog;
import ua.cooperation.portal.audit.SecurityEventType;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Two-factor sign-in with time-based one-time codes ({@link TotpCodes}) and ten single-use recovery codes; who must
 * use it is the {@link SecondFactorPolicy}'s answer. After a correct password such a user is only
 * {@link PendingSecondFactor pending}; a correct code (or a first enrolment) makes them the full {@link PortalUser},
 * in a session with a new id. The factor cannot be worn down (ADR 0034): a code is accepted once, wrong codes count
 * towards the account's lock across sign-in attempts ({@link UserAccount#MAX_FAILED_ATTEMPTS}), and replacing an
 * authenticator needs the current code or the password first.
 * <p>
 * Hashing (recovery codes, passwords) runs outside transactions, so that no database connection waits for it.
 */
@Service
public class TwoFactor {

    static final String ISSUER = "Cooperation Portal";
    static final int RECOVERY_CODES = 10;
    /** How long a confirmation with the current code or password lets the user set up a new authenticator. */
    static final Duration RE_ENROLMENT_WINDOW = Duration.ofMinutes(10);
    static final String RE_ENROLMENT_CONFIRMED_AT = TwoFactor.class.getName() + ".reEnrolmentConfirmedAt";

    /**
     * A code was wrong. {@link #attemptsLeft()} is 0 when the sign-in attempt has been ended, and
     * {@link #accountLocked()} says whether that was because the account is now locked.
     */
    public static class WrongCodeException extends RuntimeException {
        private final int attemptsLeft;
        private final boolean accountLocked;

        WrongCodeException(int attemptsLeft, boolean accountLocked) {
            super("Wrong two-factor code");
            this.attemptsLeft = attemptsLeft;
            this.accountLocked = accountLocked;
        }

        public int attemptsLeft() {
            return attemptsLeft;
        }

        public boolean accountLocked() {
            return accountLocked;
        }
    }

    /** A user who has a second factor must confirm with its current code or the password before replacing it. */
    public static class ConfirmationRequiredException extends RuntimeException {
        ConfirmationRequiredException() {
            super("Confirm with the current code or the password first");
        }
    }

    /** A new secret to show while enrolling: as a QR code for the app and as text to type in. */
    public record NewSecret(String secret, String qrDataUri) {
    }

    private final TwoFactorEnrolmentRepository enrolments;
    private final RecoveryCodeRepository recoveryCodes;
    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final SecondFactorPolicy policy;
    private final SignInAttempts attempts;
    private final SecurityAuditLog auditLog;
    private final Clock clock;
    private final TotpCodes totp;
    private final TransactionTemplate transaction;

    TwoFactor(TwoFactorEnrolmentRepository enrolments, RecoveryCodeRepository recoveryCodes,
              UserAccountRepository accounts, PasswordEncoder passwordEncoder, SecondFactorPolicy policy,
              SignInAttempts attempts, SecurityAuditLog auditLog, Clock clock,
              PlatformTransactionManager transactions) {
        this.enrolments = enrolments;
        this.recoveryCodes = recoveryCodes;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.policy = policy;
        this.attempts = attempts;
        this.auditLog = auditLog;
        this.clock = clock;
        this.totp = new TotpCodes(clock);
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Whether {@code user} must sign in with a second factor. */
    public boolean requiredFor(PortalUser user) {
        return policy.requiredFor(user);
    }

    /** Whether the user has set up two-factor sign-in; for the sign-in itself (no caller yet). */
    @Transactional(readOnly = true)
    boolean isEnrolled(long userId) {
        return enrolments.existsById(userId);
    }

    /** Whether the signed-in (or pending) user has set up two-factor sign-in. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean currentUserEnrolled() {
        return user().map(u -> enrolments.existsById(u.id())).orElse(false);
    }

    /** The user waiting for their second factor, if the current sign-in is at that step. */
    @PreAuthorize("isAuthenticated()")
    public Optional<PendingSecondFactor.Pending> pending() {
        return SecurityContextHolder.getContext().getAuthentication() instanceof PendingSecondFactor p
                ? Optional.of((PendingSecondFactor.Pending) p.getPrincipal()) : Optional.empty();
    }

    /** Whether the current user has a second factor and must confirm it (or the password) before replacing it. */
    @PreAuthorize("isAuthenticated()")
    public boolean reEnrolmentNeedsConfirmation() {
        return user().map(u -> isEnrolled(u.id()) && !confirmedRecently()).orElse(true);
    }

    /**
     * A signed-in user who has a second factor proves with its current code, or with the password, that they may
     * replace it; for {@link #RE_ENROLMENT_WINDOW} in this session. A wrong answer counts like a wrong code at
     * sign-in: after {@link UserAccount#MAX_FAILED_ATTEMPTS} the account is locked and this session ends.
     */
    @PreAuthorize("isAuthenticated()")
    public void confirmForReEnrolment(String codeOrPassword) {
        if (!(SecurityContextHolder.getContext().getAuthentication().getPrincipal() instanceof PortalUser user)) {
            throw new IllegalStateException("Only a signed-in user replaces a second factor");
        }
        if (!acceptCode(user.id(), codeOrPassword) && !passwordMatches(user.id(), codeOrPassword)) {
            throw countWrongCode(user);
        }
        if (!SessionContext.setAttribute(RE_ENROLMENT_CONFIRMED_AT, clock.instant())) {
            throw new IllegalStateException("No session to remember the confirmation in");
        }
    }

    /** A fresh secret for the current user to add to their authenticator app; nothing is stored yet. */
    @PreAuthorize("isAuthenticated()")
    public NewSecret newSecret() {
        var user = user().orElseThrow();
        requireConfirmationToReplace(user);
        var secret = new DefaultSecretGenerator().generate();
        var data = new QrData.Builder().label(user.username()).secret(secret).issuer(ISSUER).digits(6)
                .period(TotpCodes.PERIOD_SECONDS).build();
        try {
            var generator = new ZxingPngQrGenerator();
            return new NewSecret(secret, Utils.getDataUriForImage(generator.generate(data),
                    generator.getImageMimeType()));
        } catch (QrGenerationException e) {
            throw new IllegalStateException("Could not draw the QR code", e);
        }
    }

    /**
     * Stores {@code secret} once {@code oneTimeCode} proves the app holds it, replaces any earlier enrolment and
     * recovery codes, completes a pending sign-in, and returns the new recovery codes (shown once, stored only as
     * hashes). Replacing an existing second factor needs a recent {@link #confirmForReEnrolment confirmation}.
     */
    @PreAuthorize("isAuthenticated()")
    public List<String> enrol(String secret, String oneTimeCode) {
        var user = user().orElseThrow();
        requireOpenAttempt(user);
        requireConfirmationToReplace(user);
        var step = totp.matchingStep(secret, normalise(oneTimeCode));
        if (step.isEmpty()) {
            throw wrongCode(user);
        }
        var codes = List.of(new RecoveryCodeGenerator().generateCodes(RECOVERY_CODES));
        var hashes = codes.stream().map(passwordEncoder::encode).toList();
        var now = clock.instant();
        transaction.executeWithoutResult(status -> {
            enrolments.deleteById(user.id());
            enrolments.flush();
            enrolments.save(new TwoFactorEnrolment(user.id(), secret, now, step.getAsLong()));
            recoveryCodes.deleteByUserId(user.id());
            hashes.forEach(hash -> recoveryCodes.save(new RecoveryCode(user.id(), hash)));
        });
        auditLog.record(SecurityEventType.TWO_FACTOR_ENROLLED, user.username(), "two-factor sign-in set up");
        SessionContext.setAttribute(RE_ENROLMENT_CONFIRMED_AT, null);
        completeIfPending("second factor set up");
        return codes;
    }

    /**
     * Checks the second factor of a pending sign-in: a code of the app not used before, or an unused recovery code
     * (then used up). Correct: the sign-in is complete. Wrong: {@link WrongCodeException}, counted towards the
     * account's lock; when the account is locked (now or by another attempt) the attempt ends.
     */
    @PreAuthorize("isAuthenticated()")
    public void verify(String oneTimeCode) {
        var pending = pending().orElseThrow(() -> new IllegalStateException("No sign-in waits for a second factor"));
        var user = pending.user();
        requireOpenAttempt(user);
        if (acceptCode(user.id(), oneTimeCode)) {
            completeIfPending("second factor: authenticator code");
        } else if (acceptRecoveryCode(user.id(), oneTimeCode)) {
            completeIfPending("second factor: recovery code");
        } else {
            throw wrongCode(user);
        }
    }

    /** A pending sign-in of an account locked, disabled or expired in the meantime ends here. */
    private void requireOpenAttempt(PortalUser user) {
        if (!(SecurityContextHolder.getContext().getAuthentication() instanceof PendingSecondFactor)) {
            return;
        }
        var state = attempts.stateOf(user.id());
        if (state != SignInAttempts.AccountState.OPEN) {
            endAttempt();
            throw new WrongCodeException(0, state == SignInAttempts.AccountState.LOCKED);
        }
    }

    private void requireConfirmationToReplace(PortalUser user) {
        if (isEnrolled(user.id()) && !confirmedRecently()) {
            throw new ConfirmationRequiredException();
        }
    }

    private boolean confirmedRecently() {
        return SessionContext.attribute(RE_ENROLMENT_CONFIRMED_AT)
                .filter(Instant.class::isInstance).map(Instant.class::cast)
                .filter(at -> at.plus(RE_ENROLMENT_WINDOW).isAfter(clock.instant()))
                .isPresent();
    }

    /** A current code of the user's app, accepted only if no code of its time step (or a later one) was before. */
    private boolean acceptCode(long userId, String code) {
        var text = normalise(code);
        return Boolean.TRUE.equals(transaction.execute(status -> enrolments.findById(userId)
                .map(enrolment -> totp.matchingStep(enrolment.getSecret(), text))
                .filter(step -> step.isPresent())
                .map(step -> enrolments.useStep(userId, step.getAsLong()) == 1)
                .orElse(false)));
    }

    private boolean acceptRecoveryCode(long userId, String code) {
        var text = code == null ? "" : code.strip();
        if (text.isEmpty() || normalise(text).matches("[0-9]{6}")) {
            return false; // an app's code, not a recovery code: no need to hash it ten times
        }
        var unused = transaction.execute(status -> recoveryCodes.findByUserIdAndUsedAtIsNull(userId));
        var match = unused == null ? Optional.<RecoveryCode>empty()
                : unused.stream().filter(c -> passwordEncoder.matches(text, c.getCodeHash())).findFirst();
        var now = clock.instant();
        return match.isPresent() && Boolean.TRUE.equals(transaction.execute(
                status -> recoveryCodes.use(match.get().getId(), now) == 1));
    }

    private boolean passwordMatches(long userId, String password) {
        var hash = transaction.execute(status -> accounts.findById(userId).map(UserAccount::getPasswordHash)
                .orElse(null));
        return hash != null && password != null && passwordEncoder.matches(password, hash);
    }

    /**
     * A wrong code. At sign-in it counts towards the account's lock; a signed-in user who mistypes the code of a new
     * app (after confirming the old one, or setting up a first one) risks nothing and is not counted.
     */
    private WrongCodeException wrongCode(PortalUser user) {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof PendingSecondFactor) {
            return countWrongCode(user);
        }
        auditLog.record(SecurityEventType.TWO_FACTOR_FAILED, user.username(), "wrong code for a new authenticator");
        return new WrongCodeException(UserAccount.MAX_FAILED_ATTEMPTS, false);
    }

    private WrongCodeException countWrongCode(PortalUser user) {
        int left = attempts.registerWrongSecondFactor(user.id(), user.username());
        if (left == 0) {
            endAttempt();
        }
        return new WrongCodeException(left, left == 0);
    }

    private static void endAttempt() {
        SecurityContextHolder.clearContext();
        SessionContext.keep(SecurityContextHolder.createEmptyContext());
    }

    /**
     * Completes a pending sign-in: the session gets a new id (an id known before the second factor is worth nothing
     * after it), the user becomes the full {@link PortalUser}, and {@code SIGN_IN} is written with how, and with the
     * session's reference before the new id so that the log still links the two steps.
     */
    private void completeIfPending(String how) {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof PendingSecondFactor pending) {
            var user = ((PendingSecondFactor.Pending) pending.getPrincipal()).user();
            var previousSession = SessionContext.renewId();
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                    user.getAuthorities()));
            SecurityContextHolder.setContext(context);
            SessionContext.keep(context);
            attempts.registerSuccess(user.username(), how + previousSession
                    .map(id -> "; session before: " + RequestOrigin.sessionRef(id)).orElse(""));
        }
    }

    private static Optional<PortalUser> user() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof PendingSecondFactor p) {
            return Optional.of(((PendingSecondFactor.Pending) p.getPrincipal()).user());
        }
        return authentication != null && authentication.getPrincipal() instanceof PortalUser u
                ? Optional.of(u) : Optional.empty();
    }

    private static String normalise(String code) {
        return code == null ? "" : code.replaceAll("\\s", "");
    }
}
