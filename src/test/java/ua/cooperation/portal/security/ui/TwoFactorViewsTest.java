package ua.cooperation.portal.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import ua.cooperation.portal.security.PortalUser;
import ua.cooperation.portal.security.Role;
import ua.cooperation.portal.security.SecondFactorFixtures;
import ua.cooperation.portal.testsupport.KaribuTest;

import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The two-factor pages as their users go through them, on the server (Karibu). */
class TwoFactorViewsTest extends KaribuTest {

    private static final String PASSWORD = "two factor view phrase";

    @Test
    void a_user_with_a_second_factor_confirms_with_the_password_before_a_new_authenticator_is_shown() {
        var user = new SecondFactorFixtures(applicationContext).enrolledUser(Role.OFFICER, PASSWORD);
        signInAs("officer", Locale.ENGLISH);
        signedInAs(user);
        UI.getCurrent().navigate(TwoFactorSetupView.class);
        assertThat(_find(Image.class, spec -> spec.withId(TwoFactorSetupView.ID_QR))).as("no new secret yet").isEmpty();

        var proof = _get(PasswordField.class, spec -> spec.withId(TwoFactorSetupView.ID_PROOF));
        proof.setValue("not my password");
        _click(_get(Button.class, spec -> spec.withId(TwoFactorSetupView.ID_CONFIRM)));
        assertThat(proof.isInvalid()).isTrue();
        assertThat(proof.getErrorMessage()).isEqualTo("Wrong code. Attempts left: 4");
        assertThat(_find(Image.class, spec -> spec.withId(TwoFactorSetupView.ID_QR))).isEmpty();

        proof.setValue(PASSWORD);
        _click(_get(Button.class, spec -> spec.withId(TwoFactorSetupView.ID_CONFIRM)));
        assertThat(_find(Image.class, spec -> spec.withId(TwoFactorSetupView.ID_QR))).hasSize(1);
    }

    @Test
    void completing_the_second_factor_gives_the_session_a_new_id() {
        var head = new SecondFactorFixtures(applicationContext).enrolledUser(Role.HEAD, PASSWORD);
        signInAs("head", Locale.ENGLISH);
        SecondFactorFixtures.pending(head);
        UI.getCurrent().navigate(TwoFactorView.class);
        assertThat(describeCurrentPage()).isEqualTo("TwoFactorView#two-factor-view");
        var before = VaadinSession.getCurrent().getSession().getId();

        _get(TextField.class, spec -> spec.withId(TwoFactorViews.ID_CODE)).setValue(SecondFactorFixtures.code(0));
        _click(_get(Button.class, spec -> spec.withId(TwoFactorViews.ID_SUBMIT)));

        assertThat(SecurityContextHolder.getContext().getAuthentication().getPrincipal()).isEqualTo(head);
        assertThat(VaadinSession.getCurrent().getSession().getId()).isNotEqualTo(before);
        assertThat(describeCurrentPage()).doesNotStartWith("TwoFactorView");
    }

    private static void signedInAs(PortalUser user) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }
}
