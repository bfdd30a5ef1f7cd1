package ua.cooperation.portal.security;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.Instant;
import java.util.Set;

/** Accounts with a second factor and sign-ins waiting for it, for tests outside this package (views). */
public final class SecondFactorFixtures {

    public static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    private final ApplicationContext context;

    public SecondFactorFixtures(ApplicationContext context) {
        this.context = context;
    }

    /** A new, enabled account with this password and an authenticator holding {@link #SECRET}. */
    public PortalUser enrolledUser(Role role, String password) {
        var account = context.getBean(UserAccountRepository.class).saveAndFlush(new UserAccount(
                "2fa-view-" + System.nanoTime(), "Second Factor View", context.getBean(PasswordEncoder.class)
                .encode(password), Set.of(role)));
        context.getBean(TwoFactorEnrolmentRepository.class)
                .saveAndFlush(new TwoFactorEnrolment(account.getId(), SECRET, Instant.now()));
        return context.getBean(PortalUserDetailsService.class).toPortalUser(account);
    }

    /** The current thread's sign-in is after the password, waiting for the second factor. */
    public static void pending(PortalUser user) {
        var securityContext = SecurityContextHolder.createEmptyContext();
        securityContext.setAuthentication(new PendingSecondFactor(user, false));
        SecurityContextHolder.setContext(securityContext);
    }

    /** The authenticator's code for now plus {@code steps} time steps. */
    public static String code(int steps) {
        try {
            return new DefaultCodeGenerator().generate(SECRET, Instant.now().getEpochSecond() / 30 + steps);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException(e);
        }
    }
}
