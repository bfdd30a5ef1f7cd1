package ua.cooperation.portal.security;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether the portal still waits for its first administrator: no enabled account holds the ADMIN role. Then
 * {@link InitialAdministrator} prepares the account {@code admin} at start-up (with {@code PORTAL_INITIAL_ADMIN_PASSWORD},
 * or disabled with a one-time link in the server's log), and the sign-in page says where that link is
 * (docs/adr/0036-demo-profile-and-the-first-administrator.md).
 */
@Service
public class FirstAdministrator {

    private final UserAccountRepository accounts;

    FirstAdministrator(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    /**
     * True while no enabled account is an administrator. Asked by the sign-in page, so without a signed-in user: it
     * tells a stranger only that the portal is not set up yet, which its first visitor sees anyway, and nothing that
     * would let anyone take the account (the link is only in the server's log).
     */
    @Transactional(readOnly = true)
    public boolean awaited() {
        return accounts.countEnabledWithRole(Role.ADMIN) == 0;
    }
}
