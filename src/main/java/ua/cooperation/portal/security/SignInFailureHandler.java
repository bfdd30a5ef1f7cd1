package ua.cooperation.portal.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.AccountExpiredException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

import java.io.IOException;

/**
 * Sends a failed sign-in back to the login view with the reason as a query parameter, so that the view can tell
 * the user that the account is locked or expired instead of a generic "wrong password".
 */
class SignInFailureHandler implements AuthenticationFailureHandler {

    static final String LOGIN_PATH = "/login";

    private final SignInAttempts attempts;
    private final DefaultRedirectStrategy redirect = new DefaultRedirectStrategy();

    SignInFailureHandler(SignInAttempts attempts) {
        this.attempts = attempts;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        var username = request.getParameter("username");
        String reason;
        if (exception instanceof LockedException) {
            attempts.registerRefusal(username, "account locked");
            reason = "locked";
        } else if (exception instanceof AccountExpiredException) {
            attempts.registerRefusal(username, "account expired");
            reason = "expired";
        } else if (exception instanceof DisabledException) {
            attempts.registerRefusal(username, "account disabled");
            reason = "disabled";
        } else if (exception instanceof BadCredentialsException && username != null) {
            reason = attempts.registerBadCredentials(username) == SignInAttempts.FailureOutcome.LOCKED
                    ? "locked" : "error";
        } else {
            attempts.registerRefusal(username, exception.getClass().getSimpleName());
            reason = "error";
        }
        redirect.sendRedirect(request, response, LOGIN_PATH + "?" + reason);
    }
}
