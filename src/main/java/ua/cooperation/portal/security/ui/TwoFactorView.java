package ua.cooperation.portal.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import ua.cooperation.portal.security.TwoFactor;

/** The second step of signing in: the code of the authenticator app, or a recovery code. */
@Route(value = "two-factor", autoLayout = false)
@AnonymousAllowed
public class TwoFactorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final TwoFactor twoFactor;

    TwoFactorView(TwoFactor twoFactor) {
        this.twoFactor = twoFactor;
        setId("two-factor-view");
        TwoFactorViews.centre(this);
        var code = TwoFactorViews.codeField(this, "two-factor.code");
        code.setHelperText(getTranslation("two-factor.code.helper"));
        var submit = new Button(getTranslation("two-factor.submit"));
        // one click, one code: a second click would send the same code again, which counts as a wrong one (a replay)
        submit.setDisableOnClick(true);
        submit.addClickListener(e -> {
            try {
                twoFactor.verify(code.getValue());
                getUI().ifPresent(ui -> ui.navigate(""));
            } catch (TwoFactor.WrongCodeException wrong) {
                TwoFactorViews.refuse(this, code, wrong);
                submit.setEnabled(true);
            }
        });
        submit.setId(TwoFactorViews.ID_SUBMIT);
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setWidthFull();
        submit.addClickShortcut(Key.ENTER);
        add(TwoFactorViews.card(this, "two-factor.title", TwoFactorViews.text(this, "two-factor.intro"), code,
                submit));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // only a sign-in waiting for its second factor has anything to do here
        if (twoFactor.pending().isEmpty()) {
            event.forwardTo("");
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("two-factor.title");
    }
}
