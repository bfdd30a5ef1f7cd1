package ua.cooperation.portal.visit;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ua.cooperation.portal.base.PortalTime;
import ua.cooperation.portal.base.RecordNotFoundException;
import ua.cooperation.portal.meeting.MeetingChanges;
import ua.cooperation.portal.meeting.MeetingDetails;
import ua.cooperation.portal.meeting.MeetingFilter;
import ua.cooperation.portal.meeting.MeetingListItem;
import ua.cooperation.portal.meeting.MeetingService;
import ua.cooperation.portal.security.CurrentUser;
import ua.cooperation.portal.security.Role;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static ua.cooperation.portal.visit.VisitRefusedException.Reason;

/**
 * A visit's programme: the meetings linked to it, day by day. Meetings are created and read through
 * {@link MeetingService}, so their own scope holds: a reader sees only the linked meetings she may see. A meeting
 * must lie within the visit's days; two meetings of the programme may overlap (the day marks them).
 */
@Service
public class VisitItineraryService {

    /** The most meetings the "link an existing meeting" picker offers. */
    static final int LINKABLE_LIMIT = 200;

    private final VisitService visitService;
    private final VisibleVisits visible;
    private final VisitRepository visits;
    private final MeetingService meetings;
    private final CurrentUser currentUser;
    private final PortalTime time;

    VisitItineraryService(VisitService visitService, VisibleVisits visible, VisitRepository visits,
                          MeetingService meetings, CurrentUser currentUser, PortalTime time) {
        this.visitService = visitService;
        this.visible = visible;
        this.visits = visits;
        this.meetings = meetings;
        this.currentUser = currentUser;
        this.time = time;
    }

    /** Every day of a visible visit with its meetings (those the reader may see), ordered by start. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ItineraryDay> itineraryOf(long visitId, Locale language) {
        var visit = visible.require(visitId);
        var linked = new ArrayList<>(meetings.findVisibleByIds(visit.getMeetingIds(), language));
        linked.sort(Comparator.comparing(MeetingListItem::startsAt).thenComparing(MeetingListItem::id));
        var days = new ArrayList<ItineraryDay>();
        for (var day = visit.getStartsOn(); !day.isAfter(visit.getEndsOn()); day = day.plusDays(1)) {
            var current = day;
            var entries = linked.stream()
                    .filter(m -> m.startsAt().atZone(PortalTime.ZONE).toLocalDate().equals(current))
                    .map(m -> new ItineraryDay.Entry(m.id(), m.shownTitle(), m.startsAt(), m.endsAt(), m.place(),
                            linked.stream().anyMatch(other -> other.id() != m.id()
                                    && other.startsAt().isBefore(m.endsAt()) && m.startsAt().isBefore(other.endsAt()))))
                    .toList();
            days.add(new ItineraryDay(current, entries));
        }
        return days;
    }

    /**
     * The visible meetings that may join the visit's programme: within its days, on no visit's programme yet; at most
     * {@link #LINKABLE_LIMIT}, by start.
     */
    @RolesAllowed({Role.Names.OFFICER, Role.Names.ADMIN})
    @Transactional(readOnly = true)
    public List<MeetingListItem> linkableMeetings(long visitId, Locale language) {
        var visit = visible.require(visitId);
        var filter = MeetingFilter.period(visit.getStartsOn().atStartOfDay(PortalTime.ZONE).toInstant(),
                visit.getEndsOn().plusDays(1).atStartOfDay(PortalTime.ZONE).toInstant());
        return meetings.findVisible(filter, PageRequest.of(0, LINKABLE_LIMIT,
                        Sort.by(Sort.Direction.ASC, MeetingService.SORT_START)), language).stream()
                .filter(m -> withinDays(visit, m.startsAt(), m.endsAt()))
                .filter(m -> visits.findIdByMeeting(m.id()).isEmpty())
                .toList();
    }

    /**
     * Records a new meeting through {@link MeetingService#create} and puts it on the visit's programme. A meeting
     * outside the visit's days is refused at its start ({@link VisitRefusedException}) before anything is stored.
     */
    @RolesAllowed({Role.Names.OFFICER, Role.Names.ADMIN})
    @Transactional
    public MeetingDetails addMeeting(long visitId, long version, MeetingChanges meeting, Locale language) {
        var visit = visitService.requireCurrent(visitId, version);
        if (meeting.startsAt() != null && meeting.endsAt() != null
                && !withinDays(visit, meeting.startsAt(), meeting.endsAt())) {
            throw new VisitRefusedException(Reason.MEETING_OUTSIDE_VISIT);
        }
        var created = meetings.create(meeting, language);
        visit.link(created.id(), currentUser.require().username(), time.now());
        visitService.flush(visit, version);
        return created;
    }

    /** Puts a visible meeting within the visit's days, on no other visit's programme, on the visit's programme. */
    @RolesAllowed({Role.Names.OFFICER, Role.Names.ADMIN})
    @Transactional
    public void linkMeeting(long visitId, long version, long meetingId) {
        var visit = visitService.requireCurrent(visitId, version);
        var meeting = meetings.findVisibleById(meetingId, Locale.ENGLISH)
                .orElseThrow(() -> new VisitRefusedException(Reason.MEETING_UNKNOWN));
        if (!withinDays(visit, meeting.startsAt(), meeting.endsAt())) {
            throw new VisitRefusedException(Reason.MEETING_OUTSIDE_VISIT);
        }
        var on = visits.findIdByMeeting(meetingId);
        if (on.isPresent() && on.get() != visitId) {
            throw new VisitRefusedException(Reason.MEETING_ON_ANOTHER_VISIT);
        }
        visit.link(meetingId, currentUser.require().username(), time.now());
        visitService.flush(visit, version);
    }

    /** Takes a meeting off the visit's programme (the meeting stays). */
    @RolesAllowed({Role.Names.OFFICER, Role.Names.ADMIN})
    @Transactional
    public void unlinkMeeting(long visitId, long version, long meetingId) {
        var visit = visitService.requireCurrent(visitId, version);
        if (!visit.getMeetingIds().contains(meetingId)) {
            throw new RecordNotFoundException("Meeting " + meetingId + " of visit " + visitId);
        }
        visit.unlink(meetingId, currentUser.require().username(), time.now());
        visitService.flush(visit, version);
    }

    /**
     * The visit a meeting is on the programme of or is the report meeting of, if the reader may see both the meeting
     * and that visit (a meeting's page links to it).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public java.util.Optional<Long> visitOfMeeting(long meetingId) {
        if (meetings.findVisibleById(meetingId, Locale.ENGLISH).isEmpty()) {
            // a meeting the reader may not see answers like a missing one, whatever visit it is on
            return java.util.Optional.empty();
        }
        return visits.findIdByMeeting(meetingId).or(() -> visits.findIdsByReportMeeting(meetingId).stream().findFirst())
                .filter(id -> visible.find(id).isPresent());
    }

    /**
     * For a page of meetings ({@code ids}: the decision register's), the visit each one is on the programme of or is the report
     * meeting of, as the visits list shows it (title in the reader's language): only meetings and visits the reader
     * may see; a meeting without such a visit has no entry. A fixed number of queries whatever the page's size.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<Long, VisitListItem> visitsOfMeetings(Collection<Long> ids, Locale language) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        var visibleMeetings = meetings.findVisibleByIds(Set.copyOf(ids)).stream().map(MeetingListItem::id)
                .collect(Collectors.toSet());
        if (visibleMeetings.isEmpty()) {
            return Map.of();
        }
        var visitOf = new HashMap<Long, Long>();
        visits.findReportVisitsOf(visibleMeetings).forEach(row -> visitOf.put((Long) row[0], (Long) row[1]));
        // a meeting on a visit's programme names that visit before one it reports on
        visits.findProgrammeVisitsOf(visibleMeetings).forEach(row -> visitOf.put((Long) row[0], (Long) row[1]));
        var shown = new HashMap<Long, VisitListItem>();
        visitService.findVisibleByIds(Set.copyOf(visitOf.values()), language).forEach(v -> shown.put(v.id(), v));
        var result = new HashMap<Long, VisitListItem>();
        visitOf.forEach((meeting, visit) -> {
            if (shown.containsKey(visit)) {
                result.put(meeting, shown.get(visit));
            }
        });
        return result;
    }

    /** Whether a meeting from {@code start} to {@code end} lies within the visit's days (Kyiv). */
    static boolean withinDays(Visit visit, Instant start, Instant end) {
        LocalDate first = start.atZone(PortalTime.ZONE).toLocalDate();
        LocalDate last = end.minusNanos(1).atZone(PortalTime.ZONE).toLocalDate();
        return visit.covers(first) && visit.covers(last);
    }
}
