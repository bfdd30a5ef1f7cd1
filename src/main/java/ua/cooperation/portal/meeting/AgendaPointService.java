package ua.cooperation.portal.meeting;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ua.cooperation.portal.base.ConcurrentEditException;
import ua.cooperation.portal.base.PortalTime;
import ua.cooperation.portal.base.RecordNotFoundException;
import ua.cooperation.portal.security.AccessPolicy;
import ua.cooperation.portal.security.CountryScope;
import ua.cooperation.portal.security.CurrentUser;
import ua.cooperation.portal.security.LiaisonPreview;
import ua.cooperation.portal.security.PartnerWrites;
import ua.cooperation.portal.security.UserDirectory;
import ua.cooperation.portal.translation.ChangedTexts;
import ua.cooperation.portal.translation.RecordTexts;
import ua.cooperation.portal.translation.TextOwnerKind;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import static ua.cooperation.portal.meeting.AgendaPointRefusedException.Reason;

/**
 * Agenda points that partners propose for an upcoming meeting (issue 21). A point is exactly as visible as its meeting
 * ({@link VisibleMeetings}: any other id answers like a missing one), and a partner reads only the points of her
 * countries ({@link CountryScope}) and her own. A partner proposes a point before the meeting starts and may withdraw
 * it while it is still proposed; officers and administrators accept it into the meeting's agenda (a new line
 * "• text", the agenda's translations marked possibly outdated) or answer it. Staff names are withheld from partners
 * ({@link AccessPolicy}). Every partner write passes {@link PartnerWrites}; a liaison preview changes nothing.
 */
@Service
public class AgendaPointService {

    /** What starts an accepted point's line in the agenda. */
    public static final String AGENDA_BULLET = "• ";

    private final AgendaPointRepository points;
    private final MeetingRepository meetings;
    private final VisibleMeetings visibleMeetings;
    private final MeetingDetailsAssembler details;
    private final MeetingEvents meetingEvents;
    private final ApplicationEventPublisher events;
    private final CountryScope scope;
    private final AccessPolicy policy;
    private final CurrentUser currentUser;
    private final LiaisonPreview preview;
    private final UserDirectory users;
    private final PartnerWrites partnerWrites;
    private final RecordTexts translations;
    private final PortalTime time;

    AgendaPointService(AgendaPointRepository points, MeetingRepository meetings, VisibleMeetings visibleMeetings,
                       MeetingDetailsAssembler details, MeetingEvents meetingEvents,
                       ApplicationEventPublisher events, CountryScope scope, AccessPolicy policy,
                       CurrentUser currentUser, LiaisonPreview preview, UserDirectory users,
                       PartnerWrites partnerWrites, RecordTexts translations, PortalTime time) {
        this.points = points;
        this.meetings = meetings;
        this.visibleMeetings = visibleMeetings;
        this.details = details;
        this.meetingEvents = meetingEvents;
        this.events = events;
        this.scope = scope;
        this.policy = policy;
        this.currentUser = currentUser;
        this.preview = preview;
        this.users = users;
        this.partnerWrites = partnerWrites;
        this.translations = translations;
        this.time = time;
    }

    // ---------------------------------------------------------------------------------------------------- reads

    /**
     * The agenda points of a visible meeting that the reader may read, oldest first, and what she may do with them.
     * A missing meeting and one she may not see answer alike ({@link RecordNotFoundException}).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public AgendaPoints agendaPointsOf(long meetingId) {
        var meeting = visibleMeetings.require(meetingId);
        var me = currentUser.require().id();
        boolean upcoming = upcoming(meeting);
        boolean previewing = preview.previewedCountry().isPresent();
        var readable = points.findByMeetingIdOrderByIdAsc(meetingId).stream()
                .filter(p -> readable(p, me)).toList();
        var names = users.displayNames(readable.stream().map(AgendaPoint::getProposedById).distinct().toList());
        var answerers = policy.authors(readable.stream().map(AgendaPoint::getAnsweredBy).toList());
        var views = readable.stream().map(p -> {
            boolean mine = p.getProposedById() == me;
            return new AgendaPointView(p.getId(), p.getVersion(), p.getText(), p.getStatus(),
                    names.get(p.getProposedById()), p.getProposedAt(), p.getAnswer(),
                    answerers.apply(p.getAnsweredBy()), p.getAnsweredAt(),
                    mine && upcoming && !previewing && p.getStatus() == AgendaPointStatus.PROPOSED);
        }).toList();
        return new AgendaPoints(views, upcoming && !previewing, policy.mayEdit());
    }

    // --------------------------------------------------------------------------------------------------- writes

    /**
     * The reader proposes a point for a meeting she may see that has not started yet (a partner, typically; staff
     * may too). Refused: an empty or over-long text, a meeting that has started; a meeting she may not see answers
     * "not found" before anything else. Tells the meeting's responsible officer and its staff followers.
     */
    @PreAuthorize("isAuthenticated() and @liaisonPreview.previewedCountry().isEmpty()")
    @Transactional
    public AgendaPointView propose(long meetingId, String text) {
        var me = currentUser.require();
        var meeting = visibleMeetings.require(meetingId);
        var stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty()) {
            throw new AgendaPointRefusedException(Reason.TEXT_REQUIRED);
        }
        if (stripped.length() > AgendaPoint.TEXT_MAX_LENGTH) {
            throw new AgendaPointRefusedException(Reason.TEXT_TOO_LONG);
        }
        requireUpcoming(meeting);
        partnerWrites.admit("agenda-point.add", "MEETING " + meetingId);
        var point = points.saveAndFlush(new AgendaPoint(meetingId, stripped, proposersCountry(meeting), me.id(),
                me.username(), time.now()));
        publish(point, AgendaPointChanged.Change.PROPOSED, meeting);
        return viewOf(point, true);
    }

    /**
     * The proposer withdraws her own point while it is still proposed and the meeting has not started; the point is
     * removed. Someone else's point, and one of a meeting she may not see, answer "not found".
     */
    @PreAuthorize("isAuthenticated() and @liaisonPreview.previewedCountry().isEmpty()")
    @Transactional
    public void withdraw(long id, long version) {
        var point = requireReadable(id);
        if (point.getProposedById() != currentUser.require().id()) {
            throw new RecordNotFoundException("Agenda point " + id);
        }
        var meeting = visibleMeetings.require(point.getMeetingId());
        requireOpen(point, version);
        requireUpcoming(meeting);
        partnerWrites.admit("agenda-point.withdraw", "MEETING " + meeting.getId());
        points.delete(point);
        flush(point, version);
    }

    /**
     * An officer takes a proposed point into the meeting's agenda as a new line "• text": the meeting's version
     * increases (a save on top of another version of the meeting, {@code meetingVersion}, is a
     * {@link ConcurrentEditException}), the agenda's translations are marked possibly outdated, partners of a shared
     * meeting hear of the changed agenda and the proposer of the acceptance. Answers the meeting as saved.
     */
    @PreAuthorize("hasAnyRole('OFFICER','ADMIN')")
    @Transactional
    public MeetingDetails accept(long id, long version, long meetingVersion, Locale language) {
        currentUser.require();
        var point = requireReadable(id);
        requireEditor();
        var meeting = visibleMeetings.require(point.getMeetingId());
        requireOpen(point, version);
        if (meeting.getVersion() != meetingVersion) {
            throw new ConcurrentEditException("Meeting " + meeting.getId(), meetingVersion, meeting.getVersion());
        }
        var before = MeetingTextOwner.originals(meeting);
        var state = MeetingEvents.stateOf(meeting);
        var username = currentUser.require().username();
        if (!meeting.appendToAgenda(AGENDA_BULLET + point.getText(), username, time.now())) {
            throw new AgendaPointRefusedException(Reason.AGENDA_FULL);
        }
        point.accept(username, time.now());
        try {
            meetings.saveAndFlush(meeting);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentEditException("Meeting " + meeting.getId(), meetingVersion, meetingVersion + 1);
        }
        flush(point, version);
        translations.originalsChanged(TextOwnerKind.MEETING, meeting.getId(),
                ChangedTexts.between(before, MeetingTextOwner.originals(meeting)));
        meetingEvents.meetingSaved(meeting, state);
        publish(point, AgendaPointChanged.Change.ACCEPTED, meeting);
        return details.toDetails(meeting, language);
    }

    /**
     * An officer answers a proposed point instead of taking it into the agenda: the answer is required (at most
     * {@value AgendaPoint#ANSWER_MAX_LENGTH} characters); the proposer is told.
     */
    @PreAuthorize("hasAnyRole('OFFICER','ADMIN')")
    @Transactional
    public AgendaPointView answer(long id, long version, String answer) {
        var point = requireReadable(id);
        requireEditor();
        var meeting = visibleMeetings.require(point.getMeetingId());
        var stripped = answer == null ? "" : answer.strip();
        if (stripped.isEmpty()) {
            throw new AgendaPointRefusedException(Reason.ANSWER_REQUIRED);
        }
        if (stripped.length() > AgendaPoint.ANSWER_MAX_LENGTH) {
            throw new AgendaPointRefusedException(Reason.ANSWER_TOO_LONG);
        }
        requireOpen(point, version);
        point.answer(stripped, currentUser.require().username(), time.now());
        flush(point, version);
        publish(point, AgendaPointChanged.Change.ANSWERED, meeting);
        return viewOf(point, false);
    }

    // ------------------------------------------------------------------------------------------------- internals

    /** Whether the reader may read the point: staff all, a partner those of her countries and her own. */
    private boolean readable(AgendaPoint point, long me) {
        return !scope.isRestricted() || point.getProposedById() == me
                || point.getCountryCode() != null && scope.canSeeCountry(point.getCountryCode());
    }

    /** The point if its meeting is visible and the reader may read it; "not found" otherwise, as for a missing one. */
    private AgendaPoint requireReadable(long id) {
        var me = currentUser.require().id();
        return points.findById(id)
                .filter(p -> visibleMeetings.find(p.getMeetingId()).isPresent() && readable(p, me))
                .orElseThrow(() -> new RecordNotFoundException("Agenda point " + id));
    }

    private void requireEditor() {
        if (!policy.mayEdit()) {
            throw new AccessDeniedException("Only the office accepts or answers agenda points");
        }
    }

    private static void requireOpen(AgendaPoint point, long version) {
        if (point.getStatus() != AgendaPointStatus.PROPOSED) {
            throw new AgendaPointRefusedException(Reason.NOT_OPEN);
        }
        if (point.getVersion() != version) {
            throw new ConcurrentEditException("Agenda point " + point.getId(), version, point.getVersion());
        }
    }

    private void requireUpcoming(Meeting meeting) {
        if (!upcoming(meeting)) {
            throw new AgendaPointRefusedException(Reason.MEETING_STARTED);
        }
    }

    private boolean upcoming(Meeting meeting) {
        return meeting.getStartsAt().isAfter(time.now());
    }

    /** The proposer's country among the meeting's (the first by code when she has several); null for staff. */
    private String proposersCountry(Meeting meeting) {
        if (!scope.isRestricted()) {
            return null;
        }
        return meeting.getCountryCodes().stream().filter(scope::canSeeCountry).sorted().findFirst().orElse(null);
    }

    private void flush(AgendaPoint point, long version) {
        try {
            points.flush();
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentEditException("Agenda point " + point.getId(), version, version + 1);
        }
    }

    private AgendaPointView viewOf(AgendaPoint point, boolean mayWithdraw) {
        var names = users.displayNames(List.of(point.getProposedById()));
        return new AgendaPointView(point.getId(), point.getVersion(), point.getText(), point.getStatus(),
                names.get(point.getProposedById()), point.getProposedAt(), point.getAnswer(),
                policy.author(point.getAnsweredBy()), point.getAnsweredAt(), mayWithdraw);
    }

    private void publish(AgendaPoint point, AgendaPointChanged.Change change, Meeting meeting) {
        events.publishEvent(new AgendaPointChanged(Objects.requireNonNull(point.getId()), meeting.getId(), change,
                point.getProposedById(), meeting.getResponsibleUserId(), meeting.getCountryCodes(),
                meeting.isSharedWithPartners()));
    }
}
