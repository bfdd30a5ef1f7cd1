package ua.cooperation.portal.audit.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import ua.cooperation.portal.audit.RequestOrigin;
import ua.cooperation.portal.audit.SecurityAuditLog;
import ua.cooperation.portal.audit.SecurityEvent;
import ua.cooperation.portal.audit.SecurityEventFilter;
import ua.cooperation.portal.audit.SecurityEventType;
import ua.cooperation.portal.testsupport.KaribuTest;
import ua.cooperation.portal.testsupport.SignedIn;

import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class SecurityEventsViewTest extends KaribuTest {

    @Autowired
    SecurityAuditLog auditLog;

    @Test
    void administrator_filters_the_security_log_by_event() {
        auditLog.record(SecurityEventType.LOCKED_OUT, "view-test-user", "locked");
        signInAs("admin");
        UI.getCurrent().navigate(SecurityEventsView.class);

        @SuppressWarnings("unchecked")
        Select<SecurityEventType> type = _get(Select.class, spec -> spec.withId(SecurityEventsView.ID_TYPE));
        type.setValue(SecurityEventType.LOCKED_OUT);
        @SuppressWarnings("unchecked")
        Grid<SecurityEvent> grid = _get(Grid.class, spec -> spec.withId(SecurityEventsView.ID_GRID));
        assertThat(_size(grid)).isPositive();
        assertThat(_get(grid, 0).getType()).isEqualTo(SecurityEventType.LOCKED_OUT);
    }

    @Test
    void administrator_sees_where_an_event_came_from() {
        var someone = "view-origin-" + System.nanoTime();
        var request = new MockHttpServletRequest("POST", "/login");
        request.setRemoteAddr("203.0.113.44");
        var sessionId = request.getSession(true).getId();
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        try {
            auditLog.record(SecurityEventType.SIGN_IN_FAILED, someone, "bad credentials");
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }
        signInAs("admin", Locale.ENGLISH);
        UI.getCurrent().navigate(SecurityEventsView.class);
        _get(TextField.class, spec -> spec.withId(SecurityEventsView.ID_USER)).setValue(someone);
        @SuppressWarnings("unchecked")
        Grid<SecurityEvent> grid = _get(Grid.class, spec -> spec.withId(SecurityEventsView.ID_GRID));
        assertThat(_size(grid)).isEqualTo(1);
        assertThat(grid.getColumns()).extracting(c -> c.getHeaderText()).contains("Address", "Session");
        assertThat(_getFormattedRow(grid, 0)).contains("203.0.113.44", RequestOrigin.sessionRef(sessionId));
    }

    @Test
    void an_officer_opening_the_log_by_address_gets_not_found_and_the_attempt_is_audited() {
        signInAs("officer");
        UI.getCurrent().navigate("admin/audit");
        assertThat(_find(Grid.class, spec -> spec.withId(SecurityEventsView.ID_GRID))).isEmpty();
        assertThat(_get(com.vaadin.flow.component.Component.class, spec -> spec.withId("not-found"))).isNotNull();
        try (var ignored = SignedIn.as("admin")) {
            assertThat(auditLog.find(new SecurityEventFilter("officer", SecurityEventType.ACCESS_DENIED, null, null),
                    0, 10)).isNotEmpty();
        }
    }
}
