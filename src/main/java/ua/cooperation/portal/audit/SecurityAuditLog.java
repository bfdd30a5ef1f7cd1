package ua.cooperation.portal.audit;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;

/**
 * Writes security events to the audit table. Each event is committed in its own transaction so that it is kept
 * even when the surrounding work (for example a denied call) rolls back.
 */
@Service
public class SecurityAuditLog {

    private final SecurityEventRepository events;
    private final Clock clock;

    SecurityAuditLog(SecurityEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(SecurityEventType type, String username, String detail) {
        events.save(new SecurityEvent(clock.instant(), type, username, detail));
    }

    /** The events of one user, oldest first. For administrators. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<SecurityEvent> findByUsername(String username) {
        return events.findByUsernameOrderByIdAsc(username);
    }
}
