package ua.cooperation.portal.security;

import org.springframework.security.authentication.AbstractAuthenticationToken;

import java.util.List;

/**
 * The state between a correct password and a correct second factor: the user is known, but holds no role and is not
 * a {@link PortalUser} principal, so every service sees nobody (empty scope, role checks denied) and the views show
 * only the two-factor pages. Wrong codes are counted on the account, not here, so that a new sign-in attempt does not
 * start again at zero (ADR 0034).
 */
public final class PendingSecondFactor extends AbstractAuthenticationToken {

    /** Who signed in with the password; deliberately not a {@link PortalUser}. */
    public record Pending(PortalUser user, boolean mustEnrol) {
    }

    private final Pending pending;

    PendingSecondFactor(PortalUser user, boolean mustEnrol) {
        super(List.of());
        this.pending = new Pending(user, mustEnrol);
        setAuthenticated(true);
    }

    /**
     * The same pending sign-in for the account as it is stored now (its roles, countries and name changed meanwhile,
     * see {@link AccountRecheck}): still pending; the wrong codes so far are counted on the account (ADR 0034).
     */
    PendingSecondFactor withUser(PortalUser current) {
        var refreshed = new PendingSecondFactor(current, pending.mustEnrol());
        refreshed.setDetails(getDetails());
        return refreshed;
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return pending;
    }

    @Override
    public String getName() {
        return pending.user().username();
    }

    public boolean mustEnrol() {
        return pending.mustEnrol();
    }
}
