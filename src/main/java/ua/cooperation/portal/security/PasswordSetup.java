package ua.cooperation.portal.security;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ua.cooperation.portal.audit.SecurityAuditLog;
import ua.cooperation.portal.audit.SecurityEventType;

import java.time.Clock;
import java.util.Optional;

/**
 * Setting a password through a one-time link, without being signed in. An unknown, used or expired link answers the
 * same way, so links cannot be probed.
 */
@Service
public class PasswordSetup {

    private final PasswordTokenRepository tokens;
    private final PasswordPolicy policy;
    private final PasswordEncoder passwordEncoder;
    private final SecurityAuditLog auditLog;
    private final Clock clock;

    PasswordSetup(PasswordTokenRepository tokens, PasswordPolicy policy, PasswordEncoder passwordEncoder,
                  SecurityAuditLog auditLog, Clock clock) {
        this.tokens = tokens;
        this.policy = policy;
        this.passwordEncoder = passwordEncoder;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** The user name the link is for, if the link is still valid. */
    @Transactional(readOnly = true)
    public Optional<String> usernameForLink(String token) {
        return usable(token).map(t -> t.getUser().getUsername());
    }

    /**
     * Sets the password if the link is valid and the password meets the policy; the link is then used up and the
     * account unlocked, and every session of the user that signed in before ends at its next request (ADR 0033). An
     * invitation link enables the invited account; a reset link never enables an account that an administrator
     * disabled. Returns false for an invalid link.
     */
    @Transactional
    public boolean setPassword(String token, String password) {
        var link = usable(token);
        if (link.isEmpty()) {
            return false;
        }
        var account = link.get().getUser();
        policy.check(password, account.getUsername()).ifPresent(problem -> {
            throw new PasswordPolicy.PasswordRejectedException(problem);
        });
        var now = clock.instant();
        account.setPasswordHash(passwordEncoder.encode(password));
        if (link.get().getPurpose() == PasswordToken.Purpose.INVITATION) {
            account.setEnabled(true);
        }
        account.unlock();
        account.revokeSessions(now);
        link.get().markUsed(now);
        auditLog.record(SecurityEventType.USER_CHANGED, account.getUsername(),
                "password set through " + link.get().getPurpose().name().toLowerCase() + " link");
        return true;
    }

    private Optional<PasswordToken> usable(String token) {
        if (token == null || token.length() < 20 || token.length() > 100) {
            return Optional.empty();
        }
        return tokens.findByTokenHash(UserAdministration.sha256(token)).filter(t -> t.isUsableAt(clock.instant()));
    }
}
