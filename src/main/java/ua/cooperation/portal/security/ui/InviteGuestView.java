package ua.cooperation.portal.security.ui;

import ua.cooperation.portal.base.PortalTime;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import ua.cooperation.portal.security.CurrentUser;
import ua.cooperation.portal.security.GuestInvitationPolicy;
import ua.cooperation.portal.security.Role;
import ua.cooperation.portal.security.UserAdministration;

/**
 * Where officers invite an embassy liaison when the office allows them to ({@code portal.guests.officers-may-invite});
 * administrators have the same dialog on the users list. Without the permission the page says who to ask, and the
 * service refuses anyway.
 */
@Route("guests/invite")
@RolesAllowed({Role.Names.ADMIN, Role.Names.OFFICER})
public class InviteGuestView extends VerticalLayout implements HasDynamicTitle {

    static final String ID_OPEN = "invite-guest-open";
    static final String ID_NOT_ALLOWED = "invite-guest-not-allowed";

    InviteGuestView(UserAdministration administration, GuestInvitationPolicy policy, CurrentUser currentUser,
                    PortalTime time, GuestOrganisations organisations) {
        setMaxWidth("50em");
        add(new H2(getTranslation("users.invite")));
        add(new Paragraph(getTranslation("guests.invite.intro")));
        if (policy.mayInvite(currentUser.require())) {
            var open = new Button(getTranslation("users.invite"), VaadinIcon.PLUS.create(),
                    e -> new InvitationDialog(administration, organisations, time.today(),
                            link -> UsersView.showLinkDialog(this, link.text(), link.path())).open());
            open.setId(ID_OPEN);
            open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(open);
        } else {
            var notAllowed = new Paragraph(getTranslation("guests.invite.not-allowed"));
            notAllowed.setId(ID_NOT_ALLOWED);
            add(notAllowed);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("users.invite");
    }
}
