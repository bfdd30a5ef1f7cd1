package ua.cooperation.portal.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.LumoUtility;
import ua.cooperation.portal.security.PasswordPolicy;
import ua.cooperation.portal.security.PasswordSetup;

/** Where a one-time link leads: the invited guest (or a user whose password was reset) chooses a password. */
@Route(value = "set-password/:" + SetPasswordView.PARAM_TOKEN, autoLayout = false)
@AnonymousAllowed
public class SetPasswordView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String PARAM_TOKEN = "token";
    static final String ID_PASSWORD = "new-password";
    static final String ID_REPEAT = "new-password-repeat";
    static final String ID_SUBMIT = "set-password-submit";
    static final String ID_RESULT = "set-password-result";

    private final PasswordSetup passwordSetup;
    private final Div card = new Div();
    private String token;

    SetPasswordView(PasswordSetup passwordSetup) {
        this.passwordSetup = passwordSetup;
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        addClassName("portal-login");
        card.addClassName("portal-login-card");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get(PARAM_TOKEN).orElse("");
        card.removeAll();
        var username = passwordSetup.usernameForLink(token);
        if (username.isEmpty()) {
            showResult(getTranslation("password.link-invalid"));
            return;
        }
        var password = new PasswordField(getTranslation("password.new"));
        password.setId(ID_PASSWORD);
        password.setHelperText(getTranslation("password.rules", PasswordPolicy.MIN_LENGTH));
        password.setWidthFull();
        var repeat = new PasswordField(getTranslation("password.repeat"));
        repeat.setId(ID_REPEAT);
        repeat.setWidthFull();
        var submit = new Button(getTranslation("password.submit"));
        submit.setId(ID_SUBMIT);
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickShortcut(Key.ENTER);
        submit.addClickListener(e -> submit(password, repeat));
        card.add(new H2(getTranslation("password.title")),
                new Paragraph(getTranslation("password.for-user", username.get())), password, repeat, submit);
        password.focus();
    }

    private void submit(PasswordField password, PasswordField repeat) {
        password.setInvalid(false);
        repeat.setInvalid(false);
        if (!password.getValue().equals(repeat.getValue())) {
            repeat.setErrorMessage(getTranslation("password.mismatch"));
            repeat.setInvalid(true);
            return;
        }
        try {
            if (passwordSetup.setPassword(token, password.getValue())) {
                card.removeAll();
                showResult(getTranslation("password.done"));
                var login = new Anchor("login", getTranslation("password.to-login"));
                login.setId("set-password-login");
                card.add(login);
            } else {
                card.removeAll();
                showResult(getTranslation("password.link-invalid"));
            }
        } catch (PasswordPolicy.PasswordRejectedException rejected) {
            password.setErrorMessage(getTranslation("password.problem." + rejected.problem().name(),
                    PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH));
            password.setInvalid(true);
        }
    }

    private void showResult(String text) {
        var result = new Paragraph(text);
        result.setId(ID_RESULT);
        result.addClassName(LumoUtility.TextAlignment.CENTER);
        card.add(result);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.title");
    }
}
