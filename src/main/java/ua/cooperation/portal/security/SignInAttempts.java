package ua.cooperation.portal.security;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import ua.cooperation.portal.audit.SecurityAuditLog;
import ua.cooperation.portal.audit.SecurityEventType;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * What happens to accounts and the security log at each step of a sign-in (ADR 0034): wrong passwords go to the
 * throttle per client address ({@link SignInThrottle}) and never lock the account; every attempt is audited.
 * <p>
 * The account is changed in a transaction of its own, and the audit rows are written by {@link SecurityAuditLog} in
 * theirs, one after the other and never one inside the other: a transaction that waits for a second database
 * connection while holding one deadlocks the connection pool as soon as as many sign-ins arrive at once as there are
 * connections (the load test found it, docs/performance.md).
 */
@Service
class SignInAttempts {

    private final UserAccountRepository accounts;
    private final SignInThrottle throttle;
    private final SecurityAuditLog auditLog;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    SignInAttempts(UserAccountRepository accounts, SignInThrottle throttle, SecurityAuditLog auditLog, Clock clock,
                   PlatformTransactionManager transactions) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.auditLog = auditLog;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Until when sign-ins of {@code username} from {@code address} are refused without looking at the password. */
    Optional<Instant> throttledUntil(String address, String username) {
        return throttle.throttledUntil(address, username);
    }

    /**
     * A wrong password or an unknown user name (the two are not told apart): audited and counted for the address.
     * Returns until when the address is refused, when this failure reached a limit.
     */
    Optional<Instant> registerBadCredentials(String address, String username) {
        auditLog.record(SecurityEventType.SIGN_IN_FAILED, username, "bad credentials");
        var refusedUntil = throttle.recordFailure(address, username);
        refusedUntil.ifPresent(until -> auditLog.record(SecurityEventType.SIGN_IN_THROTTLED, username,
                "too many wrong passwords from " + address + ": sign-ins refused until " + until));
        return refusedUntil;
    }

    /** An attempt from a throttled address: refused before its password was looked at. */
    void registerThrottled(String username, Instant until) {
        auditLog.record(SecurityEventType.SIGN_IN_FAILED, username, "throttled until " + until);
    }

    /** A refusal after a correct password (locked, expired, disabled) or for a technical reason: audited only. */
    void registerRefusal(String username, String reason) {
        auditLog.record(SecurityEventType.SIGN_IN_FAILED, username, reason);
    }

    /** A correct password: that user name's wrong passwords from the address are forgotten. */
    void registerCorrectPassword(String address, String username) {
        throttle.forget(address, username);
    }

    void registerSuccess(String username) {
        var now = clock.instant();
        ownTransaction.executeWithoutResult(status -> accounts.findByUsername(username)
                .ifPresent(account -> account.registerSuccessfulSignIn(now)));
        auditLog.record(SecurityEventType.SIGN_IN, username, null);
    }
}
