package ua.cooperation.portal.meeting;

import ua.cooperation.portal.translation.RecordTexts;
import ua.cooperation.portal.translation.TextOwnerKind;
import java.util.HashMap;
import java.util.Locale;
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
import ua.cooperation.portal.security.CurrentUser;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Meetings as iCalendar text: one meeting to download, and the current user's calendar for the feed
 * ({@link CalendarFeedService}). Both hold only meetings the current user may see ({@link VisibleMeetings}).
 */
@Service
public class MeetingCalendarService {

    /** The calendar feed reaches about two years back; calendar apps keep what they fetched before. */
    public static final int FEED_DAYS_BACK = 800;
    public static final int FEED_MAX_MEETINGS = 2000;

    private final MeetingRepository meetings;
    private final VisibleMeetings visibleMeetings;
    private final SecurityAuditLog auditLog;
    private final CurrentUser currentUser;
    private final PortalTime time;
    private final RecordTexts texts;
    private final List<CalendarEntrySource> otherSources;

    MeetingCalendarService(MeetingRepository meetings, VisibleMeetings visibleMeetings, SecurityAuditLog auditLog,
                           CurrentUser currentUser, PortalTime time, RecordTexts texts,
                           List<CalendarEntrySource> otherSources) {
        this.texts = texts;
        this.otherSources = List.copyOf(otherSources);
        this.meetings = meetings;
        this.visibleMeetings = visibleMeetings;
        this.auditLog = auditLog;
        this.currentUser = currentUser;
        this.time = time;
    }

    /**
     * One visible meeting as an iCalendar file, written to the security log as a download; empty for a missing or
     * out-of-scope id.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<String> icsOf(long id, Locale language) {
        return visibleMeetings.find(id).map(m -> {
            auditLog.record(SecurityEventType.DOWNLOAD, currentUser.require().username(),
                    "meeting " + m.getId() + " as .ics");
            return write(List.of(m), List.of(), null, language);
        });
    }

    /**
     * One visible meeting as an iCalendar file for a message to the current user (a notification of its change): the
     * same UID as every other file of it, its version as SEQUENCE; empty for a missing or out-of-scope id. Not a
     * download, so not written to the security log.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<String> icsForMessage(long id, Locale language) {
        return visibleMeetings.find(id).map(m -> write(List.of(m), List.of(), null, language));
    }

    /**
     * The current user's calendar: every meeting they may see from {@link #FEED_DAYS_BACK} days ago on (at most
     * {@link #FEED_MAX_MEETINGS}), as an iCalendar text.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public String feedOfCurrentUser(String calendarName, Locale language) {
        var since = time.now().minus(Duration.ofDays(FEED_DAYS_BACK));
        Specification<Meeting> recent = (root, query, cb) -> cb.greaterThan(root.get("endsAt"), since);
        var rows = meetings.findAll(visibleMeetings.specification().and(recent),
                PageRequest.of(0, FEED_MAX_MEETINGS, Sort.by("startsAt", "id"))).getContent();
        // the other kinds of record in the feed (visits, issue 22), each read in its own scope
        var sinceDay = since.atZone(PortalTime.ZONE).toLocalDate();
        var entries = otherSources.stream()
                .flatMap(source -> source.entriesSince(sinceDay, FEED_MAX_MEETINGS, language).stream()).toList();
        return write(rows, entries, calendarName, language);
    }

    /** The meetings as iCalendar text, their titles and agendas in the reader's language (ADR 0040). */
    private String write(List<Meeting> rows, List<CalendarEntry> entries, String calendarName, Locale language) {
        var titles = new HashMap<Long, String>();
        var agendas = new HashMap<Long, String>();
        rows.forEach(m -> {
            titles.put(m.getId(), m.getTitle());
            agendas.put(m.getId(), m.getAgenda());
        });
        return ICalendarWriter.write(rows, entries, calendarName, time.now(),
                texts.localize(TextOwnerKind.MEETING, MeetingTextOwner.TITLE, titles, language),
                texts.localize(TextOwnerKind.MEETING, MeetingTextOwner.AGENDA, agendas, language));
    }
}
