package ua.cooperation.portal.security;

import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import java.time.Instant;
import java.util.Optional;

/**
 * Checks a user name and password so that an outsider learns nothing (ADR 0034):
 * <ul>
 *   <li>a client address that gave too many wrong passwords is refused before the password is looked at
 *       ({@link SignInThrottledException});</li>
 *   <li>the password is checked <em>before</em> the account's state: an unknown user, a wrong password, and a
 *       disabled, expired or locked account with a wrong password all fail alike ({@code BadCredentialsException}),
 *       and only a correct password learns that the account is disabled, expired or locked. Spring's default checks
 *       the state first and answers differently for it. Unknown users cost a hash as well (Spring compares against a
 *       dummy hash), so the time of the answer tells little either;</li>
 *   <li>a correct password stored with an older algorithm is re-hashed with the current one
 *       ({@link PortalUserDetailsService#updatePassword}, ADR 0035).</li>
 * </ul>
 */
class SignInAuthenticationProvider extends DaoAuthenticationProvider {

    private final SignInAttempts attempts;

    SignInAuthenticationProvider(PortalUserDetailsService users, PasswordEncoder passwordEncoder,
                                 SignInAttempts attempts) {
        super(users);
        this.attempts = attempts;
        setPasswordEncoder(passwordEncoder);
        setUserDetailsPasswordService(users);
        setPreAuthenticationChecks(user -> { });
        setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        if (authentication instanceof UsernamePasswordAuthenticationToken
                && authentication.getDetails() instanceof WebAuthenticationDetails details) {
            Optional<Instant> until;
            try {
                until = attempts.throttledUntil(details.getRemoteAddress(), authentication.getName());
            } catch (RuntimeException e) {
                // as Spring treats a user lookup that fails: the sign-in fails, it does not go through unthrottled
                throw new InternalAuthenticationServiceException("The sign-in throttle could not be read", e);
            }
            if (until.isPresent()) {
                throw new SignInThrottledException(until.get());
            }
        }
        return super.authenticate(authentication);
    }
}
