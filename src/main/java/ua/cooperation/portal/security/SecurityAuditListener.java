package ua.cooperation.portal.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.stereotype.Component;
import ua.cooperation.portal.audit.SecurityAuditLog;
import ua.cooperation.portal.audit.SecurityEventType;

/**
 * Turns Spring Security's events into audit rows: sign-outs and denied method calls. Sign-ins are written by the
 * sign-in steps themselves ({@link TwoFactorSignIn}, {@link TwoFactor}): Spring's success event comes at the password
 * step, before it is known whether a second factor still has to follow.
 */
@Component
class SecurityAuditListener {

    private final SecurityAuditLog auditLog;

    SecurityAuditListener(SecurityAuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @EventListener
    void onSignOut(LogoutSuccessEvent event) {
        auditLog.record(SecurityEventType.SIGN_OUT, event.getAuthentication().getName(), null);
    }

    @EventListener
    void onDenied(AuthorizationDeniedEvent<?> event) {
        var authentication = event.getAuthentication().get();
        var name = authentication == null ? null : authentication.getName();
        auditLog.record(SecurityEventType.ACCESS_DENIED, name, String.valueOf(event.getSource()));
    }
}
