package ua.cooperation.portal.audit;

import ua.cooperation.portal.base.PortalTime;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import ua.cooperation.portal.testsupport.IntegrationTest;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ua.cooperation.portal.testsupport.SignedIn.as;

@IntegrationTest
class SecurityAuditLogTest {

    @Autowired
    SecurityAuditLog auditLog;

    @Test
    void administrators_filter_events_by_user_type_and_period() {
        var someone = "audit-test-" + System.nanoTime();
        auditLog.record(SecurityEventType.SIGN_IN_FAILED, someone, "bad credentials");
        auditLog.record(SecurityEventType.LOCKED_OUT, someone, "locked");
        auditLog.record(SecurityEventType.SIGN_IN, "other-" + someone, null);

        try (var ignored = as("admin")) {
            var all = auditLog.find(new SecurityEventFilter(someone, null, null, null), 0, 50);
            assertThat(all).extracting(SecurityEvent::getType).as("newest first")
                    .containsExactly(SecurityEventType.SIGN_IN, SecurityEventType.LOCKED_OUT,
                            SecurityEventType.SIGN_IN_FAILED);
            assertThat(auditLog.find(new SecurityEventFilter(someone, SecurityEventType.LOCKED_OUT, null, null), 0, 50))
                    .hasSize(1);
            var today = LocalDate.now(PortalTime.ZONE);
            assertThat(auditLog.find(new SecurityEventFilter(someone, null, today, today), 0, 50)).hasSize(3);
            assertThat(auditLog.find(new SecurityEventFilter(someone, null, today.plusDays(1), null), 0, 50)).isEmpty();
        }
    }

    @Test
    void events_of_a_request_carry_its_client_address_and_a_hash_of_its_session_and_jobs_leave_them_empty()
            throws Exception {
        var someone = "origin-test-" + System.nanoTime();
        var request = new MockHttpServletRequest("GET", "/countries");
        request.setRemoteAddr("2001:db8:0:0:0:0:0:7");
        // a session id as Tomcat makes them: 32 hex digits
        var sessionId = "9F3C0A7E5B1D4C2A8E6F0B3D7A1C5E9F";
        request.setSession(new MockHttpSession(null, sessionId));
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        try {
            auditLog.record(SecurityEventType.ACCESS_DENIED, someone, "in a request");
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }
        auditLog.record(SecurityEventType.EXPORT, someone, "by a job");

        try (var ignored = as("admin")) {
            var events = auditLog.findByUsername(someone);
            assertThat(events).hasSize(2);
            var inRequest = events.getFirst();
            assertThat(inRequest.getClientAddress()).isEqualTo("2001:db8:0:0:0:0:0:7");
            assertThat(inRequest.getSessionRef()).isEqualTo(RequestOrigin.sessionRef(sessionId)).hasSize(16)
                    .as("never the id itself, nor a part of it").isNotEqualToIgnoringCase(sessionId.substring(0, 16));
            assertThat(events.getLast().getClientAddress()).isNull();
            assertThat(events.getLast().getSessionRef()).isNull();

        }
    }

    @Test
    void only_administrators_read_the_log() {
        for (var user : new String[]{"officer", "head", "liaison-lt"}) {
            try (var ignored = as(user)) {
                assertThatThrownBy(() -> auditLog.find(SecurityEventFilter.none(), 0, 10)).as(user)
                        .isInstanceOf(AuthorizationDeniedException.class);
                // what the log's CSV and XLSX exports read (ExportButtonsViewTest exports them as the view does)
                assertThatThrownBy(() -> auditLog.findIds(SecurityEventFilter.none())).as(user)
                        .isInstanceOf(AuthorizationDeniedException.class);
                assertThatThrownBy(() -> auditLog.findByIds(java.util.List.of(1L))).as(user)
                        .isInstanceOf(AuthorizationDeniedException.class);
            }
        }
    }
}
