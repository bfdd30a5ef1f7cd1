package ua.cooperation.portal.security;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import ua.cooperation.portal.audit.SecurityAuditLog;
import ua.cooperation.portal.audit.SecurityEventType;

import java.time.Clock;

/**
 * Counts sign-in failures per account, locks accounts that fail too often, and audits every attempt.
 * <p>
 * The account is changed in a transaction of its own, and the audit rows are written by {@link SecurityAuditLog} in
 * theirs, one after the other and never one inside the other: a transaction that waits for a second database
 * connection while holding one deadlocks the connection pool as soon as as many sign-ins arrive at once as there are
 * connections (the load test found it, docs/performance.md).
 */
@Service
class SignInAttempts {

    enum FailureOutcome { FAILED, LOCKED }

    private final UserAccountRepository accounts;
    private final SecurityAuditLog auditLog;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    SignInAttempts(UserAccountRepository accounts, SecurityAuditLog auditLog, Clock clock,
                   PlatformTransactionManager transactions) {
        this.accounts = accounts;
        this.auditLog = auditLog;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * A wrong password for {@code username}. Returns LOCKED when the account is (now or already) locked.
     * Unknown user names are audited too but have no account to lock.
     */
    FailureOutcome registerBadCredentials(String username) {
        auditLog.record(SecurityEventType.SIGN_IN_FAILED, username, "bad credentials");
        var now = clock.instant();
        boolean locked = Boolean.TRUE.equals(ownTransaction.execute(status -> accounts.findByUsername(username)
                .map(account -> account.registerFailedSignIn(now))
                .orElse(false)));
        if (locked) {
            auditLog.record(SecurityEventType.LOCKED_OUT, username,
                    "locked for " + UserAccount.LOCK_DURATION_MINUTES + " minutes after "
                            + UserAccount.MAX_FAILED_ATTEMPTS + " failed sign-ins");
            return FailureOutcome.LOCKED;
        }
        return FailureOutcome.FAILED;
    }

    /** A refusal for another reason than the password (locked, expired, disabled): audited, not counted. */
    void registerRefusal(String username, String reason) {
        auditLog.record(SecurityEventType.SIGN_IN_FAILED, username, reason);
    }

    void registerSuccess(String username) {
        var now = clock.instant();
        ownTransaction.executeWithoutResult(status -> accounts.findByUsername(username)
                .ifPresent(account -> account.registerSuccessfulSignIn(now)));
        auditLog.record(SecurityEventType.SIGN_IN, username, null);
    }
}
