package ua.cooperation.portal.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.theme.lumo.LumoUtility;
import ua.cooperation.portal.security.TwoFactor;

/** The card layout that the two-factor pages share with the sign-in page. */
final class TwoFactorViews {

    static final String ID_CODE = "two-factor-code";
    static final String ID_SUBMIT = "two-factor-submit";

    private TwoFactorViews() {
    }

    static Div card(Component source, String titleKey, Component... content) {
        var logo = new Image("images/portal-logo.svg", source.getTranslation("layout.logo-alt"));
        logo.addClassName("portal-login-logo");
        var title = new H2(source.getTranslation(titleKey));
        title.addClassNames(LumoUtility.FontSize.XLARGE, LumoUtility.TextAlignment.CENTER);
        var card = new Div(logo, title);
        card.add(content);
        card.addClassName("portal-login-card");
        return card;
    }

    static void centre(VerticalLayout page) {
        page.setSizeFull();
        page.setAlignItems(VerticalLayout.Alignment.CENTER);
        page.setJustifyContentMode(VerticalLayout.JustifyContentMode.CENTER);
        page.addClassName("portal-login");
    }

    /** The six-digit field: numeric keyboard on phones, one-time-code autofill, focused. */
    static TextField codeField(Component source, String labelKey) {
        var code = new TextField(source.getTranslation(labelKey));
        code.setId(ID_CODE);
        code.setWidthFull();
        code.setMaxLength(20);
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.getElement().setAttribute("inputmode", "numeric");
        code.setAutofocus(true);
        return code;
    }

    /**
     * A refused code: shown at the field while attempts are left; otherwise the attempt is over and the user lands on
     * the sign-in page, told that the account is locked (too many wrong codes) or that they must sign in again.
     */
    static void refuse(Component view, TextFieldBase<?, String> field, TwoFactor.WrongCodeException wrong) {
        field.clear();
        field.setInvalid(true);
        if (wrong.attemptsLeft() > 0) {
            field.setErrorMessage(view.getTranslation("two-factor.wrong", wrong.attemptsLeft()));
            return;
        }
        view.getUI().ifPresent(ui -> ui.navigate(LoginView.class,
                QueryParameters.of(wrong.accountLocked() ? "locked" : "two-factor-failed", "")));
    }

    static Paragraph text(Component source, String key, Object... args) {
        var text = new Paragraph(source.getTranslation(key, args));
        text.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        return text;
    }
}
