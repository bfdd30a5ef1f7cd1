package ua.cooperation.portal.testsupport;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import ua.cooperation.portal.security.PortalUser;
import ua.cooperation.portal.security.Role;

import java.util.Map;
import java.util.Set;

/**
 * Signs a demo user in for the current thread, as the login would: {@code try (var u = SignedIn.as("officer")) …}.
 * The users mirror db/changelog/demo/0900-demo-users.yaml (same ids, roles and countries).
 */
public final class SignedIn implements AutoCloseable {

    private static final Map<String, PortalUser> DEMO_USERS = Map.of(
            "admin", user(1, "admin", "Олена Адміністратор", Set.of(Role.ADMIN), Set.of()),
            "officer", user(2, "officer", "Ірина Коваленко", Set.of(Role.OFFICER), Set.of()),
            "head", user(3, "head", "Олександр Бондар", Set.of(Role.HEAD), Set.of()),
            "liaison-lt", user(4, "liaison-lt", "Rasa Petrauskienė", Set.of(Role.LIAISON), Set.of("LT")),
            "liaison-pl", user(5, "liaison-pl", "Agnieszka Wiśniewska", Set.of(Role.LIAISON), Set.of("PL")),
            // not a demo account: the officer's account holding the head's role too (a user with several roles)
            "officer-head", user(2, "officer", "Ірина Коваленко", Set.of(Role.OFFICER, Role.HEAD), Set.of()));

    private SignedIn(PortalUser user) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    public static SignedIn as(String demoUsername) {
        var user = DEMO_USERS.get(demoUsername);
        if (user == null) {
            throw new IllegalArgumentException("Not a demo user: " + demoUsername);
        }
        return new SignedIn(user);
    }

    public static PortalUser demoUser(String demoUsername) {
        return DEMO_USERS.get(demoUsername);
    }

    private static PortalUser user(long id, String username, String name, Set<Role> roles, Set<String> countries) {
        return new PortalUser(id, username, name, "", roles, countries, true, true, true);
    }

    @Override
    public void close() {
        SecurityContextHolder.clearContext();
    }
}
