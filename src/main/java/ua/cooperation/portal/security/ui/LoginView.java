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
import ua.cooperation.portal.base.PortalLanguages;
import ua.cooperation.portal.base.ui.LanguageSelect;
import ua.cooperation.portal.security.FirstAdministrator;
import ua.cooperation.portal.security.SecondFactorPolicy;
import ua.cooperation.portal.security.UserAccount;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The translated sign-in page. Tells the user why a sign-in failed: wrong user name or password (the only answer an
 * outsider gets), too many attempts from this address, and, after a correct password only, locked, expired or
 * disabled (ADR 0034). Says so when staff may sign in here without a second factor (the demo profile).
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID_NO_ADMINISTRATOR = "login-no-administrator";
    static final String ID_SECOND_FACTOR_NOTE = "login-second-factor-note";
    /** Query parameter with which the portal opens this page after it ended a session (ActiveAccountFilter). */
    public static final String SESSION_ENDED = "session-ended";
    /** Longer than any throttle window; a larger value in the address is someone else's typing. */
    private static final int MAX_MINUTES_SHOWN = 24 * 60;

    private final AuthenticationContext authenticationContext;
    private final LoginForm login = new LoginForm();

    LoginView(AuthenticationContext authenticationContext, FirstAdministrator firstAdministrator,
              SecondFactorPolicy secondFactorPolicy, PortalLanguages languages) {
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
        var card = new Div(logo, intro, login, new LanguageSelect(languages.locales(), locale -> { }));
        card.addClassName("portal-login-card");
        if (firstAdministrator.awaited()) {
            // a start without demo data on a new database (ADR 0036): the way in is a link in the server's log
            var note = new Paragraph(getTranslation("login.no-administrator"));
            note.setId(ID_NO_ADMINISTRATOR);
            note.addClassName("portal-login-note");
            card.addComponentAtIndex(2, note);
        }
        var relaxed = secondFactorPolicy.relaxedStaffRoles();
        if (!relaxed.isEmpty()) {
            var note = new Paragraph(getTranslation("login.second-factor-relaxed", relaxed.stream()
                    .map(role -> getTranslation("role." + role.name())).collect(Collectors.joining(", "))));
            note.setId(ID_SECOND_FACTOR_NOTE);
            note.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL,
                    LumoUtility.TextAlignment.CENTER);
            card.add(note);
        }
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
        var message = failureMessage(parameters);
        if (message != null) {
            var i18n = translatedI18n();
            i18n.getErrorMessage().setMessage(message);
            login.setI18n(i18n);
            login.setError(true);
        }
    }

    /** The message for the reason in the address ({@code SignInFailureHandler}), or null after no failure. */
    private String failureMessage(Map<String, List<String>> parameters) {
        if (parameters.containsKey("throttled")) {
            return getTranslation("login.error.throttled", minutes(parameters.get("throttled")));
        }
        if (parameters.containsKey("locked")) {
            return getTranslation("login.error.locked", UserAccount.MAX_FAILED_ATTEMPTS,
                    UserAccount.LOCK_DURATION_MINUTES);
        }
        if (parameters.containsKey("expired")) {
            return getTranslation("login.error.expired");
        }
        if (parameters.containsKey("disabled")) {
            return getTranslation("login.error.disabled");
        }
        if (parameters.containsKey("two-factor-failed")) {
            return getTranslation("login.error.two-factor");
        }
        return parameters.containsKey("error") ? getTranslation("login.error.bad-credentials") : null;
    }

    private static int minutes(List<String> values) {
        try {
            int minutes = Integer.parseInt(values.isEmpty() ? "" : values.getFirst());
            return Math.clamp(minutes, 1, MAX_MINUTES_SHOWN);
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title");
    }
}
