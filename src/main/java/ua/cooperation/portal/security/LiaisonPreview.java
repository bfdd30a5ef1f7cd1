package ua.cooperation.portal.security;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import ua.cooperation.portal.audit.SecurityAuditLog;
import ua.cooperation.portal.audit.SecurityEventType;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Lets an officer see the portal exactly as the liaison of one country would, before sharing something: for the
 * rest of the preview the signed-in principal is a liaison of that country (same person, no staff role), so every
 * service applies the liaison scope and refuses edits. Starting and ending a preview are audited.
 */
@Service
public class LiaisonPreview {

    /** The authentication during a preview; remembers the officer's own to restore it. */
    static final class PreviewAuthentication extends UsernamePasswordAuthenticationToken {
        private final Authentication original;
        private final String countryCode;

        PreviewAuthentication(PortalUser previewUser, Authentication original, String countryCode) {
            super(previewUser, null, previewUser.getAuthorities());
            this.original = original;
            this.countryCode = countryCode;
        }
    }

    private final SecurityAuditLog auditLog;

    LiaisonPreview(SecurityAuditLog auditLog) {
        this.auditLog = auditLog;
    }

    /** Starts seeing the portal as the liaison of {@code countryCode} (ISO 3166-1 alpha-2). */
    @PreAuthorize("hasRole('OFFICER') or hasRole('ADMIN')")
    public void start(String countryCode) {
        var code = countryCode == null ? "" : countryCode.toUpperCase(Locale.ROOT);
        if (Arrays.stream(Locale.getISOCountries()).noneMatch(code::equals)) {
            throw new IllegalArgumentException("Unknown country " + countryCode);
        }
        var context = SecurityContextHolder.getContext();
        var current = context.getAuthentication();
        if (current instanceof PreviewAuthentication || !(current.getPrincipal() instanceof PortalUser officer)) {
            throw new IllegalStateException("A preview is already running or nobody is signed in");
        }
        context.setAuthentication(new PreviewAuthentication(asLiaison(officer, code), current, code));
        SessionContext.keep(context);
        auditLog.record(SecurityEventType.PREVIEW, officer.username(), "preview as liaison of " + code + " started");
    }

    /** Ends a running preview and restores the officer's own rights; does nothing when none runs. */
    @PreAuthorize("isAuthenticated()")
    public void stop() {
        var context = SecurityContextHolder.getContext();
        if (context.getAuthentication() instanceof PreviewAuthentication preview) {
            context.setAuthentication(preview.original);
            SessionContext.keep(context);
            auditLog.record(SecurityEventType.PREVIEW, preview.getName(),
                    "preview as liaison of " + preview.countryCode + " ended");
        }
    }

    /**
     * The running preview with the officer's own authentication replaced by {@code original}, built from the account
     * as it is now ({@link AccountRecheck}); empty when the officer may no longer preview (the OFFICER and ADMIN roles
     * were taken away), and the preview must end.
     */
    static Optional<Authentication> refreshed(PreviewAuthentication preview, Authentication original) {
        // the same rule as start()'s @PreAuthorize
        var officer = (PortalUser) original.getPrincipal();
        if (!officer.hasRole(Role.OFFICER) && !officer.hasRole(Role.ADMIN)) {
            return Optional.empty();
        }
        return Optional.of(new PreviewAuthentication(asLiaison(officer, preview.countryCode), original,
                preview.countryCode));
    }

    /** The country a running preview shows. */
    static String countryOf(PreviewAuthentication preview) {
        return preview.countryCode;
    }

    /** The officer's own authentication behind a running preview. */
    static Authentication originalOf(PreviewAuthentication preview) {
        return preview.original;
    }

    /** The officer as a liaison of one country only: same person, no staff role. */
    private static PortalUser asLiaison(PortalUser officer, String countryCode) {
        return new PortalUser(officer.id(), officer.username(), officer.displayName(), "", Set.of(Role.LIAISON),
                Set.of(countryCode), true, true, true);
    }

    /** The country being previewed, if a preview runs. */
    public Optional<String> previewedCountry() {
        return SecurityContextHolder.getContext().getAuthentication() instanceof PreviewAuthentication preview
                ? Optional.of(preview.countryCode) : Optional.empty();
    }
}
