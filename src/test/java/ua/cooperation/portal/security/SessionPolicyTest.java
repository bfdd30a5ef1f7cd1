package ua.cooperation.portal.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.spring.SpringServlet;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import ua.cooperation.portal.testsupport.IntegrationTest;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Idle sessions end after 30 minutes, and Vaadin's heartbeat does not keep an idle session alive
 * (closeIdleSessions): a browser left open on a desk signs itself out.
 */
@IntegrationTest
class SessionPolicyTest {

    @Autowired
    ServletWebServerApplicationContext context;

    @LocalServerPort
    int port;

    private DeploymentConfiguration vaadinConfiguration() {
        var registration = context.getBeansOfType(ServletRegistrationBean.class).values().stream()
                .filter(r -> r.getServlet() instanceof SpringServlet).findFirst().orElseThrow();
        var servlet = (SpringServlet) registration.getServlet();
        if (servlet.getService() == null) {
            // the Vaadin servlet starts on the first request
            try {
                java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + port + "/login")).build(),
                        java.net.http.HttpResponse.BodyHandlers.discarding());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return servlet.getService().getDeploymentConfiguration();
    }

    @Test
    void sessions_time_out_after_thirty_idle_minutes_despite_heartbeats() {
        var servletContext = context.getServletContext();
        assertThat(Duration.ofMinutes(servletContext.getSessionTimeout())).isEqualTo(Duration.ofMinutes(30));
        var vaadin = vaadinConfiguration();
        assertThat(vaadin.isCloseIdleSessions()).isTrue();
        assertThat(vaadin.getHeartbeatInterval())
                .as("heartbeats are more frequent than the timeout, so the timeout is decided by user activity")
                .isLessThan(30 * 60);
    }
}
