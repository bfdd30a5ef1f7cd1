package ua.cooperation.portal.security.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import ua.cooperation.portal.security.PendingSecondFactor;

/**
 * While a sign-in waits for its second factor, every navigation ends on the two-factor page (or on the setup page
 * when the user must first set it up). The services see no user meanwhile anyway; this keeps the pages honest too.
 */
@Component
class TwoFactorGuard implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(TwoFactorGuard::guard));
    }

    private static void guard(BeforeEnterEvent event) {
        if (!(SecurityContextHolder.getContext().getAuthentication() instanceof PendingSecondFactor pending)) {
            return;
        }
        var target = event.getNavigationTarget();
        var page = pending.mustEnrol() ? TwoFactorSetupView.class : TwoFactorView.class;
        if (target != page && target != LoginView.class) {
            event.rerouteTo(page);
        }
    }
}
