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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Sends a failed sign-in back to the login view with the reason as a query parameter. An unknown user name and a
 * wrong password get {@code ?error}, whatever state the account is in; {@code ?locked}, {@code ?expired} and
 * {@code ?disabled} come only after a correct password ({@link SignInAuthenticationProvider}); a throttled address
 * gets {@code ?throttled=<minutes>}, how long until it may try again (ADR 0034).
 */
class SignInFailureHandler implements AuthenticationFailureHandler {

    static final String LOGIN_PATH = "/login";

    private final SignInAttempts attempts;
    private final Clock clock;
    private final DefaultRedirectStrategy redirect = new DefaultRedirectStrategy();

    SignInFailureHandler(SignInAttempts attempts, Clock clock) {
        this.attempts = attempts;
        this.clock = clock;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        var username = request.getParameter("username");
        redirect.sendRedirect(request, response, LOGIN_PATH + "?" + reason(request.getRemoteAddr(), username,
                exception));
    }

    private String reason(String address, String username, AuthenticationException exception) {
        if (exception instanceof SignInThrottledException throttled) {
            attempts.registerThrottled(username, throttled.refusedUntil());
            return throttled(throttled.refusedUntil());
        }
        if (exception instanceof BadCredentialsException) {
            return attempts.registerBadCredentials(address, username).map(this::throttled).orElse("error");
        }
        // the password was correct: only now does the user learn the account's state
        if (exception instanceof LockedException) {
            attempts.registerRefusal(username, "account locked");
            return "locked";
        }
        if (exception instanceof AccountExpiredException) {
            attempts.registerRefusal(username, "account expired");
            return "expired";
        }
        if (exception instanceof DisabledException) {
            attempts.registerRefusal(username, "account disabled");
            return "disabled";
        }
        attempts.registerRefusal(username, exception.getClass().getSimpleName());
        return "error";
    }

    /** Whole minutes, rounded up, until the address may try again. */
    private String throttled(Instant until) {
        var left = Duration.between(clock.instant(), until);
        return "throttled=" + Math.max(1, (left.toSeconds() + 59) / 60);
    }
}
