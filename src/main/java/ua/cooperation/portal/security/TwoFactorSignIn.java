package ua.cooperation.portal.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

import java.io.IOException;

/**
 * After a correct password: a user who must use a second factor ({@link SecondFactorPolicy}) or has set one up is only
 * {@link PendingSecondFactor pending} and goes to the two-factor page (enrolment first when required and not yet set
 * up); the security log says that the second factor is pending. Everyone else is signed in ({@code SIGN_IN}) and goes
 * on to the page they asked for.
 */
class TwoFactorSignIn implements AuthenticationSuccessHandler {

    static final String CODE_PAGE = "two-factor";
    static final String ENROL_PAGE = "two-factor/setup";

    private final TwoFactor twoFactor;
    private final SignInAttempts attempts;
    private final AuthenticationSuccessHandler next = new SavedRequestAwareAuthenticationSuccessHandler();
    private final HttpSessionSecurityContextRepository repository = new HttpSessionSecurityContextRepository();

    TwoFactorSignIn(TwoFactor twoFactor, SignInAttempts attempts) {
        this.twoFactor = twoFactor;
        this.attempts = attempts;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws IOException, ServletException {
        attempts.registerCorrectPassword(request.getRemoteAddr(), authentication.getName());
        if (authentication.getPrincipal() instanceof PortalUser user) {
            boolean enrolled = twoFactor.isEnrolled(user.id());
            if (enrolled || twoFactor.requiredFor(user)) {
                var context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(new PendingSecondFactor(user, !enrolled));
                SecurityContextHolder.setContext(context);
                repository.saveContext(context, request, response);
                attempts.registerSecondFactorPending(user.username());
                response.sendRedirect(request.getContextPath() + "/" + (enrolled ? CODE_PAGE : ENROL_PAGE));
                return;
            }
        }
        attempts.registerSuccess(authentication.getName(), null);
        next.onAuthenticationSuccess(request, response, authentication);
    }
}
