package ua.cooperation.portal.security;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockHttpServletRequest;

import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which requests the account check sees: everything that can carry data — pages, Vaadin's own requests and the
 * downloads Vaadin serves under {@code /VAADIN/dynamic/} — and not the static files a page loads by the dozen.
 */
class ActiveAccountFilterTest {

    private final ActiveAccountFilter filter = new ActiveAccountFilter(null, null, Clock.systemUTC());

    @ParameterizedTest(name = "{0}{1} checked: {2}")
    @CsvSource({
            "/VAADIN, /dynamic/resource/1/0b5c2c1e-6b1f/meeting-1.ics, true",
            "/VAADIN, /dynamic/resource/3/d1f0/organisations-2026-12-07.csv, true",
            "'', '', true",
            "/partnerships/1, '', true",
            "/calendar/abc.ics, '', true",
            "/VAADIN, /build/indexhtml-4f2a.js, false",
            "/VAADIN, /static/client/client-9f1e.js, false",
            "/styles/portal.css, '', false",
            "/images/portal-logo.svg, '', false",
            "/lumo/lumo.css, '', false"
    })
    void downloads_and_pages_are_checked_static_files_are_not(String servletPath, String pathInfo, boolean checked) {
        var request = new MockHttpServletRequest("GET", servletPath + pathInfo);
        request.setServletPath(servletPath);
        request.setPathInfo(pathInfo.isEmpty() ? null : pathInfo);
        assertThat(!filter.shouldNotFilter(request)).isEqualTo(checked);
    }
}
