package ua.cooperation.portal.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import ua.cooperation.portal.security.TwoFactor;

/**
 * Setting up two-factor sign-in: a QR code (drawn on the server) and the same secret as text, confirmed with a first
 * code; then the ten recovery codes, shown once. Administrators and heads come here at their first sign-in; anyone
 * else may come to add a second factor to their account.
 */
@Route(value = "two-factor/setup", autoLayout = false)
@PermitAll
public class TwoFactorSetupView extends VerticalLayout implements HasDynamicTitle {

    static final String ID_SECRET = "two-factor-secret";
    static final String ID_QR = "two-factor-qr";
    static final String ID_RECOVERY_CODES = "two-factor-recovery-codes";
    static final String ID_CONTINUE = "two-factor-continue";

    TwoFactorSetupView(TwoFactor twoFactor) {
        setId("two-factor-setup-view");
        TwoFactorViews.centre(this);
        var secret = twoFactor.newSecret();
        var qr = new Image(secret.qrDataUri(), getTranslation("two-factor.setup.qr-alt"));
        qr.setId(ID_QR);
        qr.addClassName("portal-qr");
        var secretText = new Span(secret.secret().replaceAll("(.{4})", "$1 ").strip());
        secretText.setId(ID_SECRET);
        secretText.addClassNames("portal-code", LumoUtility.FontSize.SMALL);
        var code = TwoFactorViews.codeField(this, "two-factor.setup.code");
        var confirm = new Button(getTranslation("two-factor.setup.confirm"));
        confirm.setId(TwoFactorViews.ID_SUBMIT);
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setWidthFull();
        confirm.addClickShortcut(Key.ENTER);
        var intro = twoFactor.pending().filter(p -> p.mustEnrol()).isPresent()
                ? "two-factor.setup.required" : "two-factor.setup.intro";
        var card = TwoFactorViews.card(this, "two-factor.setup.title", TwoFactorViews.text(this, intro), qr,
                TwoFactorViews.text(this, "two-factor.setup.secret"), secretText, code, confirm);
        confirm.addClickListener(e -> {
            try {
                var codes = twoFactor.enrol(secret.secret(), code.getValue());
                card.removeAll();
                var list = new UnorderedList();
                list.setId(ID_RECOVERY_CODES);
                list.addClassName("portal-code");
                codes.forEach(c -> list.add(new ListItem(c)));
                var done = new Button(getTranslation("two-factor.setup.continue"),
                        click -> getUI().ifPresent(ui -> ui.navigate("")));
                done.setId(ID_CONTINUE);
                done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                done.setWidthFull();
                card.add(TwoFactorViews.text(this, "two-factor.setup.done"), list, done);
            } catch (TwoFactor.WrongCodeException wrong) {
                code.clear();
                code.setInvalid(true);
                if (wrong.attemptsLeft() == 0) {
                    getUI().ifPresent(ui -> ui.navigate(LoginView.class,
                            com.vaadin.flow.router.QueryParameters.of("two-factor-failed", "")));
                } else {
                    code.setErrorMessage(getTranslation("two-factor.wrong", wrong.attemptsLeft()));
                }
            }
        });
        add(card);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("two-factor.setup.title");
    }
}
