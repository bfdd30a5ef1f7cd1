package ua.cooperation.portal.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Closes the sign-in page's UI once the user is signed in. The sign-in form posts to Spring Security outside Vaadin,
 * so the browser then loads a new page with a new UI, and the old one — the login view with its form, translations
 * and component tree — would stay in the session, unused, until Vaadin notices three missed heartbeats (15 minutes
 * with the portal's heartbeat of 5 minutes): about 30 KB per signed-in session (docs/performance.md, "Heap per
 * signed-in session"; ADR 0027).
 * <p>
 * Only UIs that show the sign-in page are closed, and only when a UI is started by a signed-in user: such a page
 * cannot be used any more in this session (a sign-in page opened again sends a signed-in user to the start page), so
 * nothing a user sees changes. A browser tab that still shows it reloads when next used and then shows the start page.
 */
@Component
class StaleSignInPages implements VaadinServiceInitListener {

    private static final AuthenticationTrustResolverImpl TRUST = new AuthenticationTrustResolverImpl();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(uiEvent -> closeSignInPagesOtherThan(uiEvent.getUI()));
    }

    static void closeSignInPagesOtherThan(UI started) {
        if (!TRUST.isAuthenticated(SecurityContextHolder.getContext().getAuthentication())) {
            return;
        }
        // closed UIs are removed from the session at the end of this request (VaadinService.cleanupSession)
        started.getSession().getUIs().stream()
                .filter(ui -> ui != started && !ui.isClosing() && ui.getCurrentView() instanceof LoginView)
                .forEach(UI::close);
    }
}
