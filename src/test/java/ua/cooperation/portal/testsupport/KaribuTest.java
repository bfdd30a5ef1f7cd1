package ua.cooperation.portal.testsupport;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import ua.cooperation.portal.security.PortalUser;

import java.security.Principal;
import java.util.Locale;

/**
 * Browserless view tests (Karibu): the real Spring context and services, views rendered on the server without a
 * browser. Call {@link #signInAs} first; it starts a fresh Vaadin session for that demo user in Ukrainian unless a
 * language is given.
 */
@IntegrationTest
public abstract class KaribuTest {

    private static Routes routes;

    @Autowired
    protected ApplicationContext applicationContext;

    private SignedIn signedIn;

    @BeforeAll
    static void discoverRoutes() {
        if (routes == null) {
            routes = new Routes().autoDiscoverViews("ua.cooperation.portal");
        }
    }

    protected void signInAs(String demoUsername) {
        signInAs(demoUsername, Locale.forLanguageTag("uk"));
    }

    protected void signInAs(String demoUsername, Locale locale) {
        var user = SignedIn.demoUser(demoUsername);
        if (user == null) {
            throw new IllegalArgumentException("Not a demo user: " + demoUsername);
        }
        signInWith(SignedIn.authenticationOf(user), locale);
    }

    /**
     * Starts a fresh Vaadin session for any authentication (a preview, a sign-in waiting for its second factor …);
     * the request's roles are that authentication's.
     */
    protected void signInWith(Authentication authentication, Locale locale) {
        signedIn = SignedIn.with(authentication);
        MockVaadin.INSTANCE.setMockRequestFactory(session -> new FakeRequest(session) {
            @Override
            public Principal getUserPrincipal() {
                return SecurityContextHolder.getContext().getAuthentication();
            }

            @Override
            public boolean isUserInRole(String role) {
                return authentication.getAuthorities().stream()
                        .anyMatch(a -> a.getAuthority().equals("ROLE_" + role));
            }
        });
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, applicationContext, uiFactory));
        UI.getCurrent().setLocale(locale);
        UI.getCurrent().getSession().setLocale(locale);
    }

    protected PortalUser demoUser(String demoUsername) {
        return SignedIn.demoUser(demoUsername);
    }

    /** Runs a piece of work as another user (e.g. a colleague saving the same record), then switches back. */
    protected void asOtherUser(String demoUsername, Runnable work) {
        var mine = SecurityContextHolder.getContext();
        try (var ignored = SignedIn.as(demoUsername)) {
            work.run();
        } finally {
            SecurityContextHolder.setContext(mine);
        }
    }

    /**
     * The view now shown, as "ViewClass#element-id": a missing record and an out-of-scope one must give the same
     * answer, so tests compare these.
     */
    protected static String describeCurrentPage() {
        var view = UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
        return view.getClass().getSimpleName() + "#" + view.getElement().getAttribute("id");
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        if (signedIn != null) {
            signedIn.close();
        }
        if (VaadinServletRequest.getCurrent() != null) {
            SecurityContextHolder.clearContext();
        }
    }
}
