package ua.cooperation.portal.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One row of the security audit log. Rows are only ever inserted. */
@Entity
@Table(name = "security_event")
public class SecurityEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type", nullable = false, length = 30)
    private SecurityEventType type;

    /** The user name as given (also for failed sign-ins of unknown names), or null for anonymous requests. */
    @Column(length = 100)
    private String username;

    @Column(length = 1000)
    private String detail;

    /** The client's address (see {@link RequestOrigin}); null for events written outside a request. */
    @Column(name = "client_address", length = 45)
    private String clientAddress;

    /** A short hash of the session id (see {@link RequestOrigin}); null outside a request or without a session. */
    @Column(name = "session_ref", length = 16)
    private String sessionRef;

    protected SecurityEvent() {
    }

    SecurityEvent(Instant occurredAt, SecurityEventType type, String username, String detail, RequestOrigin origin) {
        this.occurredAt = occurredAt;
        this.type = type;
        this.username = username == null ? null : truncate(username, 100);
        this.detail = detail == null ? null : truncate(detail, 1000);
        this.clientAddress = origin.clientAddress() == null ? null : truncate(origin.clientAddress(), 45);
        this.sessionRef = origin.sessionRef();
    }

    private static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public SecurityEventType getType() {
        return type;
    }

    public String getUsername() {
        return username;
    }

    public String getDetail() {
        return detail;
    }

    public String getClientAddress() {
        return clientAddress;
    }

    public String getSessionRef() {
        return sessionRef;
    }
}
