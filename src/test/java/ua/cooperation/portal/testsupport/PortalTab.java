package ua.cooperation.portal.testsupport;

import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One browser tab of a signed-in user against a running portal, over plain HTTP with one cookie jar and Vaadin's own
 * client protocol ({@link VaadinClient}): it signs in through the real login form, opens routes the way the browser's
 * router does and reads what the page shows by the components' ids. Redirects are not followed, so that a test sees
 * where the portal sends the browser. Not thread-safe.
 */
public final class PortalTab implements AutoCloseable {

    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    private final String baseUrl;
    private final HttpClient http;
    private final VaadinClient vaadin = new VaadinClient();

    private PortalTab(String baseUrl) {
        this.baseUrl = baseUrl;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** A tab that has not signed in yet: no cookie until its first request. */
    public static PortalTab anonymous(String baseUrl) {
        return new PortalTab(baseUrl);
    }

    /** {@link #anonymous} and {@link #signInAs}. */
    public static PortalTab signIn(String baseUrl, String username, String password) {
        return anonymous(baseUrl).signInAs(username, password);
    }

    /**
     * Opens the sign-in page, signs in with its form (with the page's CSRF token, as the browser does), and opens the
     * start page, which shows the user ({@code current-user}). Fails when the sign-in does not lead to the start page
     * (a wrong password, or a second factor the user must give).
     */
    public PortalTab signInAs(String username, String password) {
        vaadin.readSignInPage(requireOk(get("/login")).body());
        bootstrap("login");
        uidl(vaadin.navigate("/login"));
        vaadin.requireNode("login-form");
        var form = "_csrf=" + encode(vaadin.springCsrf()) + "&username=" + encode(username) + "&password="
                + encode(password);
        var answer = send(HttpRequest.newBuilder(url("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        var location = answer.headers().firstValue("Location").orElse("");
        if (answer.statusCode() != 302 || !URI.create(location).getPath().equals("/")) {
            throw new IllegalStateException("sign-in of " + username + " answered HTTP " + answer.statusCode()
                    + " to " + location);
        }
        bootstrap("");
        uidl(vaadin.navigate("/"));
        vaadin.requireNode("current-user");
        return this;
    }

    /** Opens {@code route} (without a leading slash) as a link in the page would; fails if Vaadin answers an error. */
    public PortalTab open(String route) {
        uidl(vaadin.navigate(route));
        return this;
    }

    /** Clicks the element with DOM id {@code domId}. */
    public PortalTab click(String domId) {
        uidl(vaadin.click(domId));
        return this;
    }

    /** Types {@code value} into the field with DOM id {@code fieldId} and clicks the button {@code buttonId}. */
    public PortalTab typeAndClick(String fieldId, String value, String buttonId) {
        uidl(vaadin.typeAndClick(fieldId, value, buttonId));
        return this;
    }

    /**
     * Opens {@code route} and returns Vaadin's answer as it came, without checking it: for a session that the portal
     * may have ended meanwhile.
     */
    public String openUnchecked(String route) {
        return post(vaadin.navigate(route));
    }

    /** Clicks "sign out": the portal ends the session; returns the address it sends the browser to. */
    public String signOut() {
        return vaadin.receiveSignOut(post(vaadin.click("sign-out")));
    }

    /** What the tab shows, as Vaadin's client holds it. */
    public VaadinClient page() {
        return vaadin;
    }

    /** A plain GET with this tab's cookies, as the browser sends for a link, a reload or a download. */
    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(url(path)).GET());
    }

    /**
     * The path of a link the page shows. A download's {@code href} arrives as {@code {"uri": "VAADIN/dynamic/…"}},
     * relative to the portal's root, and the browser resolves it so.
     */
    public String hrefOf(String domId) {
        var href = vaadin.requireNode(domId).attribute("href")
                .orElseThrow(() -> new IllegalStateException(domId + " has no href"));
        if (href.startsWith("{")) {
            href = JsonMapper.builder().build().readTree(href).path("uri").asString();
        }
        return href.startsWith("/") ? href : "/" + href;
    }

    private void bootstrap(String location) {
        vaadin.bootstrap(requireOk(get("/?v-r=init&location=" + location + "&query=&" + VaadinClient.BROWSER_DETAILS
                + "&v-curdate=" + System.currentTimeMillis() + "&v-wn=v-"
                + ThreadLocalRandom.current().nextDouble())).body());
    }

    /** Sends a UIDL message, applies the answer and sends what the browser sends right after (grid confirmations). */
    private void uidl(String message) {
        vaadin.receive(post(message));
        while (vaadin.hasFollowUp()) {
            vaadin.receive(post(vaadin.followUp()));
        }
    }

    private String post(String message) {
        return requireOk(send(HttpRequest.newBuilder(url("/?v-r=uidl&v-uiId=" + vaadin.uiId()))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(message)))).body();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<String> requireOk(HttpResponse<String> answer) {
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + answer.statusCode() + " for " + answer.uri() + ": "
                    + VaadinClient.abbreviate(answer.body()));
        }
        return answer;
    }

    private URI url(String path) {
        return URI.create(baseUrl + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        http.close();
    }
}
