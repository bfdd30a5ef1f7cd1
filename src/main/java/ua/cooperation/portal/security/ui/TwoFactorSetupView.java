package ua.cooperation.portal.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import ua.cooperation.portal.security.TwoFactor;

import java.util.List;

/**
 * Setting up two-factor sign-in: a QR code (drawn on the server) and the same secret as text, confirmed with a first
 * code; then the ten recovery codes, shown once. Users who must have a second factor come here at their first
 * sign-in; anyone else may come to add one. A user who already has one first confirms with its current code or the
 * password, so that someone at an unattended, signed-in desk cannot put their own phone in its place (ADR 0034).
 */
@Route(value = "two-factor/setup", autoLayout = false)
@PermitAll
public class TwoFactorSetupView extends VerticalLayout implements HasDynamicTitle {

    static final String ID_SECRET = "two-factor-secret";
    static final String ID_QR = "two-factor-qr";
    static final String ID_RECOVERY_CODES = "two-factor-recovery-codes";
    static final String ID_CONTINUE = "two-factor-continue";
    static final String ID_PROOF = "two-factor-proof";
    static final String ID_CONFIRM = "two-factor-confirm";

    private final TwoFactor twoFactor;

    TwoFactorSetupView(TwoFactor twoFactor) {
        this.twoFactor = twoFactor;
        setId("two-factor-setup-view");
        TwoFactorViews.centre(this);
        add(twoFactor.reEnrolmentNeedsConfirmation() ? confirmationCard() : setupCard());
    }

    /** The current code of the app, or the password, before a new authenticator replaces the old one. */
    private Div confirmationCard() {
        var proof = new PasswordField(getTranslation("two-factor.reenrol.proof"));
        proof.setId(ID_PROOF);
        proof.setWidthFull();
        proof.setAutofocus(true);
        var confirm = primaryButton("two-factor.reenrol.confirm", ID_CONFIRM);
        var card = TwoFactorViews.card(this, "two-factor.setup.title",
                TwoFactorViews.text(this, "two-factor.reenrol.intro"), proof, confirm);
        confirm.addClickListener(e -> {
            try {
                twoFactor.confirmForReEnrolment(proof.getValue());
                removeAll();
                add(setupCard());
            } catch (TwoFactor.WrongCodeException wrong) {
                TwoFactorViews.refuse(this, proof, wrong);
            }
        });
        return card;
    }

    private Div setupCard() {
        var secret = twoFactor.newSecret();
        var qr = new Image(secret.qrDataUri(), getTranslation("two-factor.setup.qr-alt"));
        qr.setId(ID_QR);
        qr.addClassName("portal-qr");
        var secretText = new Span(secret.secret().replaceAll("(.{4})", "$1 ").strip());
        secretText.setId(ID_SECRET);
        secretText.addClassNames("portal-code", LumoUtility.FontSize.SMALL);
        var code = TwoFactorViews.codeField(this, "two-factor.setup.code");
        var confirm = primaryButton("two-factor.setup.confirm", TwoFactorViews.ID_SUBMIT);
        var intro = twoFactor.pending().filter(p -> p.mustEnrol()).isPresent()
                ? "two-factor.setup.required" : "two-factor.setup.intro";
        var card = TwoFactorViews.card(this, "two-factor.setup.title", TwoFactorViews.text(this, intro), qr,
                TwoFactorViews.text(this, "two-factor.setup.secret"), secretText, code, confirm);
        confirm.addClickListener(e -> {
            try {
                showRecoveryCodes(card, twoFactor.enrol(secret.secret(), code.getValue()));
            } catch (TwoFactor.WrongCodeException wrong) {
                TwoFactorViews.refuse(this, code, wrong);
            }
        });
        return card;
    }

    private void showRecoveryCodes(Div card, List<String> codes) {
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
    }

    private Button primaryButton(String labelKey, String id) {
        var button = new Button(getTranslation(labelKey));
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button.setWidthFull();
        button.addClickShortcut(Key.ENTER);
        return button;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("two-factor.setup.title");
    }
}
