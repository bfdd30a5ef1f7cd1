package ua.cooperation.portal.audit;

import ua.cooperation.portal.base.PortalTime;

import jakarta.persistence.EntityManager;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import ua.cooperation.portal.base.OrderedIds;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Writes security events to the audit table. Each event is committed in its own transaction so that it is kept
 * even when the surrounding work (for example a denied call) rolls back.
 */
@Service
public class SecurityAuditLog {


    private final SecurityEventRepository events;
    private final EntityManager entityManager;
    private final PortalTime time;

    SecurityAuditLog(SecurityEventRepository events, EntityManager entityManager, PortalTime time) {
        this.entityManager = entityManager;
        this.events = events;
        this.time = time;
    }

    /**
     * Writes one event, with the client address and session of the request being served ({@link RequestOrigin});
     * both stay empty for events written outside a request.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(SecurityEventType type, String username, String detail) {
        events.save(new SecurityEvent(time.now(), type, username, detail, RequestOrigin.current()));
    }

    /**
     * How many events of one type one user caused since {@code since}: the partner write limit counts here, so that
     * every portal node counts the same writes. A user counts her own events; an administrator anyone's.
     */
    @PreAuthorize("#username == authentication.name or hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public long countSince(SecurityEventType type, String username, Instant since) {
        return events.countByUsernameAndTypeAndOccurredAtGreaterThanEqual(username, type, since);
    }

    /** One page of events matching the filter, newest first. For administrators; reads a slice, no count. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<SecurityEvent> find(SecurityEventFilter filter, int page, int size) {
        var request = PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "id"));
        return events.findBy(matching(filter), q -> q.slice(request)).getContent();
    }

    /**
     * The ids of all events matching the filter, newest first as {@link #find} lists them: for exports, which then
     * read the events with {@link #findByIds} (ADR 0024). For administrators.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public long[] findIds(SecurityEventFilter filter) {
        var cb = entityManager.getCriteriaBuilder();
        var query = cb.createQuery(Long.class);
        var root = query.from(SecurityEvent.class);
        query.select(root.get("id")).where(matching(filter).toPredicate(root, query, cb))
                .orderBy(cb.desc(root.get("id")));
        return OrderedIds.read(entityManager.createQuery(query));
    }

    /** The events with these ids, in no order. For administrators. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<SecurityEvent> findByIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : events.findAllById(ids);
    }

    /** How many events match the filter (the export's progress bar). For administrators. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public long count(SecurityEventFilter filter) {
        return events.count(matching(filter));
    }

    private static Specification<SecurityEvent> matching(SecurityEventFilter filter) {
        return (root, query, cb) -> {
            var predicate = cb.conjunction();
            if (filter.username() != null && !filter.username().isBlank()) {
                predicate = cb.and(predicate, cb.like(cb.lower(root.get("username")),
                        "%" + filter.username().strip().toLowerCase(Locale.ROOT) + "%"));
            }
            if (filter.type() != null) {
                predicate = cb.and(predicate, cb.equal(root.get("type"), filter.type()));
            }
            if (filter.from() != null) {
                predicate = cb.and(predicate, cb.greaterThanOrEqualTo(root.get("occurredAt"),
                        filter.from().atStartOfDay(PortalTime.ZONE).toInstant()));
            }
            if (filter.to() != null) {
                predicate = cb.and(predicate, cb.lessThan(root.get("occurredAt"),
                        filter.to().plusDays(1).atStartOfDay(PortalTime.ZONE).toInstant()));
            }
            return predicate;
        };
    }

    /** The events of one user, oldest first. For administrators. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<SecurityEvent> findByUsername(String username) {
        return events.findByUsernameOrderByIdAsc(username);
    }
}
