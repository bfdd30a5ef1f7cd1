package ua.cooperation.portal.security;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.DefaultCodeVerifier;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.recovery.RecoveryCodeGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ua.cooperation.portal.audit.SecurityAuditLog;
import ua.cooperation.portal.audit.SecurityEventType;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Two-factor sign-in with time-based one-time codes (RFC 6238, 30-second steps, 6 digits, one step of clock drift
 * either way) and ten single-use recovery codes. Required for administrators and heads, optional for everyone else.
 * After a correct password such a user is only {@link PendingSecondFactor pending}; a correct code (or a first
 * enrolment) makes them the full {@link PortalUser}. Five wrong codes end the attempt.
 */
@Service
public class TwoFactor {

    static final String ISSUER = "Cooperation Portal";
    static final int RECOVERY_CODES = 10;
    static final int MAX_WRONG_CODES = 5;

    /** A code was wrong; {@link #attemptsLeft()} is 0 when the sign-in attempt has been ended. */
    public static class WrongCodeException extends RuntimeException {
        private final int attemptsLeft;

        WrongCodeException(int attemptsLeft) {
            super("Wrong two-factor code");
            this.attemptsLeft = attemptsLeft;
        }

        public int attemptsLeft() {
            return attemptsLeft;
        }
    }

    /** A new secret to show while enrolling: as a QR code for the app and as text to type in. */
    public record NewSecret(String secret, String qrDataUri) {
    }

    private final TwoFactorEnrolmentRepository enrolments;
    private final RecoveryCodeRepository recoveryCodes;
    private final PasswordEncoder passwordEncoder;
    private final SecurityAuditLog auditLog;
    private final Clock clock;
    private final DefaultCodeVerifier verifier;

    TwoFactor(TwoFactorEnrolmentRepository enrolments, RecoveryCodeRepository recoveryCodes,
              PasswordEncoder passwordEncoder, SecurityAuditLog auditLog, Clock clock) {
        this.enrolments = enrolments;
        this.recoveryCodes = recoveryCodes;
        this.passwordEncoder = passwordEncoder;
        this.auditLog = auditLog;
        this.clock = clock;
        this.verifier = new DefaultCodeVerifier(new DefaultCodeGenerator(), () -> clock.instant().getEpochSecond());
        this.verifier.setAllowedTimePeriodDiscrepancy(1);
    }

    /** Administrators and heads must use a second factor. */
    public static boolean requiredFor(PortalUser user) {
        return user.hasRole(Role.ADMIN) || user.hasRole(Role.HEAD);
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

    /** A fresh secret for the current user to add to their authenticator app; nothing is stored yet. */
    @PreAuthorize("isAuthenticated()")
    public NewSecret newSecret() {
        var user = user().orElseThrow();
        var secret = new DefaultSecretGenerator().generate();
        var data = new QrData.Builder().label(user.username()).secret(secret).issuer(ISSUER).digits(6).period(30)
                .build();
        try {
            var generator = new ZxingPngQrGenerator();
            return new NewSecret(secret, Utils.getDataUriForImage(generator.generate(data),
                    generator.getImageMimeType()));
        } catch (QrGenerationException e) {
            throw new IllegalStateException("Could not draw the QR code", e);
        }
    }

    /**
     * Stores {@code secret} once {@code oneTimeCode} proves the app holds it, replaces any earlier enrolment and recovery
     * codes, completes a pending sign-in, and returns the new recovery codes (shown once, stored only as hashes).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public List<String> enrol(String secret, String oneTimeCode) {
        var user = user().orElseThrow();
        if (!verifier.isValidCode(secret, normalise(oneTimeCode))) {
            throw wrongCode(user);
        }
        enrolments.deleteById(user.id());
        enrolments.flush();
        enrolments.save(new TwoFactorEnrolment(user.id(), secret, clock.instant()));
        recoveryCodes.deleteByUserId(user.id());
        var codes = List.of(new RecoveryCodeGenerator().generateCodes(RECOVERY_CODES));
        for (var recovery : codes) {
            recoveryCodes.save(new RecoveryCode(user.id(), passwordEncoder.encode(recovery)));
        }
        auditLog.record(SecurityEventType.TWO_FACTOR_ENROLLED, user.username(), "two-factor sign-in set up");
        completeIfPending();
        return codes;
    }

    /**
     * Checks the second factor of a pending sign-in: a current code of the app, or an unused recovery code (then used
     * up). Correct: the sign-in is complete. Wrong: {@link WrongCodeException}; after {@link #MAX_WRONG_CODES} the
     * attempt ends and the user must sign in again.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void verify(String oneTimeCode) {
        var pending = pending().orElseThrow(() -> new IllegalStateException("No sign-in waits for a second factor"));
        var user = pending.user();
        var text = normalise(oneTimeCode);
        var enrolment = enrolments.findById(user.id());
        boolean correct = enrolment.isPresent() && verifier.isValidCode(enrolment.get().getSecret(), text);
        if (!correct) {
            var match = recoveryCodes.findByUserIdAndUsedAtIsNull(user.id()).stream()
                    .filter(c -> passwordEncoder.matches(oneTimeCode == null ? "" : oneTimeCode.strip(), c.getCodeHash()))
                    .findFirst();
            match.ifPresent(c -> c.use(clock.instant()));
            correct = match.isPresent();
            if (correct) {
                auditLog.record(SecurityEventType.SIGN_IN, user.username(), "recovery code used");
            }
        }
        if (!correct) {
            throw wrongCode(user);
        }
        completeIfPending();
    }

    private WrongCodeException wrongCode(PortalUser user) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        int wrong = authentication instanceof PendingSecondFactor p ? p.wrongCodes.incrementAndGet() : 0;
        auditLog.record(SecurityEventType.TWO_FACTOR_FAILED, user.username(), "wrong code " + wrong);
        int left = Math.max(0, MAX_WRONG_CODES - wrong);
        if (authentication instanceof PendingSecondFactor && left == 0) {
            SecurityContextHolder.clearContext();
            SessionContext.keep(SecurityContextHolder.createEmptyContext());
        }
        return new WrongCodeException(authentication instanceof PendingSecondFactor ? left : MAX_WRONG_CODES);
    }

    private void completeIfPending() {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof PendingSecondFactor pending) {
            var user = ((PendingSecondFactor.Pending) pending.getPrincipal()).user();
            Authentication full = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(full);
            SecurityContextHolder.setContext(context);
            SessionContext.keep(context);
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
