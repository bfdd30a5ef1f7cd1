package ua.cooperation.portal.security.ui;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import ua.cooperation.portal.security.PortalHttpSecurity;

/**
 * The web filter chain: Vaadin's configurer protects views by their access annotations and names the {@link LoginView};
 * the portal's own rules follow ({@link PortalHttpSecurity}). Services carry method security, the real boundary
 * (security.SecurityConfig, security.CountryScope). Built here, next to the login view, so that the security package
 * needs no view.
 */
@Configuration(proxyBeanMethods = false)
class WebSecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, PortalHttpSecurity portal) throws Exception {
        // Vaadin's configurer first: it names the login view, which must be known before the form login is set up
        // (otherwise Spring generates its own plain login page).
        // Requests that are not a known Vaadin route (such as "/" itself or a mistyped address) still need a signed-in
        // user, who then gets the start page or the translated "not found" view; Vaadin 25's default would deny them.
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                .loginView(LoginView.class)
                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated));
        portal.applyTo(http);
        return http.build();
    }
}
