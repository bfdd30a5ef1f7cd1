package ua.cooperation.portal.meeting.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ua.cooperation.portal.meeting.AgendaPointService;
import ua.cooperation.portal.meeting.AgendaPointStatus;
import ua.cooperation.portal.meeting.AttendanceSheet;
import ua.cooperation.portal.meeting.MeetingChanges;
import ua.cooperation.portal.meeting.MeetingService;
import ua.cooperation.portal.meeting.MeetingType;
import ua.cooperation.portal.testsupport.KaribuTest;
import ua.cooperation.portal.testsupport.SignedIn;
import ua.cooperation.portal.testsupport.TestMeetings;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 21 on the meeting page: the Lithuanian liaison proposes an agenda point and answers that she attends, the
 * officer takes a point into the agenda and answers another, and sees who attends.
 */
class AgendaAndAttendanceViewsTest extends KaribuTest {

    private static final Locale UK = Locale.forLanguageTag("uk");
    private static final long OFFICER = 2;
    private static final long LIAISON_LT = 4;

    @Autowired
    MeetingService meetings;
    @Autowired
    AgendaPointService agendaPoints;

    private long upcomingMeeting(String title) {
        try (var ignored = SignedIn.as("officer")) {
            var start = Instant.parse("2031-09-22T08:00:00Z");
            return meetings.create(new MeetingChanges(null, 0, MeetingType.EMBASSY_MEETING, title, start,
                    start.plus(90, ChronoUnit.MINUTES), "Київ", null, Set.of("LT"), Set.of(),
                    Set.of(OFFICER, LIAISON_LT), Set.of(), "1. Оздоровлення дітей.", null, null, true), UK).id();
        }
    }

    private static void openTab(long meetingId, String tabId) {
        UI.getCurrent().navigate("meetings/" + meetingId);
        _get(TabSheet.class, spec -> spec.withId("meeting-tabs"))
                .setSelectedTab(_get(Tab.class, spec -> spec.withId(tabId)));
    }

    private static Button button(String id) {
        return _get(Button.class, spec -> spec.withId(id));
    }

    @Test
    void the_lithuanian_liaison_proposes_a_point_and_withdraws_it_after_confirming() {
        long meeting = upcomingMeeting("Вигляд: пункт литовської сторони");
        signInAs("liaison-lt");
        openTab(meeting, "meeting-tab-agenda-points");
        assertThat(_get(Paragraph.class, spec -> spec.withId("agenda-points-empty")).getText())
                .isEqualTo("Пунктів, запропонованих до порядку денного, ще немає.");
        _click(button("agenda-point-add"));
        var text = _get(TextArea.class, spec -> spec.withId("agenda-point-text"));
        assertThat(text.isInvalid()).as("an empty point is refused at the field").isTrue();
        assertThat(text.getErrorMessage()).isEqualTo("Напишіть текст пункту");

        text.setValue("Обмін досвідом щодо відпочинку дітей у Друскінінкаї");
        _click(button("agenda-point-add"));
        var point = agendaPoints.agendaPointsOf(meeting).points().getFirst();
        assertThat(point.status()).isEqualTo(AgendaPointStatus.PROPOSED);
        var card = _get(Div.class, spec -> spec.withId("agenda-point-" + point.id()));
        assertThat(card.getElement().getTextRecursively()).contains("Обмін досвідом", "Запропоновано");
        assertThat(_find(Button.class, spec -> spec.withId("agenda-point-accept-" + point.id()))).isEmpty();

        _click(button("agenda-point-withdraw-" + point.id()));
        _fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("agenda-point-withdraw-dialog")));
        assertThat(_find(Div.class, spec -> spec.withId("agenda-point-" + point.id()))).isEmpty();
        assertThat(agendaPoints.agendaPointsOf(meeting).points()).isEmpty();
    }

    @Test
    void the_officer_takes_one_point_into_the_agenda_and_answers_another() {
        long meeting = upcomingMeeting("Вигляд: офіс розглядає пункти");
        long first;
        long second;
        try (var ignored = SignedIn.as("liaison-lt")) {
            first = agendaPoints.propose(meeting, "Співпраця шкіл").id();
            second = agendaPoints.propose(meeting, "Культурний обмін").id();
        }
        signInAs("officer");
        openTab(meeting, "meeting-tab-agenda-points");
        assertThat(_find(TextArea.class, spec -> spec.withId("agenda-point-text"))).hasSize(1);
        _click(button("agenda-point-accept-" + first));
        assertThat(meetings.findVisibleById(meeting, UK).orElseThrow().agenda())
                .isEqualTo("1. Оздоровлення дітей.\n• Співпраця шкіл");
        assertThat(_find(Button.class, spec -> spec.withId("agenda-point-accept-" + first))).isEmpty();

        _click(button("agenda-point-answer-" + second));
        _click(button("agenda-point-answer-confirm"));
        var answer = _get(TextArea.class, spec -> spec.withId("agenda-point-answer-text"));
        assertThat(answer.isInvalid()).as("an empty answer is refused at the field").isTrue();
        answer.setValue("Обговоримо на наступній зустрічі");
        _click(button("agenda-point-answer-confirm"));
        assertThat(_get(Paragraph.class, spec -> spec.withId("agenda-point-" + second + "-answer")).getText())
                .contains("Обговоримо на наступній зустрічі");
        assertThat(_find(Button.class, spec -> spec.withId("agenda-point-answer-" + second))).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_liaison_answers_that_she_attends_and_the_officer_sees_who_attends() {
        long meeting = upcomingMeeting("Вигляд: участь");
        signInAs("liaison-lt");
        openTab(meeting, "meeting-tab-attendance");
        assertThat(_get(Span.class, spec -> spec.withId("attendance-summary")).getText())
                .isEqualTo("Буду: 0 · можливо: 0 · не буду: 0 · без відповіді: 2");
        _get(TextField.class, spec -> spec.withId("attendance-note")).setValue("З почесним консулом");
        _click(button("attendance-yes"));
        assertThat(_get(Span.class, spec -> spec.withId("attendance-summary")).getText())
                .isEqualTo("Буду: 1 · можливо: 0 · не буду: 0 · без відповіді: 1");
        var grid = (Grid<AttendanceSheet.Row>) _get(Grid.class, spec -> spec.withId("attendance-grid"));
        assertThat(_size(grid)).as("herself and the office").isEqualTo(2);
        assertThat(_get(grid, 1).name()).isNull();
        _click(button("attendance-maybe"));
        assertThat(_get(Span.class, spec -> spec.withId("attendance-summary")).getText())
                .isEqualTo("Буду: 0 · можливо: 1 · не буду: 0 · без відповіді: 1");

        signInAs("officer");
        openTab(meeting, "meeting-tab-attendance");
        var officers = (Grid<AttendanceSheet.Row>) _get(Grid.class, spec -> spec.withId("attendance-grid"));
        assertThat(_size(officers)).isEqualTo(2);
        assertThat(java.util.stream.IntStream.range(0, 2).mapToObj(i -> _get(officers, i)))
                .allSatisfy(row -> assertThat(row.name()).isNotNull())
                .anySatisfy(row -> assertThat(row.note()).isEqualTo("З почесним консулом"));
    }

    @Test
    void on_a_meeting_that_has_started_the_liaison_only_reads() {
        signInAs("liaison-lt");
        openTab(TestMeetings.SHARED_WITH_LITHUANIA, "meeting-tab-agenda-points");
        assertThat(_find(TextArea.class, spec -> spec.withId("agenda-point-text"))).isEmpty();
        assertThat(_find(Div.class, spec -> spec.withId("agenda-points")).getFirst().getElement()
                .getTextRecursively()).contains("Друскінінкаї");
        openTab(TestMeetings.SHARED_WITH_LITHUANIA, "meeting-tab-attendance");
        assertThat(_find(Button.class, spec -> spec.withId("attendance-yes"))).isEmpty();
        assertThat(_get(Span.class, spec -> spec.withId("attendance-summary")).getText()).startsWith("Буду: 1");
    }
}
