package ua.cooperation.portal.security;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import ua.cooperation.portal.audit.SecurityAuditLog;
import ua.cooperation.portal.audit.SecurityEventType;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;

/**
 * A partner who asks for a record that exists but lies outside her scope gets "not found", exactly as for a missing
 * one; the security log still learns of it, as denied access (ADR 0038), so that an administrator sees someone
 * probing addresses. Only the services' entry points that take an id the user asked for report here, never the
 * look-ups of linked records. Rate-limited per user ({@link #MAX_PER_WINDOW} rows per {@link #WINDOW}, one row per
 * record and window), so that a script walking through ids cannot flood the log. The limiter is per node: it only
 * thins the log, it decides nothing.
 */
@Component
public class OutOfScopeRequests {

    static final Duration WINDOW = Duration.ofMinutes(10);
    static final int MAX_PER_WINDOW = 20;

    private final CountryScope scope;
    private final CurrentUser currentUser;
    private final SecurityAuditLog auditLog;
    private final Clock clock;
    private final Map<String, Deque<Entry>> recent = new ConcurrentHashMap<>();

    private record Entry(String record, Instant at) {
    }

    OutOfScopeRequests(CountryScope scope, CurrentUser currentUser, SecurityAuditLog auditLog, Clock clock) {
        this.scope = scope;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /**
     * A restricted user's request for {@code kind} {@code id} found nothing visible: when {@code exists} says the
     * record is there, the request is written to the security log as denied access. Staff are never reported (they
     * see everything, so "not found" is really missing). The row is written after the current transaction, so that a
     * read does not hold one database connection while waiting for another.
     */
    public void report(String kind, Object id, BooleanSupplier exists) {
        var user = currentUser.get().orElse(null);
        if (user == null || !scope.isRestricted() || !exists.getAsBoolean()) {
            return;
        }
        var record = kind + " " + id;
        var allowed = admit(user.username(), record);
        if (allowed == Admission.SKIP) {
            return;
        }
        var detail = "out-of-scope " + record + " requested, answered as not found"
                + (allowed == Admission.LAST ? "; further requests in the next " + WINDOW.toMinutes()
                + " minutes are not logged" : "");
        Runnable write = () -> auditLog.record(SecurityEventType.ACCESS_DENIED, user.username(), detail);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    write.run();
                }
            });
        } else {
            write.run();
        }
    }

    private enum Admission { LOG, LAST, SKIP }

    private Admission admit(String username, String record) {
        var now = clock.instant();
        var result = new Admission[]{Admission.SKIP};
        recent.compute(username, (name, entries) -> {
            var list = entries == null ? new ArrayDeque<Entry>() : entries;
            while (!list.isEmpty() && list.peekFirst().at().isBefore(now.minus(WINDOW))) {
                list.removeFirst();
            }
            boolean seen = list.stream().anyMatch(e -> e.record().equals(record));
            if (!seen && list.size() < MAX_PER_WINDOW) {
                list.addLast(new Entry(record, now));
                result[0] = list.size() == MAX_PER_WINDOW ? Admission.LAST : Admission.LOG;
            }
            return list.isEmpty() ? null : list;
        });
        return result[0];
    }
}
