package ua.cooperation.portal.testsupport;

import com.vaadin.flow.server.VaadinSession;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.web.context.request.RequestContextHolder;
import ua.cooperation.portal.security.LiaisonPreview;
import ua.cooperation.portal.security.PortalUser;
import ua.cooperation.portal.security.Role;
import ua.cooperation.portal.security.UserAdministration;

import java.io.IOException;
import java.util.Map;
import java.util.Set;

/**
 * Signs a demo user in for the current thread, as the login would: {@code try (var u = SignedIn.as("officer")) …}.
 * The users mirror db/changelog/demo/0900-demo-users.yaml (same ids, roles and countries).
 * <p>
 * Sessions that are not a plain sign-in are made through the application's own code, not copied: an officer's
 * {@linkplain #previewOf preview} as a liaison through {@link LiaisonPreview#start}, and a
 * {@linkplain #pendingSecondFactorOf sign-in that waits for its second factor} through the portal's login filter.
 */
public final class SignedIn implements AutoCloseable {

    /** The registry id of the IOM mission in Ukraine, to which the demo guest {@code guest-iom} is bound. */
    public static final long IOM_MISSION = 6;

    private static final Map<String, PortalUser> DEMO_USERS = Map.of(
            "admin", user(1, "admin", "Олена Адміністратор", Set.of(Role.ADMIN), Set.of()),
            "officer", user(2, "officer", "Ірина Коваленко", Set.of(Role.OFFICER), Set.of()),
            "head", user(3, "head", "Олександр Бондар", Set.of(Role.HEAD), Set.of()),
            "liaison-lt", user(4, "liaison-lt", "Rasa Petrauskienė", Set.of(Role.LIAISON), Set.of("LT")),
            "liaison-pl", user(5, "liaison-pl", "Agnieszka Wiśniewska", Set.of(Role.LIAISON), Set.of("PL")),
            // a guest bound to the IOM mission in Ukraine (organisation 6) instead of countries (0971-demo-iom-guest)
            "guest-iom", new PortalUser(6, "guest-iom", "Hanna Lind (IOM)", "", Set.of(Role.LIAISON), Set.of(), true,
                    true, true, IOM_MISSION),
            // not a demo account: the officer's account holding the head's role too (a user with several roles)
            "officer-head", user(2, "officer", "Ірина Коваленко", Set.of(Role.OFFICER, Role.HEAD), Set.of()));

    /** The password of every demo user (db/changelog/demo/0900-demo-users.yaml). */
    public static final String DEMO_PASSWORD = "portal-demo-2025";

    private SignedIn(Authentication authentication) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
    }

    public static SignedIn as(String demoUsername) {
        var user = DEMO_USERS.get(demoUsername);
        if (user == null) {
            throw new IllegalArgumentException("Not a demo user: " + demoUsername);
        }
        return new SignedIn(authenticationOf(user));
    }

    /** Puts an authentication made elsewhere (a preview, a pending sign-in) in place for the current thread. */
    public static SignedIn with(Authentication authentication) {
        return new SignedIn(authentication);
    }

    public static PortalUser demoUser(String demoUsername) {
        return DEMO_USERS.get(demoUsername);
    }

    /** The authentication of a completed sign-in of this user, as the login leaves it. */
    public static Authentication authenticationOf(PortalUser user) {
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    }

    /**
     * The officer's authentication while she previews the portal as the liaison of {@code countryCode}: started by
     * {@link LiaisonPreview#start} itself (and so audited once), handed back to be put in place with {@link #with}.
     */
    public static Authentication previewOf(LiaisonPreview preview, String countryCode) {
        return outsideAnySession(() -> {
            try (var ignored = as("officer")) {
                preview.start(countryCode);
                return SecurityContextHolder.getContext().getAuthentication();
            }
        });
    }

    /**
     * Runs {@code work} outside the Vaadin session and request of the calling test (if any): the code under test
     * keeps the authentication it makes in the session, where it would outlive this call. The caller's own security
     * context is back afterwards.
     */
    private static Authentication outsideAnySession(java.util.function.Supplier<Authentication> work) {
        var vaadinSession = VaadinSession.getCurrent();
        var request = RequestContextHolder.getRequestAttributes();
        var context = SecurityContextHolder.getContext();
        VaadinSession.setCurrent(null);
        RequestContextHolder.resetRequestAttributes();
        try {
            return work.get();
        } finally {
            VaadinSession.setCurrent(vaadinSession);
            RequestContextHolder.setRequestAttributes(request);
            SecurityContextHolder.setContext(context);
        }
    }

    /**
     * The authentication of a sign-in that gave the right password but not yet the second factor: the demo user's
     * name and password are posted to the portal's own login filter (its success handler decides what comes next),
     * and what it put in the security context is handed back. Fails when the sign-in did not stop there, e.g. for a
     * user who needs no second factor. The account is unlocked first: the tests share one database, and another
     * test's wrong passwords must not make this sign-in fail.
     */
    public static Authentication pendingSecondFactorOf(ApplicationContext context, String demoUsername) {
        var login = context.getBean(FilterChainProxy.class).getFilterChains().stream()
                .flatMap(chain -> chain.getFilters().stream())
                .filter(UsernamePasswordAuthenticationFilter.class::isInstance)
                .findFirst().orElseThrow(() -> new IllegalStateException("No login filter in the security chain"));
        return outsideAnySession(() -> {
            try (var ignored = as("admin")) {
                context.getBean(UserAdministration.class).unlock(demoUser(demoUsername).id());
            }
            return postPassword(login, demoUsername);
        });
    }

    private static Authentication postPassword(jakarta.servlet.Filter login, String demoUsername) {
        var request = new MockHttpServletRequest("POST", "/login");
        request.setServletPath("/login");
        request.setRemoteAddr("192.0.2.17");
        request.addParameter("username", demoUsername);
        request.addParameter("password", DEMO_PASSWORD);
        var response = new MockHttpServletResponse();
        try {
            SecurityContextHolder.clearContext();
            login.doFilter(request, response, new MockFilterChain());
            var authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication == null || authentication.getPrincipal() instanceof PortalUser
                    || response.getRedirectedUrl() == null || !response.getRedirectedUrl().contains("two-factor")) {
                throw new IllegalStateException("The sign-in of " + demoUsername + " did not stop at the second"
                        + " factor: " + authentication + ", redirected to " + response.getRedirectedUrl());
            }
            return authentication;
        } catch (IOException | jakarta.servlet.ServletException e) {
            throw new IllegalStateException(e);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static PortalUser user(long id, String username, String name, Set<Role> roles, Set<String> countries) {
        return new PortalUser(id, username, name, "", roles, countries, true, true, true);
    }

    @Override
    public void close() {
        SecurityContextHolder.clearContext();
    }
}
