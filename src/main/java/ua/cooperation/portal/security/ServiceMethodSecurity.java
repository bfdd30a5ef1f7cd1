package ua.cooperation.portal.security;

import com.vaadin.flow.component.Component;
import org.springframework.aop.Advisor;
import org.springframework.aop.ClassFilter;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.method.AuthorizationManagerBeforeMethodInterceptor;
import org.springframework.security.authorization.method.Jsr250AuthorizationManager;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * JSR-250 method security ({@code @RolesAllowed}, {@code @PermitAll}, {@code @DenyAll}) for services and every other
 * bean, except Vaadin components.
 * <p>
 * Why not Spring's standard advisor ({@code @EnableMethodSecurity(jsr250Enabled = true)}): views carry the same
 * annotations for Vaadin's navigation access control, so the standard advisor wrapped every view in a CGLIB proxy. Views
 * are prototype beans, and for a class that gets a proxy Spring's auto-proxy creator matches every method of the class
 * hierarchy (hundreds for a Vaadin layout) against every advisor at each creation: under the 150-user load test a
 * quarter of the portal's CPU samples were that annotation scanning (docs/performance.md, "Many users"). Views are
 * checked by Vaadin before they are created ({@code RouteAccessMatrixTest}); the services, which are the security
 * boundary, keep their checks ({@code ServiceAccessMatrixTest}). Same order, role prefix, security context strategy
 * and event publisher as the standard advisor.
 */
@Configuration(proxyBeanMethods = false)
class ServiceMethodSecurity {

    private static final ClassFilter NOT_A_VAADIN_COMPONENT = type -> !Component.class.isAssignableFrom(type);

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor jsr250AuthorizationExceptViews(ObjectProvider<SecurityContextHolderStrategy> strategy,
                                                  ObjectProvider<AuthorizationEventPublisher> events) {
        var standard = AuthorizationManagerBeforeMethodInterceptor.jsr250();
        var pointcut = new ComposablePointcut(standard.getPointcut()).intersection(NOT_A_VAADIN_COMPONENT);
        var interceptor = new AuthorizationManagerBeforeMethodInterceptor(pointcut, new Jsr250AuthorizationManager());
        interceptor.setOrder(standard.getOrder());
        strategy.ifAvailable(interceptor::setSecurityContextHolderStrategy);
        events.ifAvailable(interceptor::setAuthorizationEventPublisher);
        return interceptor;
    }
}
