package ua.cooperation.portal.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Set;

/**
 * A new production database has no users (demo users exist only in the embedded default). On the first start the
 * operator sets {@code PORTAL_INITIAL_ADMIN_PASSWORD}; this creates the account {@code admin} with it, once.
 * Later starts ignore the variable because users exist.
 */
@Component
class InitialAdministrator implements ApplicationRunner {

    static final String USERNAME = "admin";
    static final int MIN_PASSWORD_LENGTH = 12;
    private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final String initialPassword;

    InitialAdministrator(UserAccountRepository accounts, PasswordEncoder passwordEncoder,
                         @Value("${PORTAL_INITIAL_ADMIN_PASSWORD:}") String initialPassword) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.initialPassword = initialPassword;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (accounts.count() > 0) {
            return;
        }
        if (initialPassword == null || initialPassword.isBlank()) {
            log.warn("The portal has no users. Start it once with PORTAL_INITIAL_ADMIN_PASSWORD set "
                    + "(at least {} characters) to create the administrator account '{}'.",
                    MIN_PASSWORD_LENGTH, USERNAME);
            return;
        }
        if (initialPassword.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalStateException("PORTAL_INITIAL_ADMIN_PASSWORD must have at least "
                    + MIN_PASSWORD_LENGTH + " characters");
        }
        accounts.save(new UserAccount(USERNAME, "Administrator", passwordEncoder.encode(initialPassword),
                Set.of(Role.ADMIN)));
        log.info("Created the administrator account '{}' from PORTAL_INITIAL_ADMIN_PASSWORD", USERNAME);
    }
}
