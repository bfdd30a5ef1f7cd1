package ua.cooperation.portal.security;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import ua.cooperation.portal.audit.SecurityAuditLog;

import java.time.Clock;

/**
 * The portal's own rules of the web filter chain: public paths, the sign-in handlers (throttling, auditing, the second
 * factor), the response headers and the re-check of the signed-in account on every request. The chain itself is built
 * in security.ui ({@code WebSecurityConfig}), because Vaadin's part of it names the login view; keeping the view out
 * of this package keeps the arrows pointing from the ui to the security rules, never back.
 */
public class PortalHttpSecurity {

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

    private final SignInAttempts attempts;
    private final AccountRecheck recheck;
    private final SecurityAuditLog auditLog;
    private final Clock clock;
    private final TwoFactor twoFactor;

    PortalHttpSecurity(SignInAttempts attempts, AccountRecheck recheck, SecurityAuditLog auditLog, Clock clock,
                       TwoFactor twoFactor) {
        this.attempts = attempts;
        this.recheck = recheck;
        this.auditLog = auditLog;
        this.clock = clock;
        this.twoFactor = twoFactor;
    }

    /** Adds the portal's rules to {@code http}, after Vaadin's configurer has named the login view. */
    public void applyTo(HttpSecurity http) throws Exception {
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
    }
}
