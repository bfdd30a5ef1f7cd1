package ua.cooperation.portal.security;

import ua.cooperation.portal.base.PortalTime;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Loads portal users for sign-in; expiry and lock state are decided here from the stored account, and checked only
 * after a correct password ({@link SignInAuthenticationProvider}). Replaces a password hash of an older algorithm at
 * the sign-in that proves the password (ADR 0035).
 */
@Service
class PortalUserDetailsService implements UserDetailsService, UserDetailsPasswordService {


    private final UserAccountRepository accounts;
    private final Clock clock;

    PortalUserDetailsService(UserAccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public PortalUser loadUserByUsername(String username) {
        var account = accounts.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
        return toPortalUser(account);
    }

    /** Called by Spring Security after a correct password whose stored hash uses an older algorithm (bcrypt). */
    @Override
    @Transactional
    public PortalUser updatePassword(UserDetails user, String newPassword) {
        var portalUser = (PortalUser) user;
        accounts.updatePasswordHash(portalUser.id(), newPassword);
        return new PortalUser(portalUser.id(), portalUser.username(), portalUser.displayName(), newPassword,
                portalUser.roles(), portalUser.countryCodes(), portalUser.enabled(), portalUser.accountNonExpired(),
                portalUser.accountNonLocked(), portalUser.organisationId());
    }

    PortalUser toPortalUser(UserAccount account) {
        var now = clock.instant();
        return new PortalUser(account.getId(), account.getUsername(), account.getDisplayName(),
                account.getPasswordHash(), account.getRoles(), account.getCountryCodes(), account.isEnabled(),
                !account.isExpiredOn(LocalDate.ofInstant(now, PortalTime.ZONE)), !account.isLockedAt(now),
                account.getOrganisationId());
    }
}
