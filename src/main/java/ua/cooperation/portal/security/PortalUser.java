package ua.cooperation.portal.security;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.io.Serializable;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The signed-in user as Spring Security keeps it in the session. Immutable; the account flags are evaluated
 * when the user is loaded for sign-in.
 */
public record PortalUser(
        long id,
        String username,
        String displayName,
        String passwordHash,
        Set<Role> roles,
        Set<String> countryCodes,
        boolean enabled,
        boolean accountNonExpired,
        boolean accountNonLocked,
        Long organisationId) implements UserDetails, Serializable {

    public PortalUser {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        countryCodes = Set.copyOf(countryCodes);
    }

    /** A user bound to countries only (staff, an embassy liaison): no organisation. */
    public PortalUser(long id, String username, String displayName, String passwordHash, Set<Role> roles,
                      Set<String> countryCodes, boolean enabled, boolean accountNonExpired, boolean accountNonLocked) {
        this(id, username, displayName, passwordHash, roles, countryCodes, enabled, accountNonExpired,
                accountNonLocked, null);
    }

    /**
     * A guest bound to one organisation (an international organisation's staff) rather than to countries: she is
     * restricted like every guest and sees the shared records that name her organisation (ADR 0042).
     */
    public Optional<Long> boundOrganisationId() {
        return isCountryRestricted() ? Optional.ofNullable(organisationId) : Optional.empty();
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /**
     * Everyone without a staff role sees only their own countries' shared records: a liaison, and (should one ever
     * exist) an account without any role, which then sees nothing at all rather than everything. A staff member who
     * also holds LIAISON is not narrowed: staff roles already see everything.
     */
    public boolean isCountryRestricted() {
        return !roles.contains(Role.OFFICER) && !roles.contains(Role.HEAD) && !roles.contains(Role.ADMIN);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public boolean isAccountNonExpired() {
        return accountNonExpired;
    }

    @Override
    public boolean isAccountNonLocked() {
        return accountNonLocked;
    }

    @Override
    public String toString() {
        // never print the password hash into logs
        return "PortalUser[" + username + ", roles=" + roles + ", countries=" + countryCodes
                + (organisationId == null ? "" : ", organisation=" + organisationId) + "]";
    }
}
