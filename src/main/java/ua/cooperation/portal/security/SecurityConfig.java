package ua.cooperation.portal.security;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import ua.cooperation.portal.audit.SecurityAuditLog;
import ua.cooperation.portal.security.ui.LoginView;

import java.time.Clock;

/**
 * Web security: Vaadin's configurer protects views by their access annotations; services carry method security
 * (the real boundary, see {@link CountryScope}). Passwords are checked by {@link SignInAuthenticationProvider}; failed
 * sign-ins are throttled and audited by {@link SignInAttempts}; the second factor follows in {@link TwoFactorSignIn}.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfig {

    /**
     * Everything from the portal itself; no framing. Deviation from the strict form, needed by Vaadin Flow: inline
     * scripts and styles ('unsafe-inline') for its bootstrap script and component styles, 'unsafe-eval' because the
     * Flow client runs server-sent JavaScript (executeJs, lazy chunk loading) through new Function(), and data: URLs
     * for the images and fonts that Lumo embeds. See docs/adr/0007-content-security-policy.md.
     */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SignInAttempts attempts, AccountRecheck recheck,
                                            SecurityAuditLog auditLog, Clock clock, TwoFactor twoFactor)
            throws Exception {
        // Vaadin's configurer first: it names the login view, which must be known before the form login is set up
        // (otherwise Spring generates its own plain login page).
        // Requests that are not a known Vaadin route (such as "/" itself or a mistyped address) still need a signed-in
        // user, who then gets the start page or the translated "not found" view; Vaadin 25's default would deny them.
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                .loginView(LoginView.class)
                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated));
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/styles/**", "/images/**").permitAll()
                // personal calendar feeds: the secret token in the address is the credential (CalendarFeedService)
                .requestMatchers(HttpMethod.GET, "/calendar/*.ics").permitAll());
        http.formLogin(form -> form.failureHandler(new SignInFailureHandler(attempts, clock))
                // Vaadin's configurer sets its own success handler when the chain is built, after this customizer;
                // the filter is post-processed after that, so the two-factor step is put in place there
                .addObjectPostProcessor(new ObjectPostProcessor<UsernamePasswordAuthenticationFilter>() {
                    @Override
                    public <O extends UsernamePasswordAuthenticationFilter> O postProcess(O filter) {
                        filter.setAuthenticationSuccessHandler(new TwoFactorSignIn(twoFactor, attempts));
                        return filter;
                    }
                }));
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                // write them before the response starts: Vaadin answers some requests (HEAD, upgrade attempts) in
                // a way that commits the response without passing Spring's lazy header writing
                .addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                }));
        // X-Content-Type-Options: nosniff and HSTS (on HTTPS requests only) are Spring Security defaults
        http.addFilterAfter(new ActiveAccountFilter(recheck, auditLog, clock), SecurityContextHolderFilter.class);
        return http.build();
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
