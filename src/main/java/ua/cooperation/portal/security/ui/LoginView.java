package ua.cooperation.portal.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.LumoUtility;
import ua.cooperation.portal.base.ui.LanguageSelect;
import ua.cooperation.portal.security.UserAccount;

/** The translated sign-in page. Tells the user why a sign-in failed: wrong password, locked, expired, disabled. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** Query parameter with which the portal opens this page after it ended a session (ActiveAccountFilter). */
    public static final String SESSION_ENDED = "session-ended";

    private final AuthenticationContext authenticationContext;
    private final LoginForm login = new LoginForm();

    LoginView(AuthenticationContext authenticationContext) {
        this.authenticationContext = authenticationContext;
        setId("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        addClassName("portal-login");

        login.setId("login-form");
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        login.setI18n(translatedI18n());

        var logo = new Image("images/portal-logo.svg", getTranslation("layout.logo-alt"));
        logo.addClassName("portal-login-logo");
        var intro = new Paragraph(getTranslation("login.intro"));
        intro.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.TextAlignment.CENTER);
        var card = new Div(logo, intro, login, new LanguageSelect(locale -> { }));
        card.addClassName("portal-login-card");
        add(card);
    }

    private LoginI18n translatedI18n() {
        var i18n = LoginI18n.createDefault();
        var form = new LoginI18n.Form();
        form.setTitle(getTranslation("app.name"));
        form.setUsername(getTranslation("login.username"));
        form.setPassword(getTranslation("login.password"));
        form.setSubmit(getTranslation("login.submit"));
        form.setForgotPassword("");
        i18n.setForm(form);
        var error = new LoginI18n.ErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.bad-credentials"));
        error.setUsername(getTranslation("login.error.username-required"));
        error.setPassword(getTranslation("login.error.password-required"));
        i18n.setErrorMessage(error);
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authenticationContext.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        var parameters = event.getLocation().getQueryParameters().getParameters();
        if (parameters.containsKey(SESSION_ENDED)) {
            // sent here by the portal when an administrator's change ended the session (ADR 0033): not a failed sign-in
            var i18n = translatedI18n();
            i18n.getErrorMessage().setTitle(getTranslation("login.session-ended.title"));
            i18n.getErrorMessage().setMessage(getTranslation("login.session-ended.text"));
            login.setI18n(i18n);
            login.setError(true);
            return;
        }
        String messageKey = null;
        if (parameters.containsKey("locked")) {
            messageKey = "login.error.locked";
        } else if (parameters.containsKey("expired")) {
            messageKey = "login.error.expired";
        } else if (parameters.containsKey("disabled")) {
            messageKey = "login.error.disabled";
        } else if (parameters.containsKey("two-factor-failed")) {
            messageKey = "login.error.two-factor";
        } else if (parameters.containsKey("error")) {
            messageKey = "login.error.bad-credentials";
        }
        if (messageKey != null) {
            var i18n = translatedI18n();
            i18n.getErrorMessage().setMessage(getTranslation(messageKey,
                    UserAccount.MAX_FAILED_ATTEMPTS, UserAccount.LOCK_DURATION_MINUTES));
            login.setI18n(i18n);
            login.setError(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title");
    }
}
