package ua.cooperation.portal.security;

import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.Optional;

/**
 * Spring Security saves the security context only at sign-in; a change made during a Vaadin request (a preview, a
 * completed second factor) must be put into the HTTP session explicitly so that the next requests see it. Also the
 * session of the current request for the sign-in's own needs: a new id when the second factor completes, and the
 * confirmation that lets a user replace their authenticator.
 */
final class SessionContext {

    private SessionContext() {
    }

    static void keep(SecurityContext context) {
        var vaadinSession = com.vaadin.flow.server.VaadinSession.getCurrent();
        if (vaadinSession != null && vaadinSession.getSession() != null) {
            vaadinSession.getSession().setAttribute(
                    HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        } else if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            var session = attributes.getRequest().getSession(false);
            if (session != null) {
                session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
            }
        }
    }

    /**
     * Gives the session of the current request a new id and returns the old one (empty without a session). The
     * session itself, with Vaadin's state in it, stays; the servlet container sends the new id's cookie with the
     * response, also with the answer to a Vaadin request. Against session fixation: an id known before a sign-in
     * step must not be worth more after it.
     */
    static Optional<String> renewId() {
        return currentRequest().filter(request -> request.getSession(false) != null).map(request -> {
            var old = request.getSession(false).getId();
            request.changeSessionId();
            return old;
        });
    }

    static Optional<Object> attribute(String name) {
        return session().map(session -> session.getAttribute(name));
    }

    /** Stores a value in the session of the current request; false when there is none. */
    static boolean setAttribute(String name, Object value) {
        var session = session();
        session.ifPresent(s -> s.setAttribute(name, value));
        return session.isPresent();
    }

    private static Optional<HttpSession> session() {
        return currentRequest().map(request -> request.getSession(false));
    }

    private static Optional<HttpServletRequest> currentRequest() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return Optional.of(attributes.getRequest());
        }
        return Optional.ofNullable(VaadinServletRequest.getCurrent()).map(VaadinServletRequest::getHttpServletRequest);
    }
}
