package ua.cooperation.portal.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ua.cooperation.portal.audit.SecurityAuditLog;
import ua.cooperation.portal.audit.SecurityEventType;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;

/**
 * The first administrator of a portal started without demo data (docs/adr/0036-demo-profile-and-the-first-administrator.md).
 * At every start while the portal has no enabled administrator ({@link FirstAdministrator#awaited}), the account
 * {@code admin} is prepared:
 * <ul>
 *   <li>with {@code PORTAL_INITIAL_ADMIN_PASSWORD} (at least {@value #MIN_PASSWORD_LENGTH} characters) it gets that
 *       password and is enabled, as it always was on a new database;</li>
 *   <li>without it, it is created disabled, with no usable password, and a one-time link to set its password (an
 *       invitation link, which enables the account when the password is set) is written to the server's log. A link
 *       there proves access to the server, unlike a page that would hand the portal to its first visitor. Links last
 *       72 hours, so every start that still finds no administrator makes a new one (the older ones stop working).</li>
 * </ul>
 * Once an administrator exists (the demo data has one), starts leave everything alone and ignore the variable.
 */
@Component
class InitialAdministrator implements ApplicationRunner {

    static final String USERNAME = "admin";
    static final int MIN_PASSWORD_LENGTH = 12;
    /** What the log line starts with; operators search for it (README, docs/operations.md). */
    static final String LOG_MARKER = "First administrator:";
    private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);

    private final UserAccountRepository accounts;
    private final PasswordTokenRepository tokens;
    private final FirstAdministrator firstAdministrator;
    private final PasswordEncoder passwordEncoder;
    private final SecurityAuditLog auditLog;
    private final Clock clock;
    private final Environment environment;
    private final String initialPassword;

    InitialAdministrator(UserAccountRepository accounts, PasswordTokenRepository tokens,
                         FirstAdministrator firstAdministrator, PasswordEncoder passwordEncoder,
                         SecurityAuditLog auditLog, Clock clock, Environment environment,
                         @Value("${PORTAL_INITIAL_ADMIN_PASSWORD:}") String initialPassword) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.firstAdministrator = firstAdministrator;
        this.passwordEncoder = passwordEncoder;
        this.auditLog = auditLog;
        this.clock = clock;
        this.environment = environment;
        this.initialPassword = initialPassword;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!firstAdministrator.awaited()) {
            return;
        }
        if (initialPassword != null && !initialPassword.isBlank()) {
            withPassword();
        } else {
            withLink();
        }
    }

    /** {@code admin} with the operator's password, enabled at once. */
    private void withPassword() {
        if (initialPassword.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalStateException("PORTAL_INITIAL_ADMIN_PASSWORD must have at least "
                    + MIN_PASSWORD_LENGTH + " characters");
        }
        var account = administratorAccount();
        account.setPasswordHash(passwordEncoder.encode(initialPassword));
        account.setEnabled(true);
        account.unlock();
        accounts.save(account);
        // a link of an earlier start must not set another password afterwards
        tokens.invalidateOpenTokens(account, clock.instant());
        auditLog.record(SecurityEventType.USER_CHANGED, USERNAME,
                "administrator account set up from PORTAL_INITIAL_ADMIN_PASSWORD");
        log.info("{} created the administrator account '{}' from PORTAL_INITIAL_ADMIN_PASSWORD", LOG_MARKER, USERNAME);
    }

    /** {@code admin} disabled, and a new one-time link to set its password in the log. */
    private void withLink() {
        var account = administratorAccount();
        if (account.getId() == null) {
            account.setPasswordHash(unusablePasswordHash());
            account.setEnabled(false);   // enabled when the password is set through the link
        }
        accounts.save(account);
        var link = portalUrl() + tokens.newLink(account, PasswordToken.Purpose.INVITATION, clock.instant());
        auditLog.record(SecurityEventType.USER_CHANGED, USERNAME,
                "first administrator: one-time link to set the password written to the server log");
        log.warn("""

                ================================================================================================
                {} the portal has no administrator yet. To set the password of the account '{}', open
                    {}
                within {} hours (once; the sign-in page tells users to look here). Every start makes a new
                link while no administrator has set a password. Or start once with PORTAL_INITIAL_ADMIN_PASSWORD.
                ================================================================================================""",
                LOG_MARKER, USERNAME, link, UserAdministration.LINK_VALIDITY.toHours());
    }

    /** The account {@code admin}, made an administrator; a new, unsaved one when there is none. */
    private UserAccount administratorAccount() {
        var account = accounts.findByUsername(USERNAME).orElseGet(() -> new UserAccount(USERNAME, "Administrator",
                unusablePasswordHash(), EnumSet.of(Role.ADMIN)));
        if (!account.getRoles().contains(Role.ADMIN)) {
            var roles = EnumSet.copyOf(account.getRoles().isEmpty() ? Set.of(Role.ADMIN) : account.getRoles());
            roles.add(Role.ADMIN);
            account.setRoles(roles);
        }
        return account;
    }

    /** A hash that no password matches, until one is set through the link. */
    private static String unusablePasswordHash() {
        return "{noop}" + UserAdministration.randomToken() + "-not-a-password-" + UserAdministration.randomToken();
    }

    /** PORTAL_URL when set (as in mails), else this server's own address as started. */
    private String portalUrl() {
        var configured = environment.getProperty("portal.url", "");
        var url = configured.isBlank()
                ? "http://localhost:" + environment.getProperty("local.server.port",
                        environment.getProperty("server.port", "8080"))
                : configured;
        return url.endsWith("/") ? url : url + "/";
    }
}
