package ua.cooperation.portal.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.web.filter.OncePerRequestFilter;
import ua.cooperation.portal.audit.SecurityAuditLog;
import ua.cooperation.portal.audit.SecurityEventType;
import ua.cooperation.portal.base.DatabaseFailures;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Every request of a signed-in session obeys the account as it is stored now (ADR 0033). Runs right after the
 * security context is loaded from the session, for pages, Vaadin's own requests and downloads alike (downloads are
 * served under {@code /VAADIN/dynamic/}); only static files are left out. {@link AccountRecheck} decides:
 * <ul>
 * <li>the session goes on with the account's current roles, countries and name: the new authentication replaces the
 * old one for this request and in the HTTP session, where Vaadin reads it for the rest of the session;</li>
 * <li>or the session ends: it is invalidated and the request goes on as anonymous (Vaadin answers its own requests
 * with "session expired", the browser reloads the page), and a fresh session remembers to send the next page request
 * to the sign-in page with the translated "your session was ended" message.</li>
 * </ul>
 * The moment a session signs in is kept in the session, so that "end all sessions" and a new password end exactly the
 * sessions that signed in before them.
 */
class ActiveAccountFilter extends OncePerRequestFilter {

    /** Query parameter of the sign-in page that shows "your session was ended" ({@code LoginView.SESSION_ENDED}). */
    static final String SESSION_ENDED = "session-ended";
    static final String SIGNED_IN_AT = ActiveAccountFilter.class.getName() + ".signedInAt";
    private static final String ENDED_NOTICE = ActiveAccountFilter.class.getName() + ".endedNotice";
    private static final String LOGIN_PATH = "/login";

    /** Static files: they carry no data, and pages load dozens of them. */
    private static final List<String> STATIC_PREFIXES = List.of("/VAADIN/build/", "/VAADIN/static/",
            "/VAADIN/themes/", "/themes/", "/lumo/", "/aura/", "/styles/", "/images/", "/icons/", "/favicon.ico");

    private final AccountRecheck recheck;
    private final SecurityAuditLog auditLog;
    private final Clock clock;
    private final HttpSessionRequestCache requestCache = new HttpSessionRequestCache();

    ActiveAccountFilter(AccountRecheck recheck, SecurityAuditLog auditLog, Clock clock) {
        this.recheck = recheck;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        var path = path(request);
        return STATIC_PREFIXES.stream().anyMatch(path::startsWith);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var started = clock.instant();
        var session = request.getSession(false);
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (session != null && authentication != null) {
            switch (recheckOrKeep(authentication, signedInAt(session))) {
                case AccountRecheck.End end -> {
                    session = end(request, session, authentication, end.reason());
                    authentication = null;
                }
                case AccountRecheck.Refresh refresh -> keep(session, refresh.authentication());
                case AccountRecheck.Keep keep -> { }
            }
        }
        if (session != null && authentication == null && isPage(request) && takeEndedNotice(session)
                && !LOGIN_PATH.equals(path(request))) {
            requestCache.saveRequest(request, response);
            response.sendRedirect(request.getContextPath() + LOGIN_PATH + "?" + SESSION_ENDED);
            return;
        }
        chain.doFilter(request, response);
        rememberSignIn(request, authentication, started);
    }

    /**
     * While the database cannot be reached the account cannot be checked: the request goes on (it can read or change
     * nothing without the database either) so that the user gets the portal's "database unavailable" message rather
     * than a failed request, and the check runs again at the next request once the database is back.
     */
    private AccountRecheck.Outcome recheckOrKeep(Authentication authentication, Instant signedInAt) {
        try {
            return recheck.check(authentication, signedInAt);
        } catch (RuntimeException e) {
            if (DatabaseFailures.isDatabaseUnavailable(e)) {
                return AccountRecheck.KEEP;
            }
            throw e;
        }
    }

    /** Ends the session; returns the fresh one that carries the notice for the next page request. */
    private HttpSession end(HttpServletRequest request, HttpSession session, Authentication authentication,
                            String reason) {
        auditLog.record(SecurityEventType.SIGN_OUT, authentication.getName(), "session ended: " + reason);
        session.invalidate();
        SecurityContextHolder.clearContext();
        var fresh = request.getSession(true);
        fresh.setAttribute(ENDED_NOTICE, Boolean.TRUE);
        return fresh;
    }

    /** Vaadin reads the context from the HTTP session during its requests, so it must be replaced there too. */
    private static void keep(HttpSession session, Authentication refreshed) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(refreshed);
        SecurityContextHolder.setContext(context);
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
    }

    /**
     * When a session signed in during this request (form login), it remembers when the request started, and forgets
     * a notice of an earlier end that no page showed.
     */
    private static void rememberSignIn(HttpServletRequest request, Authentication before, Instant started) {
        var after = AccountRecheck.userOf(SecurityContextHolder.getContext().getAuthentication());
        var previous = AccountRecheck.userOf(before);
        if (after.isEmpty() || previous.isPresent() && previous.get().id() == after.get().id()) {
            return;
        }
        var session = request.getSession(false);
        try {
            if (session != null) {
                session.setAttribute(SIGNED_IN_AT, started);
                session.removeAttribute(ENDED_NOTICE);
            }
        } catch (IllegalStateException invalidated) {
            // the session ended during the request (signing out): nothing to remember
        }
    }

    /** When the session signed in; for sessions from before this attribute existed, when the session began. */
    private static Instant signedInAt(HttpSession session) {
        return session.getAttribute(SIGNED_IN_AT) instanceof Instant at
                ? at : Instant.ofEpochMilli(session.getCreationTime());
    }

    private static boolean takeEndedNotice(HttpSession session) {
        boolean noticed = session.getAttribute(ENDED_NOTICE) != null;
        if (noticed) {
            session.removeAttribute(ENDED_NOTICE);
        }
        return noticed;
    }

    /** A page the browser opens (a link, a reload), not one of Vaadin's own requests or a download. */
    private static boolean isPage(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) && request.getParameter("v-r") == null
                && !path(request).startsWith("/VAADIN/");
    }

    /** The path inside the portal, decoded and normalised by the container. */
    private static String path(HttpServletRequest request) {
        var info = request.getPathInfo();
        return request.getServletPath() + (info == null ? "" : info);
    }
}
