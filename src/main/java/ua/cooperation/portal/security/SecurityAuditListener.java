package ua.cooperation.portal.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.stereotype.Component;
import ua.cooperation.portal.audit.SecurityAuditLog;
import ua.cooperation.portal.audit.SecurityEventType;

/** Turns Spring Security's events into audit rows: sign-ins, sign-outs and denied method calls. */
@Component
class SecurityAuditListener {

    private final SignInAttempts attempts;
    private final SecurityAuditLog auditLog;

    SecurityAuditListener(SignInAttempts attempts, SecurityAuditLog auditLog) {
        this.attempts = attempts;
        this.auditLog = auditLog;
    }

    @EventListener
    void onSignIn(InteractiveAuthenticationSuccessEvent event) {
        attempts.registerSuccess(event.getAuthentication().getName());
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
