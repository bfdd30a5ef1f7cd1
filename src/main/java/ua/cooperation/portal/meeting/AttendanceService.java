package ua.cooperation.portal.meeting;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ua.cooperation.portal.base.ConcurrentEditException;
import ua.cooperation.portal.base.PortalTime;
import ua.cooperation.portal.security.CurrentUser;
import ua.cooperation.portal.security.LiaisonPreview;
import ua.cooperation.portal.security.PartnerWrites;
import ua.cooperation.portal.security.UserDirectory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static ua.cooperation.portal.meeting.AttendanceRefusedException.Reason;

/**
 * Whether the portal users invited to a meeting ({@link Meeting#getUserIds()}) attend it (issue 21): each answers yes,
 * no or maybe, with a short note, and may change the answer until the meeting starts. Reads go through the meeting's
 * scope ({@link VisibleMeetings}: a meeting the reader may not see answers like a missing one; an invitation does not
 * make a meeting visible). Staff read every invitee's answer by name; a partner reads the partner accounts' answers and
 * her own, the staff invitees only as "the office" and in the counts ({@link UserDirectory#displayNames}, which asks
 * {@code AccessPolicy}). A partner's answer passes {@link PartnerWrites}; a liaison preview changes nothing.
 */
@Service
public class AttendanceService {

    private final AttendanceRepository attendances;
    private final VisibleMeetings visibleMeetings;
    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;
    private final LiaisonPreview preview;
    private final UserDirectory users;
    private final PartnerWrites partnerWrites;
    private final PortalTime time;

    AttendanceService(AttendanceRepository attendances, VisibleMeetings visibleMeetings,
                      ApplicationEventPublisher events, CurrentUser currentUser, LiaisonPreview preview,
                      UserDirectory users, PartnerWrites partnerWrites, PortalTime time) {
        this.attendances = attendances;
        this.visibleMeetings = visibleMeetings;
        this.events = events;
        this.currentUser = currentUser;
        this.preview = preview;
        this.users = users;
        this.partnerWrites = partnerWrites;
        this.time = time;
    }

    /**
     * The invitees of a visible meeting with their answers as the reader may read them (named ones by name, then the
     * office), the counts over every invitee, and the reader's own answer.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public AttendanceSheet attendanceOf(long meetingId) {
        var me = currentUser.require().id();
        var meeting = visibleMeetings.require(meetingId);
        var invited = meeting.getUserIds();
        var answers = new HashMap<Long, Attendance>();
        attendances.findByMeetingId(meetingId).stream().filter(a -> invited.contains(a.getUserId()))
                .forEach(a -> answers.put(a.getUserId(), a));
        var names = users.displayNames(invited);
        var rows = new ArrayList<AttendanceSheet.Row>();
        boolean withheld = false;
        for (var userId : invited) {
            var answer = answers.get(userId);
            var name = names.get(userId);
            if (name == null && userId != me) {
                withheld = true;
                continue;
            }
            rows.add(new AttendanceSheet.Row(userId, name, answer == null ? null : answer.getAnswer(),
                    answer == null ? null : answer.getNote(), userId == me));
        }
        rows.sort(Comparator.comparing((AttendanceSheet.Row r) -> r.name() == null ? "" : r.name())
                .thenComparing(AttendanceSheet.Row::userId));
        if (withheld) {
            // staff invitees, whose names and answers partners do not read: counted, and shown as the office
            rows.add(new AttendanceSheet.Row(0, null, null, null, false));
        }
        var mine = rows.stream().filter(AttendanceSheet.Row::mine).findFirst().orElse(null);
        boolean isInvited = invited.contains(me);
        return new AttendanceSheet(rows, counts(invited, answers), isInvited, mine,
                isInvited && upcoming(meeting) && preview.previewedCountry().isEmpty());
    }

    /**
     * The signed-in invitee answers whether she attends (or changes her answer) before the meeting starts, with an
     * optional note of at most {@value Attendance#NOTE_MAX_LENGTH} characters. A meeting she may not see answers "not
     * found"; one she may see but is not invited to is refused ({@code NOT_INVITED}), as is a started meeting. Tells
     * the meeting's responsible officer.
     */
    @PreAuthorize("isAuthenticated() and @liaisonPreview.previewedCountry().isEmpty()")
    @Transactional
    public AttendanceSheet answer(long meetingId, AttendanceAnswer answer, String note) {
        var me = currentUser.require().id();
        var meeting = visibleMeetings.require(meetingId);
        if (!meeting.getUserIds().contains(me)) {
            throw new AttendanceRefusedException(Reason.NOT_INVITED);
        }
        if (answer == null) {
            throw new AttendanceRefusedException(Reason.ANSWER_REQUIRED);
        }
        var stripped = note == null || note.isBlank() ? null : note.strip();
        if (stripped != null && stripped.length() > Attendance.NOTE_MAX_LENGTH) {
            throw new AttendanceRefusedException(Reason.NOTE_TOO_LONG);
        }
        if (!upcoming(meeting)) {
            throw new AttendanceRefusedException(Reason.MEETING_STARTED);
        }
        partnerWrites.admit("attendance.answer", "MEETING " + meetingId);
        var attendance = attendances.findByMeetingIdAndUserId(meetingId, me)
                .orElseGet(() -> new Attendance(meetingId, me));
        attendance.answer(answer, stripped, time.now());
        try {
            attendances.saveAndFlush(attendance);
        } catch (ObjectOptimisticLockingFailureException | DataIntegrityViolationException e) {
            // she answered at the same moment in another tab: that answer stands, this one is not stored
            throw new ConcurrentEditException("Attendance of meeting " + meetingId, attendance.getVersion(),
                    attendance.getVersion() + 1);
        }
        events.publishEvent(new AttendanceAnswered(meetingId, me, answer, meeting.getResponsibleUserId(),
                meeting.getCountryCodes(), meeting.isSharedWithPartners()));
        return attendanceOf(meetingId);
    }

    private static AttendanceSheet.Counts counts(java.util.Set<Long> invited, Map<Long, Attendance> answers) {
        int yes = 0;
        int maybe = 0;
        int no = 0;
        for (var userId : invited) {
            var answer = answers.get(userId);
            if (answer != null) {
                switch (answer.getAnswer()) {
                    case YES -> yes++;
                    case MAYBE -> maybe++;
                    case NO -> no++;
                }
            }
        }
        return new AttendanceSheet.Counts(yes, maybe, no, invited.size() - yes - maybe - no);
    }

    private boolean upcoming(Meeting meeting) {
        return meeting.getStartsAt().isAfter(time.now());
    }
}
