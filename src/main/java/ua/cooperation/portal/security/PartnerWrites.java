package ua.cooperation.portal.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import ua.cooperation.portal.audit.SecurityAuditLog;
import ua.cooperation.portal.audit.SecurityEventType;
import ua.cooperation.portal.base.PortalTime;

import java.time.Duration;

/**
 * The gate every write of a partner passes first (issue 21): a comment, a proposal, an agenda point, an answer, an
 * upload, a status of her own action item. Each is written to the security log ({@code PARTNER_WRITE}, with what and
 * on which record) and counted there; a partner who wrote {@code portal.partners.write-limit} times within
 * {@code portal.partners.write-window} is refused with {@link PartnerWriteLimitException} until her oldest write
 * leaves the window. The count is read from the log, so every portal node counts the same writes.
 * <p>
 * Staff writes pass unchanged: their record history already names them, and no limit applies to the office itself.
 * Call it after the input was found valid and in scope (a refused write is not a write) and before storing.
 */
@Component
public class PartnerWrites {

    private final CountryScope scope;
    private final CurrentUser currentUser;
    private final SecurityAuditLog auditLog;
    private final PortalTime time;
    private final int limit;
    private final Duration window;

    PartnerWrites(CountryScope scope, CurrentUser currentUser, SecurityAuditLog auditLog, PortalTime time,
                  @Value("${portal.partners.write-limit:60}") int limit,
                  @Value("${portal.partners.write-window:PT10M}") Duration window) {
        this.scope = scope;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.time = time;
        this.limit = limit;
        this.window = window;
    }

    /**
     * Admits one write of the current user: for a partner, refuses it when she reached the limit, else logs it.
     *
     * @param action  what she does, in the log's words ({@code "comment.add"}, {@code "document.upload"} …)
     * @param subject the record it concerns ({@code "MEETING 12"}), or what identifies the write
     * @throws PartnerWriteLimitException when a partner wrote too much within the window; nothing is stored
     */
    public void admit(String action, String subject) {
        if (!scope.isRestricted()) {
            return;
        }
        var username = currentUser.require().username();
        var written = auditLog.countSince(SecurityEventType.PARTNER_WRITE, username, time.now().minus(window));
        if (written >= limit) {
            auditLog.record(SecurityEventType.PARTNER_WRITE_LIMITED, username, action + " " + subject);
            throw new PartnerWriteLimitException(limit, window);
        }
        auditLog.record(SecurityEventType.PARTNER_WRITE, username, action + " " + subject);
    }
}
