package ua.cooperation.portal.visit;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ua.cooperation.portal.audit.SecurityAuditLog;
import ua.cooperation.portal.audit.SecurityEventType;
import ua.cooperation.portal.base.CalendarEntry;
import ua.cooperation.portal.base.CalendarEntrySource;
import ua.cooperation.portal.base.PortalTime;
import ua.cooperation.portal.country.CountryNames;
import ua.cooperation.portal.meeting.ICalendarWriter;
import ua.cooperation.portal.security.CurrentUser;
import ua.cooperation.portal.translation.RecordTexts;
import ua.cooperation.portal.translation.TextOwnerKind;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Visits in calendars: all-day events over their days, in the personal calendar feed (as a
 * {@link CalendarEntrySource} the meetings' feed collects) and as a visit's own .ics download. Only visits the reader
 * may see; never the internal notes.
 */
@Service
public class VisitCalendar implements CalendarEntrySource {

    private final VisitRepository visits;
    private final VisibleVisits visible;
    private final SecurityAuditLog auditLog;
    private final CurrentUser currentUser;
    private final PortalTime time;
    private final RecordTexts texts;

    VisitCalendar(VisitRepository visits, VisibleVisits visible, SecurityAuditLog auditLog, CurrentUser currentUser,
                  PortalTime time, RecordTexts texts) {
        this.visits = visits;
        this.visible = visible;
        this.auditLog = auditLog;
        this.currentUser = currentUser;
        this.time = time;
        this.texts = texts;
    }

    /** One visible visit as an iCalendar file (written to the security log as a download); empty otherwise. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<String> icsOf(long id, Locale language) {
        return visible.find(id).map(v -> {
            auditLog.record(SecurityEventType.DOWNLOAD, currentUser.require().username(), "visit " + id + " as .ics");
            return ICalendarWriter.writeEntries(List.of(entry(v, language)), time.now());
        });
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<CalendarEntry> entriesSince(LocalDate since, int limit, Locale language) {
        Specification<Visit> recent = (root, query, cb) -> cb.greaterThanOrEqualTo(root.get("endsOn"), since);
        return visits.findAll(visible.specification().and(recent),
                        PageRequest.of(0, limit, Sort.by("startsOn", "id"))).getContent().stream()
                .map(v -> entry(v, language)).toList();
    }

    static String uid(long visitId) {
        return "visit-" + visitId + "@cooperation-portal";
    }

    private CalendarEntry entry(Visit v, Locale language) {
        var shown = texts.localize(TextOwnerKind.VISIT, v.getId(), VisitTextOwner.originals(v), language);
        var title = shown.get(VisitTextOwner.TITLE);
        var purpose = shown.get(VisitTextOwner.PURPOSE);
        var where = CountryNames.displayName(v.getHostCountryCode(), language)
                + (v.getCity() == null ? "" : ", " + v.getCity());
        return CalendarEntry.allDay(uid(v.getId()), v.getVersion(), title.text(), title.language(), v.getStartsOn(),
                v.getEndsOn(), where, purpose == null || purpose.isEmpty() ? null : purpose.text(), v.getUpdatedAt());
    }
}
