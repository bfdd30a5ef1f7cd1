package ua.cooperation.portal.security;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import ua.cooperation.portal.testsupport.IntegrationTest;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind a TLS-terminating proxy the portal knows it is served over HTTPS (X-Forwarded-Proto from a private address)
 * and sends HSTS and a session cookie marked Secure; over plain HTTP it does neither. The session cookie is SameSite=Lax
 * either way.
 */
@IntegrationTest
class ProxiedHttpsTest {

    @LocalServerPort
    int port;

    private HttpResponse<String> login(String forwardedProto) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login")).GET();
        if (forwardedProto != null) {
            request.header("X-Forwarded-Proto", forwardedProto);
        }
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                .send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void the_session_cookie_is_same_site_lax_and_secure_behind_https() throws Exception {
        var plain = sessionCookie(login(null));
        assertThat(plain).contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");
        var proxied = sessionCookie(login("https"));
        assertThat(proxied).contains("HttpOnly", "SameSite=Lax", "Secure");
    }

    private static String sessionCookie(HttpResponse<String> response) {
        var cookies = response.headers().allValues("Set-Cookie");
        return cookies.stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + cookies));
    }

    @Test
    void hsts_is_sent_when_the_proxy_says_https_and_not_over_plain_http() throws Exception {
        var proxied = login("https");
        assertThat(proxied.statusCode()).isEqualTo(200);
        assertThat(proxied.headers().firstValue("Strict-Transport-Security")).as(proxied.headers().map().toString())
                .hasValueSatisfying(value -> assertThat(value).contains("max-age="));
        assertThat(login(null).headers().firstValue("Strict-Transport-Security")).isEmpty();
    }
}
