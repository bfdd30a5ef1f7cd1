package ua.cooperation.portal.security;

import org.springframework.security.core.AuthenticationException;

import java.time.Instant;

/** A sign-in refused because its client address gave too many wrong passwords; the password was not looked at. */
class SignInThrottledException extends AuthenticationException {

    private final transient Instant refusedUntil;

    SignInThrottledException(Instant refusedUntil) {
        super("Too many failed sign-ins from this address");
        this.refusedUntil = refusedUntil;
    }

    Instant refusedUntil() {
        return refusedUntil;
    }
}
