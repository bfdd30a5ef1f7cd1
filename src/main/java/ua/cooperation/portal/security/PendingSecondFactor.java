package ua.cooperation.portal.security;

import org.springframework.security.authentication.AbstractAuthenticationToken;

import java.util.List;

/**
 * The state between a correct password and a correct second factor: the user is known, but holds no role and is not
 * a {@link PortalUser} principal, so every service sees nobody (empty scope, role checks denied) and the views show
 * only the two-factor pages.
 */
public final class PendingSecondFactor extends AbstractAuthenticationToken {

    /** Who signed in with the password; deliberately not a {@link PortalUser}. */
    public record Pending(PortalUser user, boolean mustEnrol) {
    }

    private final Pending pending;
    /** Wrong codes given in this attempt. */
    final java.util.concurrent.atomic.AtomicInteger wrongCodes = new java.util.concurrent.atomic.AtomicInteger();

    PendingSecondFactor(PortalUser user, boolean mustEnrol) {
        super(List.of());
        this.pending = new Pending(user, mustEnrol);
        setAuthenticated(true);
    }

    /**
     * The same pending sign-in for the account as it is stored now (its roles, countries and name changed meanwhile,
     * see {@link AccountRecheck}): still pending, with the wrong codes given so far.
     */
    PendingSecondFactor withUser(PortalUser current) {
        var refreshed = new PendingSecondFactor(current, pending.mustEnrol());
        refreshed.wrongCodes.set(wrongCodes.get());
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
