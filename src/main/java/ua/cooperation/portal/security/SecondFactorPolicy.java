package ua.cooperation.portal.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Who must sign in with a second factor: everyone holding one of {@code portal.security.second-factor.required-roles}
 * (default ADMIN, HEAD and OFFICER: staff who can change or approve records). Embassy liaisons may add one. The demo
 * profile relaxes it for officers (application-demo.properties); whenever a staff role is left out, the sign-in page
 * says so, so that nobody mistakes such an installation for a production one (ADR 0034).
 */
@Component
public class SecondFactorPolicy {

    static final String DEFAULT_REQUIRED_ROLES = "ADMIN,HEAD,OFFICER";
    private static final Set<Role> STAFF = EnumSet.of(Role.ADMIN, Role.HEAD, Role.OFFICER);

    private final Set<Role> requiredRoles;

    SecondFactorPolicy(@Value("${portal.security.second-factor.required-roles:" + DEFAULT_REQUIRED_ROLES + "}")
                       Set<Role> requiredRoles) {
        this.requiredRoles = requiredRoles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(requiredRoles);
    }

    /** Whether {@code user} must give a second factor (and set one up at the first sign-in). */
    public boolean requiredFor(PortalUser user) {
        return user.roles().stream().anyMatch(requiredRoles::contains);
    }

    /** The staff roles that sign in without a second factor here, in the order of {@link Role}; usually none. */
    public List<Role> relaxedStaffRoles() {
        return STAFF.stream().filter(role -> !requiredRoles.contains(role)).toList();
    }
}
