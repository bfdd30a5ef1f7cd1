package ua.cooperation.portal.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ua.cooperation.portal.security.GuestInvitationPolicy;
import ua.cooperation.portal.testsupport.KaribuTest;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class InviteGuestViewTest extends KaribuTest {

    @Autowired
    GuestInvitationPolicy policy;

    @Test
    void officer_invites_a_liaison_only_where_the_office_allows_it() {
        signInAs("officer");
        UI.getCurrent().navigate(InviteGuestView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId(InviteGuestView.ID_NOT_ALLOWED)).getText())
                .contains("адміністратор");
        assertThat(_find(Button.class, spec -> spec.withId(InviteGuestView.ID_OPEN))).isEmpty();

        allow(true);
        try {
            UI.getCurrent().navigate("");
            UI.getCurrent().navigate(InviteGuestView.class);
            _click(_get(Button.class, spec -> spec.withId(InviteGuestView.ID_OPEN)));
            _get(TextField.class, spec -> spec.withId("invite-username")).setValue("riga.desk");
            _get(TextField.class, spec -> spec.withId("invite-name")).setValue("Jānis Bērziņš");
            @SuppressWarnings("unchecked")
            var countries = (com.vaadin.flow.component.combobox.MultiSelectComboBox<String>) _get(
                    com.vaadin.flow.component.combobox.MultiSelectComboBox.class,
                    spec -> spec.withId("invite-countries"));
            countries.setValue(java.util.Set.of("LV"));
            _click(_get(Button.class, spec -> spec.withId("invite-create")));
            assertThat(_get(TextField.class, spec -> spec.withId(UsersView.ID_LINK)).getValue())
                    .contains("set-password/");
        } finally {
            allow(false);
        }
    }

    /** The setting is read at start-up; the test flips it for one case and back. */
    private void allow(boolean value) {
        org.springframework.test.util.ReflectionTestUtils.invokeMethod(policy, "setOfficersMayInvite", value);
    }
}
