package ua.cooperation.portal.security;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.NoOpPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * How the portal hashes passwords and recovery codes (ADR 0035): Argon2id for new hashes, with the parameters OWASP
 * recommends as its baseline (19 MiB, 2 passes, 1 lane). Argon2 takes a pass phrase of any length, whereas bcrypt uses
 * only the first 72 bytes and Spring Security 7 refuses to hash more (64 Cyrillic characters are 128 bytes).
 * <p>
 * Stored hashes name their algorithm ({@code {argon2}…}, {@code {bcrypt}…}): older bcrypt hashes keep working and
 * are replaced by an Argon2id hash at the user's next sign-in ({@link PortalUserDetailsService#updatePassword}).
 * {@code {noop}} is kept for the unusable placeholder of an invited guest who has not yet chosen a password.
 * <p>
 * Every hash holds 19 MiB while it is computed; at most as many run at once as there are processors, so that a burst
 * of sign-ins (or of attempts) waits a few hundred milliseconds instead of filling the heap.
 */
public final class PortalPasswordEncoder implements PasswordEncoder {

    static final String DEFAULT_ID = "argon2";
    static final int ARGON2_MEMORY_KIB = 19 * 1024;
    static final int ARGON2_ITERATIONS = 2;

    private final PasswordEncoder delegate;
    private final Semaphore running = new Semaphore(Runtime.getRuntime().availableProcessors(), true);

    private PortalPasswordEncoder(PasswordEncoder delegate) {
        this.delegate = delegate;
    }

    /** The encoder the portal uses; also for tools that write accounts straight into a database (the load test). */
    public static PasswordEncoder create() {
        var encoders = Map.<String, PasswordEncoder>of(
                DEFAULT_ID, new Argon2PasswordEncoder(16, 32, 1, ARGON2_MEMORY_KIB, ARGON2_ITERATIONS),
                "bcrypt", new BCryptPasswordEncoder(),
                "noop", NoOpPasswordEncoder.getInstance());
        return new PortalPasswordEncoder(new DelegatingPasswordEncoder(DEFAULT_ID, encoders));
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return limited(() -> delegate.encode(rawPassword));
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        return limited(() -> delegate.matches(rawPassword, encodedPassword));
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }

    private <T> T limited(Supplier<T> hashing) {
        running.acquireUninterruptibly();
        try {
            return hashing.get();
        } finally {
            running.release();
        }
    }
}
