package ua.cooperation.portal.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Who may invite embassy liaisons: administrators always; officers too when the office allows it with
 * {@code portal.guests.officers-may-invite=true} (off by default: guest accounts open the intranet to outsiders).
 * Named for method security: {@code @guestInvitationPolicy.officersMayInvite()}.
 */
@Component("guestInvitationPolicy")
public class GuestInvitationPolicy {

    private volatile boolean officersMayInvite;

    GuestInvitationPolicy(@Value("${portal.guests.officers-may-invite:false}") boolean officersMayInvite) {
        this.officersMayInvite = officersMayInvite;
    }

    public boolean officersMayInvite() {
        return officersMayInvite;
    }

    /** Whether {@code user} may invite a liaison now. */
    public boolean mayInvite(PortalUser user) {
        return user.hasRole(Role.ADMIN) || (officersMayInvite && user.hasRole(Role.OFFICER)
                && !user.isCountryRestricted());
    }

    /** For tests that exercise both settings in one application context. */
    void setOfficersMayInvite(boolean value) {
        officersMayInvite = value;
    }
}
