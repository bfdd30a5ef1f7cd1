package ua.cooperation.portal.meeting;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import ua.cooperation.portal.base.ConcurrentEditException;
import ua.cooperation.portal.base.RecordNotFoundException;
import ua.cooperation.portal.notification.FollowService;
import ua.cooperation.portal.translation.TextOwnerKind;
import ua.cooperation.portal.testsupport.IntegrationTest;
import ua.cooperation.portal.testsupport.TestMeetings;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ua.cooperation.portal.meeting.AgendaPointRefusedException.Reason;
import static ua.cooperation.portal.testsupport.SignedIn.as;

/**
 * Agenda points from partners (issue 21): a liaison proposes a point for an upcoming meeting of her country, the office
 * accepts it into the agenda or answers it, she may withdraw it while it is proposed; nothing for a meeting she may
 * not see, nor after the meeting started.
 */
@IntegrationTest
class AgendaPointServiceTest {

    private static final Locale UK = Locale.forLanguageTag("uk");
    private static final long OFFICER = 2;
    private static final long LIAISON_LT = 4;
    private static final long LIAISON_PL = 5;

    @Autowired
    AgendaPointService agendaPoints;
    @Autowired
    MeetingService meetings;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    FollowService follows;

    private static final long HEAD = 3;

    /** An upcoming meeting (2031, outside every other test's window) of {@code countries}, recorded by the officer. */
    private long upcomingMeeting(String title, Set<String> countries, boolean shared) {
        try (var ignored = as("officer")) {
            var start = Instant.parse("2031-06-02T07:00:00Z");
            return meetings.create(new MeetingChanges(null, 0, MeetingType.EMBASSY_MEETING, title, start,
                    start.plus(2, ChronoUnit.HOURS), "Київ", null, countries, Set.of(), Set.of(OFFICER, LIAISON_LT),
                    Set.of(), "1. Оздоровлення дітей.", null, null, shared), UK).id();
        }
    }

    private int notifications(long recipient, String kind, long meetingId) {
        return jdbc.queryForObject("select count(*) from notification where recipient_id = ? and event_kind = ?"
                + " and subject_kind = 'MEETING' and subject_id = ?", Integer.class, recipient, kind, meetingId);
    }

    private int pointsOf(long meetingId) {
        return jdbc.queryForObject("select count(*) from meeting_agenda_point where meeting_id = ?", Integer.class,
                meetingId);
    }

    @Test
    void a_liaison_proposes_a_point_and_the_responsible_officer_is_told() {
        long meeting = upcomingMeeting("Агенда: пропозиція литовської сторони", Set.of("LT"), true);
        try (var ignored = as("head")) {
            follows.follow(TextOwnerKind.MEETING, meeting);
        }
        AgendaPointView proposed;
        try (var ignored = as("liaison-lt")) {
            proposed = agendaPoints.propose(meeting, "  Обмін досвідом щодо відпочинку дітей у Друскінінкаї  ");
            assertThat(proposed.status()).isEqualTo(AgendaPointStatus.PROPOSED);
            assertThat(proposed.text()).isEqualTo("Обмін досвідом щодо відпочинку дітей у Друскінінкаї");
            var hers = agendaPoints.agendaPointsOf(meeting);
            assertThat(hers.mayPropose()).isTrue();
            assertThat(hers.mayDecide()).isFalse();
            assertThat(hers.points()).singleElement().satisfies(p -> {
                assertThat(p.mayWithdraw()).isTrue();
                assertThat(p.proposedBy()).isNotNull();
            });
        }
        assertThat(notifications(OFFICER, "AGENDA_POINT_PROPOSED", meeting)).isEqualTo(1);
        assertThat(notifications(LIAISON_LT, "AGENDA_POINT_PROPOSED", meeting)).as("not the actor").isZero();
        assertThat(notifications(HEAD, "AGENDA_POINT_PROPOSED", meeting)).as("a staff follower").isEqualTo(1);
        try (var ignored = as("officer")) {
            var office = agendaPoints.agendaPointsOf(meeting);
            assertThat(office.mayDecide()).isTrue();
            assertThat(office.points()).singleElement().satisfies(p -> {
                assertThat(p.id()).isEqualTo(proposed.id());
                assertThat(p.mayWithdraw()).isFalse();
            });
        }
    }

    @Test
    void the_office_accepts_a_point_into_the_agenda_which_marks_its_translations_outdated() {
        long meeting = upcomingMeeting("Агенда: прийняття пункту", Set.of("LT"), true);
        try (var ignored = as("head")) {
            follows.follow(TextOwnerKind.MEETING, meeting);
        }
        long pointId;
        try (var ignored = as("liaison-lt")) {
            pointId = agendaPoints.propose(meeting, "Співпраця шкіл").id();
        }
        jdbc.update("insert into content_translation (version, owner_kind, owner_id, field, language, text, outdated,"
                + " changed_at, changed_by) values (0, 'MEETING', ?, 'agenda', 'en', '1. Children''s rest.', false,"
                + " current_timestamp, 'officer')", meeting);
        try (var ignored = as("officer")) {
            var before = meetings.findVisibleById(meeting, UK).orElseThrow();
            var point = agendaPoints.agendaPointsOf(meeting).points().getFirst();
            var saved = agendaPoints.accept(pointId, point.version(), before.version(), UK);
            assertThat(saved.agenda()).isEqualTo("1. Оздоровлення дітей.\n• Співпраця шкіл");
            assertThat(saved.version()).isGreaterThan(before.version());
            assertThat(agendaPoints.agendaPointsOf(meeting).points().getFirst().status())
                    .isEqualTo(AgendaPointStatus.ACCEPTED);
            assertThatThrownBy(() -> agendaPoints.accept(pointId, point.version() + 1, saved.version(), UK))
                    .isInstanceOfSatisfying(AgendaPointRefusedException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.NOT_OPEN));
        }
        assertThat(jdbc.queryForObject("select outdated from content_translation where owner_kind = 'MEETING'"
                + " and owner_id = ? and field = 'agenda' and language = 'en'", Boolean.class, meeting)).isTrue();
        assertThat(notifications(LIAISON_LT, "AGENDA_POINT_ACCEPTED", meeting)).isEqualTo(1);
        assertThat(notifications(HEAD, "AGENDA_POINT_ACCEPTED", meeting)).as("told to the proposer only").isZero();
        assertThat(notifications(HEAD, "MEETING_CHANGED", meeting) + notifications(HEAD, "RECORD_CHANGED", meeting))
                .as("the follower hears of the changed agenda").isEqualTo(1);
        try (var ignored = as("liaison-lt")) {
            var shown = agendaPoints.agendaPointsOf(meeting).points().getFirst();
            assertThat(shown.status()).isEqualTo(AgendaPointStatus.ACCEPTED);
            assertThat(shown.answeredBy()).as("staff names withheld from partners").isNull();
            assertThat(shown.mayWithdraw()).isFalse();
        }
    }

    @Test
    void accepting_on_top_of_a_stale_meeting_is_a_conflict_and_changes_nothing() {
        long meeting = upcomingMeeting("Агенда: конфлікт", Set.of("LT"), true);
        long pointId;
        try (var ignored = as("liaison-lt")) {
            pointId = agendaPoints.propose(meeting, "Реабілітація ветеранів").id();
        }
        try (var ignored = as("officer")) {
            var stale = meetings.findVisibleById(meeting, UK).orElseThrow();
            meetings.update(stale.toChanges().withVersion(stale.version()), UK);
            assertThatThrownBy(() -> agendaPoints.accept(pointId, 0, stale.version(), UK))
                    .isInstanceOf(ConcurrentEditException.class);
            assertThat(meetings.findVisibleById(meeting, UK).orElseThrow().agenda())
                    .isEqualTo("1. Оздоровлення дітей.");
            assertThat(agendaPoints.agendaPointsOf(meeting).points().getFirst().status())
                    .isEqualTo(AgendaPointStatus.PROPOSED);
        }
    }

    @Test
    void the_office_answers_a_point_and_the_proposer_reads_the_answer_from_the_office() {
        long meeting = upcomingMeeting("Агенда: відповідь", Set.of("LT"), true);
        long pointId;
        try (var ignored = as("liaison-lt")) {
            pointId = agendaPoints.propose(meeting, "Культурний обмін").id();
        }
        try (var ignored = as("officer")) {
            assertThatThrownBy(() -> agendaPoints.answer(pointId, 0, "   "))
                    .isInstanceOfSatisfying(AgendaPointRefusedException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.ANSWER_REQUIRED));
            var answered = agendaPoints.answer(pointId, 0, "Обговоримо на наступній зустрічі");
            assertThat(answered.status()).isEqualTo(AgendaPointStatus.ANSWERED);
            assertThat(meetings.findVisibleById(meeting, UK).orElseThrow().agenda())
                    .as("not taken into the agenda").isEqualTo("1. Оздоровлення дітей.");
        }
        assertThat(notifications(LIAISON_LT, "AGENDA_POINT_ANSWERED", meeting)).isEqualTo(1);
        try (var ignored = as("liaison-lt")) {
            var shown = agendaPoints.agendaPointsOf(meeting).points().getFirst();
            assertThat(shown.answer()).isEqualTo("Обговоримо на наступній зустрічі");
            assertThat(shown.answeredBy()).isNull();
            assertThatThrownBy(() -> agendaPoints.withdraw(pointId, shown.version()))
                    .isInstanceOfSatisfying(AgendaPointRefusedException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.NOT_OPEN));
            assertThatThrownBy(() -> agendaPoints.answer(pointId, shown.version(), "ні"))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void the_proposer_withdraws_her_own_point_and_no_one_else_can() {
        long meeting = upcomingMeeting("Агенда: відкликання", Set.of("LT"), true);
        long pointId;
        try (var ignored = as("liaison-lt")) {
            pointId = agendaPoints.propose(meeting, "Пункт, який відкличуть").id();
        }
        try (var ignored = as("officer")) {
            assertThatThrownBy(() -> agendaPoints.withdraw(pointId, 0)).isInstanceOf(RecordNotFoundException.class);
        }
        try (var ignored = as("liaison-lt")) {
            agendaPoints.withdraw(pointId, 0);
            assertThat(agendaPoints.agendaPointsOf(meeting).points()).isEmpty();
        }
        assertThat(pointsOf(meeting)).isZero();
    }

    @Test
    void empty_over_long_and_late_points_are_refused_and_nothing_is_stored() {
        long meeting = upcomingMeeting("Агенда: відмови", Set.of("LT"), true);
        try (var ignored = as("liaison-lt")) {
            assertThatThrownBy(() -> agendaPoints.propose(meeting, " \n "))
                    .isInstanceOfSatisfying(AgendaPointRefusedException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.TEXT_REQUIRED));
            assertThatThrownBy(() -> agendaPoints.propose(meeting, "Ї".repeat(1001)))
                    .isInstanceOfSatisfying(AgendaPointRefusedException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.TEXT_TOO_LONG));
            int before = pointsOf(TestMeetings.SHARED_WITH_LITHUANIA);
            assertThatThrownBy(() -> agendaPoints.propose(TestMeetings.SHARED_WITH_LITHUANIA, "Запізно"))
                    .isInstanceOfSatisfying(AgendaPointRefusedException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.MEETING_STARTED));
            assertThat(pointsOf(TestMeetings.SHARED_WITH_LITHUANIA)).isEqualTo(before);
            assertThat(agendaPoints.agendaPointsOf(TestMeetings.SHARED_WITH_LITHUANIA).mayPropose()).isFalse();
        }
        assertThat(pointsOf(meeting)).isZero();
    }

    @Test
    void the_polish_liaison_finds_nothing_of_lithuanian_and_internal_meetings_and_stores_nothing() {
        long lithuanian = upcomingMeeting("Агенда: литовська зустріч", Set.of("LT"), true);
        long internal = upcomingMeeting("Агенда: внутрішня польська зустріч", Set.of("PL"), false);
        long pointId;
        try (var ignored = as("liaison-lt")) {
            pointId = agendaPoints.propose(lithuanian, "Литовський пункт").id();
        }
        try (var ignored = as("liaison-pl")) {
            for (long meeting : new long[]{lithuanian, internal, TestMeetings.MISSING}) {
                assertThatThrownBy(() -> agendaPoints.propose(meeting, "Польський пункт"))
                        .isInstanceOf(RecordNotFoundException.class);
                assertThatThrownBy(() -> agendaPoints.agendaPointsOf(meeting))
                        .isInstanceOf(RecordNotFoundException.class);
            }
            assertThatThrownBy(() -> agendaPoints.withdraw(pointId, 0)).isInstanceOf(RecordNotFoundException.class);
        }
        assertThat(pointsOf(lithuanian)).isEqualTo(1);
        assertThat(pointsOf(internal)).isZero();
        assertThat(notifications(LIAISON_PL, "AGENDA_POINT_PROPOSED", lithuanian)).isZero();
    }

    @Test
    void on_a_meeting_of_two_countries_a_liaison_reads_only_the_points_of_her_country() {
        long both = upcomingMeeting("Агенда: зустріч двох країн", Set.of("LT", "PL"), true);
        try (var ignored = as("liaison-pl")) {
            follows.follow(TextOwnerKind.MEETING, both);
        }
        try (var ignored = as("liaison-lt")) {
            agendaPoints.propose(both, "Пункт литовської сторони");
        }
        try (var ignored = as("liaison-pl")) {
            assertThat(agendaPoints.agendaPointsOf(both).points()).isEmpty();
        }
        assertThat(notifications(LIAISON_PL, "AGENDA_POINT_PROPOSED", both))
                .as("a partner following the meeting is not told of another country's point").isZero();
        try (var ignored = as("officer")) {
            assertThat(agendaPoints.agendaPointsOf(both).points()).hasSize(1);
        }
    }
}
