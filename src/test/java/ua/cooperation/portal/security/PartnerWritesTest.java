package ua.cooperation.portal.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ua.cooperation.portal.audit.SecurityAuditLog;
import ua.cooperation.portal.audit.SecurityEventType;
import ua.cooperation.portal.base.PortalTime;
import ua.cooperation.portal.testsupport.IntegrationTest;
import ua.cooperation.portal.testsupport.SignedIn;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A partner's writes are logged one by one and refused, with a message, once she reached the limit. */
@IntegrationTest
class PartnerWritesTest {

    private static final Duration WINDOW = Duration.ofMinutes(10);

    @Autowired
    CountryScope scope;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    SecurityAuditLog auditLog;
    @Autowired
    PortalTime time;

    @Test
    void a_partner_is_refused_after_her_limit_and_every_write_and_refusal_is_logged() {
        try (var ignored = SignedIn.as("liaison-pl")) {
            var before = written("liaison-pl");
            var writes = new PartnerWrites(scope, currentUser, auditLog, time, (int) before + 2, WINDOW);

            writes.admit("comment.add", "MEETING 1");
            writes.admit("comment.add", "MEETING 1");
            assertThat(written("liaison-pl")).isEqualTo(before + 2);

            assertThatThrownBy(() -> writes.admit("comment.add", "MEETING 1"))
                    .isInstanceOf(PartnerWriteLimitException.class)
                    .satisfies(e -> assertThat(((PartnerWriteLimitException) e).refusals())
                            .extracting(r -> r.messageKey()).containsExactly("partner.write.limited"));
            assertThat(written("liaison-pl")).as("a refused write is not counted as a write").isEqualTo(before + 2);
            assertThat(auditLog.countSince(SecurityEventType.PARTNER_WRITE_LIMITED, "liaison-pl",
                    time.now().minus(WINDOW))).isPositive();
        }
    }

    @Test
    void staff_writes_are_neither_limited_nor_logged_as_partner_writes() {
        try (var ignored = SignedIn.as("officer")) {
            var writes = new PartnerWrites(scope, currentUser, auditLog, time, 0, WINDOW);
            writes.admit("comment.add", "MEETING 1");
            assertThat(written("officer")).isZero();
        }
    }

    private long written(String username) {
        return auditLog.countSince(SecurityEventType.PARTNER_WRITE, username, time.now().minus(WINDOW));
    }
}
