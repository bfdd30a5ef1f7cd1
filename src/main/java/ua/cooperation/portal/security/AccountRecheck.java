package ua.cooperation.portal.security;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import ua.cooperation.portal.audit.SecurityAuditLog;
import ua.cooperation.portal.audit.SecurityEventType;

import java.time.Instant;
import java.util.Optional;

/**
 * Holds a signed-in session to the account as it is stored now (ADR 0033): one read of the account by its id per
 * request decides whether the session goes on unchanged, goes on with the account's current roles, countries and name,
 * or ends. Knows the three shapes a signed-in session has: a {@link PortalUser} (after sign-in), a
 * {@link LiaisonPreview.PreviewAuthentication preview} (the officer's own rights are checked, the preview stays a
 * preview while the officer may still preview) and a {@link PendingSecondFactor pending} sign-in (stays pending).
 * <p>
 * A session ends when the account is gone, disabled, expired or locked, when its sessions were ended after this
 * session signed in ("end all sessions", a new password, a second-factor or password reset), and when the account
 * gained a role: new rights are taken up only by a new sign-in, which asks for the second factor the new role may
 * need. Roles taken away, countries and the display name are refreshed in place.
 */
@Component
class AccountRecheck {

    /** What becomes of the session at this request. */
    sealed interface Outcome permits Keep, Refresh, End {
    }

    /** The session's authentication still matches the account. */
    record Keep() implements Outcome {
    }

    /** The session goes on with {@code authentication}, built from the account as stored now. */
    record Refresh(Authentication authentication) implements Outcome {
    }

    /** The session must end; {@code reason} is for the security log. */
    record End(String reason) implements Outcome {
    }

    static final Keep KEEP = new Keep();

    private final UserAccountRepository accounts;
    private final PortalUserDetailsService users;
    private final SecurityAuditLog auditLog;

    AccountRecheck(UserAccountRepository accounts, PortalUserDetailsService users, SecurityAuditLog auditLog) {
        this.accounts = accounts;
        this.users = users;
        this.auditLog = auditLog;
    }

    /** The portal user a session stands for, if it is signed in or waits for its second factor. */
    static Optional<PortalUser> userOf(Authentication authentication) {
        if (authentication instanceof LiaisonPreview.PreviewAuthentication running) {
            return userOf(LiaisonPreview.originalOf(running));
        }
        if (authentication instanceof PendingSecondFactor pending) {
            return Optional.of(((PendingSecondFactor.Pending) pending.getPrincipal()).user());
        }
        return authentication != null && authentication.getPrincipal() instanceof PortalUser user
                ? Optional.of(user) : Optional.empty();
    }

    /**
     * Checks the session whose authentication is {@code authentication} and whose sign-in happened at
     * {@code signedInAt} (null: unknown, then only the account's own state counts) against the stored account.
     */
    Outcome check(Authentication authentication, Instant signedInAt) {
        var signedIn = userOf(authentication);
        if (signedIn.isEmpty()) {
            return KEEP;
        }
        var user = signedIn.get();
        var account = accounts.findById(user.id());
        if (account.isEmpty()) {
            return new End("account removed");
        }
        var revoked = account.get().getSessionsRevokedAt();
        var current = users.toPortalUser(account.get());
        if (!current.isEnabled()) {
            return new End("account disabled");
        }
        if (!current.isAccountNonExpired()) {
            return new End("account expired");
        }
        if (!current.isAccountNonLocked()) {
            return new End("account locked");
        }
        if (revoked != null && signedInAt != null && !signedInAt.isAfter(revoked)) {
            return new End("sessions ended by an administrator or a new password");
        }
        if (!user.roles().containsAll(current.roles())) {
            return new End("role added, to be taken up at the next sign-in");
        }
        return current.equals(user) ? KEEP : new Refresh(refreshed(authentication, current));
    }

    private Authentication refreshed(Authentication authentication, PortalUser current) {
        if (authentication instanceof LiaisonPreview.PreviewAuthentication running) {
            var original = signedInAs(current, LiaisonPreview.originalOf(running));
            return LiaisonPreview.refreshed(running, original).orElseGet(() -> {
                auditLog.record(SecurityEventType.PREVIEW, current.username(), "preview as liaison of "
                        + LiaisonPreview.countryOf(running) + " ended: the right to preview was taken away");
                return original;
            });
        }
        if (authentication instanceof PendingSecondFactor pending) {
            return pending.withUser(current);
        }
        return signedInAs(current, authentication);
    }

    /** A sign-in as {@code user} that keeps the details (address, session) of {@code previous}. */
    private static Authentication signedInAs(PortalUser user, Authentication previous) {
        var token = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        token.setDetails(previous.getDetails());
        return token;
    }
}
