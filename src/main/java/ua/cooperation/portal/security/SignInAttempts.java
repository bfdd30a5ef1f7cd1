package ua.cooperation.portal.security;

import ua.cooperation.portal.base.PortalTime;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import ua.cooperation.portal.audit.SecurityAuditLog;
import ua.cooperation.portal.audit.SecurityEventType;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What happens to accounts and the security log at each step of a sign-in (ADR 0034): wrong passwords go to the
 * throttle per client address ({@link SignInThrottle}), wrong second-factor codes count towards the account's lock,
 * a correct password of a user who still owes the second factor is its own event, and {@code SIGN_IN} is written only
 * when the sign-in is complete.
 * <p>
 * The account is changed in a transaction of its own, and the audit rows are written by {@link SecurityAuditLog} in
 * theirs, one after the other and never one inside the other: a transaction that waits for a second database
 * connection while holding one deadlocks the connection pool as soon as as many sign-ins arrive at once as there are
 * connections (the load test found it, docs/performance.md).
 */
@Service
class SignInAttempts {

    /** Whether a sign-in waiting for its second factor may still finish. */
    enum AccountState { OPEN, LOCKED, ENDED }

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

    /** A correct password of a user who must still give the second factor; the account is not touched yet. */
    void registerSecondFactorPending(String username) {
        auditLog.record(SecurityEventType.SIGN_IN_PENDING, username, "password correct, second factor pending");
    }

    /** The sign-in is complete (after the second factor, where there is one); {@code detail} says how. */
    void registerSuccess(String username, String detail) {
        var now = clock.instant();
        ownTransaction.executeWithoutResult(status -> accounts.findByUsername(username)
                .ifPresent(account -> account.registerSuccessfulSignIn(now)));
        auditLog.record(SecurityEventType.SIGN_IN, username, detail);
    }

    /**
     * A wrong second-factor code (or, before a new authenticator is set up, a wrong confirmation). Counts towards the
     * account's lock across sign-in attempts; returns how many wrong codes are left, 0 when the account is now locked.
     */
    int registerWrongSecondFactor(long userId, String username) {
        var now = clock.instant();
        Integer left = ownTransaction.execute(status -> accounts.findByIdForUpdate(userId)
                .map(account -> account.registerWrongSecondFactorCode(now) ? 0
                        : UserAccount.MAX_FAILED_ATTEMPTS - account.getFailedAttempts())
                .orElse(0));
        int attemptsLeft = left == null ? 0 : left;
        auditLog.record(SecurityEventType.TWO_FACTOR_FAILED, username, "wrong code, " + attemptsLeft + " left");
        if (attemptsLeft == 0) {
            auditLog.record(SecurityEventType.LOCKED_OUT, username, "locked for " + UserAccount.LOCK_DURATION_MINUTES
                    + " minutes after " + UserAccount.MAX_FAILED_ATTEMPTS + " wrong second-factor codes");
        }
        return attemptsLeft;
    }

    /** Whether the account may still finish a sign-in: not locked, disabled, expired or deleted in the meantime. */
    AccountState stateOf(long userId) {
        var now = clock.instant();
        return ownTransaction.execute(status -> accounts.findById(userId)
                .map(account -> account.isLockedAt(now) ? AccountState.LOCKED
                        : !account.isEnabled() || account.isExpiredOn(LocalDate.ofInstant(now,
                        PortalTime.ZONE)) ? AccountState.ENDED : AccountState.OPEN)
                .orElse(AccountState.ENDED));
    }
}
