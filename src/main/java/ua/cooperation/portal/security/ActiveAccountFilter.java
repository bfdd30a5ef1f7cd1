package ua.cooperation.portal.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import ua.cooperation.portal.audit.SecurityAuditLog;
import ua.cooperation.portal.audit.SecurityEventType;
import ua.cooperation.portal.base.DatabaseFailures;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Ends the session of a user whose account was disabled or whose guest account expired, at their very next
 * request: the session is invalidated and the request continues as anonymous, so the user lands on the login page
 * (Vaadin's own requests see an expired session and reload into it). Locked accounts are left alone: a lock comes
 * from failed sign-ins by anyone, and must not let a stranger end a signed-in user's work.
 */
class ActiveAccountFilter extends OncePerRequestFilter {

    private final UserAccountRepository accounts;
    private final SecurityAuditLog auditLog;
    private final Clock clock;

    ActiveAccountFilter(UserAccountRepository accounts, SecurityAuditLog auditLog, Clock clock) {
        this.accounts = accounts;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        var path = request.getServletPath();
        // static files carry no data; everything else (views, Vaadin's requests, downloads) is checked
        return path.startsWith("/VAADIN/") || path.startsWith("/styles/") || path.startsWith("/images/")
                || path.startsWith("/lumo/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        var session = request.getSession(false);
        if (authentication != null && authentication.getPrincipal() instanceof PortalUser user
                && !isActiveOrUnknown(user, session == null ? null : Instant.ofEpochMilli(session.getCreationTime()))) {
            auditLog.record(SecurityEventType.SIGN_OUT, user.username(),
                    "session ended: account disabled or expired, or its sessions were ended");
            if (session != null) {
                session.invalidate();
            }
            SecurityContextHolder.clearContext();
        }
        chain.doFilter(request, response);
    }

    /**
     * While the database cannot be reached the account cannot be checked: the request goes on (it can read or change
     * nothing without the database either) so that the user gets the portal's "database unavailable" message rather
     * than a failed request, and the check runs again at the next request once the database is back.
     */
    private boolean isActiveOrUnknown(PortalUser user, Instant sessionStart) {
        try {
            return isActive(user, sessionStart);
        } catch (RuntimeException e) {
            if (DatabaseFailures.isDatabaseUnavailable(e)) {
                return true;
            }
            throw e;
        }
    }

    private boolean isActive(PortalUser user, Instant sessionStart) {
        var today = LocalDate.ofInstant(clock.instant(), PortalUserDetailsService.KYIV);
        return accounts.findById(user.id())
                .map(account -> account.isEnabled() && !account.isExpiredOn(today)
                        && (account.getSessionsRevokedAt() == null || sessionStart == null
                        || sessionStart.isAfter(account.getSessionsRevokedAt())))
                .orElse(false);
    }
}
