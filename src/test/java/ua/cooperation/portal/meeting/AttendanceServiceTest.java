package ua.cooperation.portal.meeting;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import ua.cooperation.portal.base.RecordNotFoundException;
import ua.cooperation.portal.testsupport.IntegrationTest;
import ua.cooperation.portal.testsupport.TestMeetings;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ua.cooperation.portal.meeting.AttendanceRefusedException.Reason;
import static ua.cooperation.portal.testsupport.SignedIn.as;

/**
 * Attendance answers (issue 21): the invited portal users of an upcoming meeting answer yes, maybe or no and may change
 * it until the meeting starts; the office reads everyone's, a partner the partners' and her own, the staff as the
 * office. An invitation does not open a meeting of another country.
 */
@IntegrationTest
class AttendanceServiceTest {

    private static final Locale UK = Locale.forLanguageTag("uk");
    private static final long OFFICER = 2;
    private static final long LIAISON_LT = 4;
    private static final long LIAISON_PL = 5;

    @Autowired
    AttendanceService attendance;
    @Autowired
    MeetingService meetings;
    @Autowired
    JdbcTemplate jdbc;

    private long upcomingMeeting(String title, Set<Long> invited) {
        try (var ignored = as("officer")) {
            var start = Instant.parse("2031-07-01T07:00:00Z");
            return meetings.create(new MeetingChanges(null, 0, MeetingType.EMBASSY_MEETING, title, start,
                    start.plus(1, ChronoUnit.HOURS), "Вільнюс", null, Set.of("LT"), Set.of(), invited, Set.of(), null,
                    null, null, true), UK).id();
        }
    }

    private int answersOf(long meetingId) {
        return jdbc.queryForObject("select count(*) from meeting_attendance where meeting_id = ?", Integer.class,
                meetingId);
    }

    @Test
    void an_invited_liaison_answers_changes_her_answer_and_the_responsible_officer_is_told() {
        long meeting = upcomingMeeting("Участь: литовська представниця", Set.of(OFFICER, LIAISON_LT));
        try (var ignored = as("liaison-lt")) {
            var before = attendance.attendanceOf(meeting);
            assertThat(before.invited()).isTrue();
            assertThat(before.mayAnswer()).isTrue();
            assertThat(before.mine().answer()).isNull();
            assertThat(before.counts()).isEqualTo(new AttendanceSheet.Counts(0, 0, 0, 2));

            var yes = attendance.answer(meeting, AttendanceAnswer.YES, "  З почесним консулом  ");
            assertThat(yes.mine().answer()).isEqualTo(AttendanceAnswer.YES);
            assertThat(yes.mine().note()).isEqualTo("З почесним консулом");

            var maybe = attendance.answer(meeting, AttendanceAnswer.MAYBE, null);
            assertThat(maybe.mine().answer()).isEqualTo(AttendanceAnswer.MAYBE);
            assertThat(maybe.mine().note()).isNull();
            assertThat(maybe.counts()).isEqualTo(new AttendanceSheet.Counts(0, 1, 0, 1));
        }
        assertThat(answersOf(meeting)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from notification where recipient_id = ? and event_kind ="
                + " 'ATTENDANCE_ANSWERED' and subject_id = ?", Integer.class, OFFICER, meeting)).isEqualTo(2);
        try (var ignored = as("officer")) {
            var sheet = attendance.attendanceOf(meeting);
            assertThat(sheet.rows()).hasSize(2).allSatisfy(row -> assertThat(row.name()).isNotNull());
            assertThat(sheet.rows()).filteredOn(row -> row.userId() == LIAISON_LT).singleElement()
                    .satisfies(row -> assertThat(row.answer()).isEqualTo(AttendanceAnswer.MAYBE));
            assertThat(sheet.rows()).filteredOn(row -> row.userId() == OFFICER).singleElement()
                    .satisfies(row -> assertThat(row.answer()).as("no answer yet").isNull());
        }
    }

    @Test
    void a_partner_reads_the_staff_invitees_only_as_the_office_and_in_the_counts() {
        long meeting = upcomingMeeting("Участь: офіс без імен", Set.of(OFFICER, LIAISON_LT));
        try (var ignored = as("officer")) {
            attendance.answer(meeting, AttendanceAnswer.NO, "Внутрішнє: відрядження до Дніпра");
        }
        try (var ignored = as("liaison-lt")) {
            var sheet = attendance.attendanceOf(meeting);
            assertThat(sheet.counts()).isEqualTo(new AttendanceSheet.Counts(0, 0, 1, 1));
            assertThat(sheet.rows()).extracting(AttendanceSheet.Row::userId).containsExactly(LIAISON_LT, 0L);
            var office = sheet.rows().getLast();
            assertThat(office.name()).isNull();
            assertThat(office.answer()).isNull();
            assertThat(office.note()).isNull();
            assertThat(sheet.toString()).doesNotContain("відрядження", "officer");
        }
    }

    @Test
    void someone_not_invited_is_refused_and_an_invitation_does_not_open_another_countrys_meeting() {
        long meeting = upcomingMeeting("Участь: запрошена польська представниця", Set.of(OFFICER, LIAISON_PL));
        try (var ignored = as("liaison-lt")) {
            assertThat(attendance.attendanceOf(meeting).invited()).isFalse();
            assertThatThrownBy(() -> attendance.answer(meeting, AttendanceAnswer.YES, null))
                    .isInstanceOfSatisfying(AttendanceRefusedException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.NOT_INVITED));
        }
        try (var ignored = as("liaison-pl")) {
            assertThatThrownBy(() -> attendance.attendanceOf(meeting)).isInstanceOf(RecordNotFoundException.class);
            assertThatThrownBy(() -> attendance.answer(meeting, AttendanceAnswer.YES, null))
                    .isInstanceOf(RecordNotFoundException.class);
            assertThatThrownBy(() -> attendance.answer(TestMeetings.MISSING, AttendanceAnswer.YES, null))
                    .isInstanceOf(RecordNotFoundException.class);
        }
        assertThat(answersOf(meeting)).isZero();
    }

    @Test
    void answers_are_refused_after_the_start_and_with_an_over_long_note() {
        long meeting = upcomingMeeting("Участь: відмови", Set.of(LIAISON_LT));
        try (var ignored = as("liaison-lt")) {
            assertThatThrownBy(() -> attendance.answer(meeting, AttendanceAnswer.YES, "Ї".repeat(301)))
                    .isInstanceOfSatisfying(AttendanceRefusedException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.NOTE_TOO_LONG));
            assertThatThrownBy(() -> attendance.answer(meeting, null, null))
                    .isInstanceOfSatisfying(AttendanceRefusedException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.ANSWER_REQUIRED));
            // the demo embassy meeting of September 2025: she is invited and answered yes before it
            var demo = attendance.attendanceOf(TestMeetings.SHARED_WITH_LITHUANIA);
            assertThat(demo.mine().answer()).isEqualTo(AttendanceAnswer.YES);
            assertThat(demo.mayAnswer()).isFalse();
            assertThatThrownBy(() -> attendance.answer(TestMeetings.SHARED_WITH_LITHUANIA, AttendanceAnswer.NO, null))
                    .isInstanceOfSatisfying(AttendanceRefusedException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.MEETING_STARTED));
            assertThat(attendance.attendanceOf(TestMeetings.SHARED_WITH_LITHUANIA).mine().answer())
                    .isEqualTo(AttendanceAnswer.YES);
        }
        assertThat(answersOf(meeting)).isZero();
    }
}
