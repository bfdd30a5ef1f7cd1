package ua.cooperation.portal.security;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Spring Security saves the security context only at sign-in; a change made during a Vaadin request (a preview, a
 * completed second factor) must be put into the HTTP session explicitly so that the next requests see it.
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
}
