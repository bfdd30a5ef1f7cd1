package ua.cooperation.portal.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ua.cooperation.portal.security.GuestInvitation;
import ua.cooperation.portal.security.PasswordSetup;
import ua.cooperation.portal.security.UserAdministration;
import ua.cooperation.portal.testsupport.KaribuTest;
import ua.cooperation.portal.testsupport.SignedIn;

import java.time.LocalDate;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.HasValidationUtilsKt._expectInvalid;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireCancel;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

/** An administrator invites an embassy liaison, who then sets a password through the one-time link. */
class UsersViewTest extends KaribuTest {

    @Autowired
    PasswordSetup passwordSetup;

    @Autowired
    UserAdministration administration;

    @Test
    void administrator_invites_a_liaison_who_sets_a_password_through_the_link() {
        signInAs("admin");
        UI.getCurrent().navigate(UsersView.class);
        _click(_get(Button.class, spec -> spec.withId(UsersView.ID_INVITE)));

        var username = "lv-liaison-" + System.nanoTime();
        _get(TextField.class, spec -> spec.withId("invite-username")).setValue(username);
        _get(TextField.class, spec -> spec.withId("invite-name")).setValue("Anna Bērziņa");
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<String> countries = _get(MultiSelectComboBox.class,
                spec -> spec.withId("invite-countries"));
        countries.setValue(Set.of("LV"));
        _click(_get(Button.class, spec -> spec.withId("invite-create")));

        var link = _get(TextField.class, spec -> spec.withId(UsersView.ID_LINK)).getValue();
        assertThat(link).contains("/set-password/");
        var token = link.substring(link.indexOf("/set-password/") + "/set-password/".length());
        assertThat(passwordSetup.usernameForLink(token)).contains(username);

        UI.getCurrent().navigate("set-password/" + token);
        _get(PasswordField.class, spec -> spec.withId(SetPasswordView.ID_PASSWORD)).setValue("short");
        _get(PasswordField.class, spec -> spec.withId(SetPasswordView.ID_REPEAT)).setValue("short");
        _click(_get(Button.class, spec -> spec.withId(SetPasswordView.ID_SUBMIT)));
        _expectInvalid(_get(PasswordField.class, spec -> spec.withId(SetPasswordView.ID_PASSWORD)),
                "Пароль має містити щонайменше 12 символів");

        _get(PasswordField.class, spec -> spec.withId(SetPasswordView.ID_PASSWORD)).setValue("Riga and Luhansk 2026");
        _get(PasswordField.class, spec -> spec.withId(SetPasswordView.ID_REPEAT)).setValue("Riga and Luhansk 2026");
        _click(_get(Button.class, spec -> spec.withId(SetPasswordView.ID_SUBMIT)));
        assertThat(_get(Paragraph.class, spec -> spec.withId(SetPasswordView.ID_RESULT)).getText())
                .isEqualTo("Пароль збережено. Тепер можна увійти.");
    }

    @Test
    @SuppressWarnings("unchecked")
    void administrator_is_asked_before_a_password_link_that_stops_the_old_password() {
        var username = "reset-" + System.nanoTime();
        try (var ignored = SignedIn.as("admin")) {
            administration.invite(new GuestInvitation(username, "Rasa Reset", null, Set.of("LT"),
                    LocalDate.now().plusMonths(3)));
        }
        signInAs("admin");
        UI.getCurrent().navigate(UsersView.class);
        _get(TextField.class, spec -> spec.withId(UsersView.ID_SEARCH)).setValue(username);
        _clickItem(_get(Grid.class, spec -> spec.withId(UsersView.ID_GRID)), 0);

        _click(_get(Button.class, spec -> spec.withId(UsersView.ID_RESET_PASSWORD)));
        var confirm = _get(ConfirmDialog.class, spec -> spec.withId(UsersView.ID_RESET_PASSWORD_CONFIRM));
        _fireCancel(confirm);
        assertThat(_find(TextField.class, spec -> spec.withId(UsersView.ID_LINK))).as("cancelled: no link").isEmpty();

        _click(_get(Button.class, spec -> spec.withId(UsersView.ID_RESET_PASSWORD)));
        _fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId(UsersView.ID_RESET_PASSWORD_CONFIRM)));
        var link = _get(TextField.class, spec -> spec.withId(UsersView.ID_LINK)).getValue();
        assertThat(passwordSetup.usernameForLink(link.substring(link.indexOf("/set-password/")
                + "/set-password/".length()))).contains(username);
    }

    @Test
    void a_wrong_link_says_so_without_revealing_anything() {
        signInAs("admin");
        UI.getCurrent().navigate("set-password/this-is-not-a-valid-token-at-all");
        assertThat(_get(Paragraph.class, spec -> spec.withId(SetPasswordView.ID_RESULT)).getText())
                .startsWith("Це посилання недійсне");
        assertThat(_find(PasswordField.class)).isEmpty();
    }

    @Test
    void an_invitation_without_countries_shows_a_message_at_the_field() {
        signInAs("admin");
        UI.getCurrent().navigate(UsersView.class);
        _click(_get(Button.class, spec -> spec.withId(UsersView.ID_INVITE)));
        _get(TextField.class, spec -> spec.withId("invite-username")).setValue("no-country-guest");
        _get(TextField.class, spec -> spec.withId("invite-name")).setValue("No Country");
        _click(_get(Button.class, spec -> spec.withId("invite-create")));
        _expectInvalid(_get(MultiSelectComboBox.class, spec -> spec.withId("invite-countries")),
                "Оберіть хоча б одну країну");
    }

    @Test
    void officers_do_not_get_the_users_view() {
        signInAs("officer");
        UI.getCurrent().navigate("admin/users");
        assertThat(_find(Grid.class, spec -> spec.withId(UsersView.ID_GRID))).isEmpty();
    }
}
