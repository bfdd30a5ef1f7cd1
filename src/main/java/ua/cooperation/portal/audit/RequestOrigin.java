package ua.cooperation.portal.audit;

import com.vaadin.flow.server.VaadinRequest;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Where a security event comes from: the client's address and a reference to its session (ADR 0034). Both are empty
 * for events written outside a request, e.g. by a scheduled job.
 * <p>
 * The address is the servlet's remote address, which Tomcat takes from {@code X-Forwarded-For} when the request comes
 * through a trusted proxy. The session is named by the first 16 hex digits of the SHA-256 of its id, never by the id
 * itself: the log is read by administrators, exported to files and kept in backups, and a raw id in it would let any
 * reader take over a session that is still open. The reference still tells the events of one session apart from
 * another's.
 *
 * @param clientAddress IPv4 or IPv6 address as text, at most 45 characters, or null
 * @param sessionRef    16 hex digits, or null when the request has no session
 */
public record RequestOrigin(String clientAddress, String sessionRef) {

    public static final RequestOrigin NONE = new RequestOrigin(null, null);
    static final int SESSION_REF_LENGTH = 16;

    /** The origin of the request being served on this thread; {@link #NONE} outside a request. */
    public static RequestOrigin current() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return of(attributes.getRequest());
        }
        var vaadinRequest = VaadinRequest.getCurrent();
        if (vaadinRequest != null) {
            var session = vaadinRequest.getWrappedSession(false);
            return new RequestOrigin(vaadinRequest.getRemoteAddr(), session == null ? null : sessionRef(session.getId()));
        }
        return NONE;
    }

    static RequestOrigin of(HttpServletRequest request) {
        var session = request.getSession(false);
        return new RequestOrigin(request.getRemoteAddr(), session == null ? null : sessionRef(session.getId()));
    }

    /** The reference under which the session with this id appears in the security log. */
    public static String sessionRef(String sessionId) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(sessionId.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, SESSION_REF_LENGTH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
