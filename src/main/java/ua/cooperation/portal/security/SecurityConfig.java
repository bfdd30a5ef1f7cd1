package ua.cooperation.portal.security;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.password.PasswordEncoder;
import ua.cooperation.portal.audit.SecurityAuditLog;

import java.time.Clock;

/**
 * Web security: services carry method security (the real boundary, see {@link CountryScope}); the web filter chain
 * applies {@link PortalHttpSecurity} after Vaadin's configurer, which protects views by their access annotations (both
 * put together in security.ui, next to the login view). Passwords are checked by
 * {@link SignInAuthenticationProvider}; failed sign-ins are throttled and audited by {@link SignInAttempts}; the second
 * factor follows in {@link TwoFactorSignIn}.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfig {

    /** The portal's rules of the web filter chain, which security.ui's WebSecurityConfig builds. */
    @Bean
    PortalHttpSecurity portalHttpSecurity(SignInAttempts attempts, AccountRecheck recheck, SecurityAuditLog auditLog,
                                          Clock clock, TwoFactor twoFactor) {
        return new PortalHttpSecurity(attempts, recheck, auditLog, clock, twoFactor);
    }

    /** Argon2id for new hashes; stored hashes name their algorithm, and bcrypt ones still match (ADR 0035). */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PortalPasswordEncoder.create();
    }

    /**
     * The only way a password is checked: throttled per client address, the account's state only after a correct
     * password (ADR 0034). As the only provider bean it replaces the one Spring would build from the user details
     * service, which would check the state first.
     */
    @Bean
    SignInAuthenticationProvider signInAuthenticationProvider(PortalUserDetailsService users,
                                                              PasswordEncoder passwordEncoder,
                                                              SignInAttempts attempts) {
        return new SignInAuthenticationProvider(users, passwordEncoder, attempts);
    }

    /** Publishes denied method calls as events, so that {@link SecurityAuditListener} can audit them. */
    @Bean
    AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher publisher) {
        return new SpringAuthorizationEventPublisher(publisher);
    }
}
