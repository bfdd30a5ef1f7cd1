package ua.cooperation.portal.security;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import ua.cooperation.portal.audit.SecurityAuditLog;
import ua.cooperation.portal.audit.SecurityEventType;

import java.time.Clock;

/** Counts sign-in failures per account, locks accounts that fail too often, and audits every attempt. */
@Service
class SignInAttempts {

    enum FailureOutcome { FAILED, LOCKED }

    private final UserAccountRepository accounts;
    private final SecurityAuditLog auditLog;
    private final Clock clock;

    SignInAttempts(UserAccountRepository accounts, SecurityAuditLog auditLog, Clock clock) {
        this.accounts = accounts;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /**
     * A wrong password for {@code username}. Returns LOCKED when the account is (now or already) locked.
     * Unknown user names are audited too but have no account to lock.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    FailureOutcome registerBadCredentials(String username) {
        var now = clock.instant();
        var account = accounts.findByUsername(username);
        auditLog.record(SecurityEventType.SIGN_IN_FAILED, username, "bad credentials");
        if (account.isEmpty()) {
            return FailureOutcome.FAILED;
        }
        if (account.get().registerFailedSignIn(now)) {
            auditLog.record(SecurityEventType.LOCKED_OUT, username,
                    "locked for " + UserAccount.LOCK_DURATION_MINUTES + " minutes after "
                            + UserAccount.MAX_FAILED_ATTEMPTS + " failed sign-ins");
            return FailureOutcome.LOCKED;
        }
        return FailureOutcome.FAILED;
    }

    /** A refusal for another reason than the password (locked, expired, disabled): audited, not counted. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void registerRefusal(String username, String reason) {
        auditLog.record(SecurityEventType.SIGN_IN_FAILED, username, reason);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void registerSuccess(String username) {
        accounts.findByUsername(username).ifPresent(a -> a.registerSuccessfulSignIn(clock.instant()));
        auditLog.record(SecurityEventType.SIGN_IN, username, null);
    }
}
