package ua.cooperation.portal.security.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ua.cooperation.portal.base.ui.NavigationEntry;
import ua.cooperation.portal.security.AccessPolicy;
import ua.cooperation.portal.security.CurrentUser;
import ua.cooperation.portal.security.GuestInvitationPolicy;
import ua.cooperation.portal.security.PortalUser;
import ua.cooperation.portal.security.Role;

@Configuration(proxyBeanMethods = false)
class UsersNavigation {

    /** Officers see "Invite a guest" only when the office lets them invite (administrators use the users list). */
    @Bean
    NavigationEntry inviteGuestNavigationEntry(GuestInvitationPolicy policy, CurrentUser currentUser) {
        return new NavigationEntry("invite-guest", 85, "users.invite", VaadinIcon.USER_STAR, InviteGuestView.class,
                () -> invites(currentUser.require(), policy));
    }

    /** Everyone may add a second factor; administrators and heads already set it up at their first sign-in. */
    @Bean
    NavigationEntry twoFactorNavigationEntry() {
        return new NavigationEntry("two-factor", 95, "two-factor.setup.title", VaadinIcon.KEY, TwoFactorSetupView.class,
                () -> true);
    }

    @Bean
    NavigationEntry usersNavigationEntry(AccessPolicy access) {
        return new NavigationEntry("users", 80, "users.title", VaadinIcon.USER_CARD, UsersView.class,
                access::mayAdminister);
    }

    /**
     * The account's role, not {@link AccessPolicy#mayAdminister()}: an administrator previewing as a liaison is not
     * offered the invitation either (the preview narrows what they administer, not what they are).
     */
    private static boolean invites(PortalUser user, GuestInvitationPolicy policy) {
        return !user.hasRole(Role.ADMIN) && policy.mayInvite(user);
    }
}
