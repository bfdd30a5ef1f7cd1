package ua.cooperation.portal.meeting.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ua.cooperation.portal.dashboard.DashboardService;
import ua.cooperation.portal.meeting.DecisionRegisterFilter;
import ua.cooperation.portal.meeting.DecisionRegisterItem;
import ua.cooperation.portal.meeting.DecisionRegisterService;
import ua.cooperation.portal.meeting.FollowUpState;
import ua.cooperation.portal.meeting.MeetingFilter;
import ua.cooperation.portal.meeting.MeetingListItem;
import ua.cooperation.portal.meeting.MeetingService;
import ua.cooperation.portal.meeting.MeetingType;
import ua.cooperation.portal.partnership.CooperationArea;
import ua.cooperation.portal.programme.TargetGroup;
import ua.cooperation.portal.testsupport.KaribuTest;
import ua.cooperation.portal.testsupport.TestMeetings;
import ua.cooperation.portal.meeting.DecisionChanges;
import ua.cooperation.portal.visit.VisitChanges;
import ua.cooperation.portal.visit.VisitDirection;
import ua.cooperation.portal.visit.VisitReportService;
import ua.cooperation.portal.visit.VisitService;
import com.vaadin.flow.component.html.Anchor;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The decision register and the meetings' topics driven without a browser (issue 22): filters come from the address and
 * the count says the rows, the export is offered, a liaison sees only her countries' shared meetings' decisions, the
 * meeting form saves topics that the meetings list filters by, and the dashboard counts them.
 */
class DecisionRegisterViewsTest extends KaribuTest {

    private static final Locale UK = Locale.forLanguageTag("uk");

    @Autowired
    DecisionRegisterService register;
    @Autowired
    MeetingService meetings;
    @Autowired
    DashboardService dashboards;
    @Autowired
    VisitService visits;
    @Autowired
    VisitReportService reports;

    @Test
    void the_address_filters_the_register_and_the_count_says_how_many_rows() {
        signInAs("officer");
        UI.getCurrent().navigate(DecisionRegisterView.class, QueryParameters.fromString(
                "country=LT&area=CHILDREN_RECREATION&type=EMBASSY_MEETING&from=2025-01-01&to=2025-12-31"));
        assertThat(_get(ComboBox.class, spec -> spec.withId(DecisionRegisterView.ID_AREA)).getValue())
                .isEqualTo(CooperationArea.CHILDREN_RECREATION);
        assertThat(_get(Select.class, spec -> spec.withId(DecisionRegisterView.ID_TYPE)).getValue())
                .isEqualTo(MeetingType.EMBASSY_MEETING);
        var rows = rows();
        // the demo's decision on the children's summer rest in Lithuania carries the area itself
        assertThat(rows).extracting(DecisionRegisterItem::id).contains(1L);
        assertThat(rows).allMatch(d -> d.countryCodes().contains("LT")
                && d.meetingType() == MeetingType.EMBASSY_MEETING && d.areas().contains(CooperationArea.CHILDREN_RECREATION));
        assertThat(_get(Span.class, spec -> spec.withId(DecisionRegisterView.ID_COUNT)).getText())
                .isEqualTo("Рішень: " + rows.size());
        // the export of what the list shows
        _get(HorizontalLayout.class, spec -> spec.withId(DecisionRegisterView.ID_EXPORTS));

        UI.getCurrent().navigate(DecisionRegisterView.class, QueryParameters.fromString("followup=NONE&group=CHILDREN"));
        assertThat(_get(Select.class, spec -> spec.withId(DecisionRegisterView.ID_FOLLOW_UP)).getValue())
                .isEqualTo(FollowUpState.NONE);
        var none = rows();
        assertThat(none).allMatch(d -> d.followUp() == FollowUpState.NONE && d.targetGroups().contains(TargetGroup.CHILDREN));
        assertThat(none).hasSize((int) register.countVisible(DecisionRegisterFilter.none()
                .withFollowUp(FollowUpState.NONE).withTopics(null, TargetGroup.CHILDREN)));
        assertThat(_get(Span.class, spec -> spec.withId(DecisionRegisterView.ID_COUNT)).getText())
                .isEqualTo("Рішень: " + none.size());
    }

    @Test
    void a_liaison_sees_only_the_decisions_of_her_countries_shared_meetings() {
        signInAs("liaison-lt", Locale.ENGLISH);
        UI.getCurrent().navigate(DecisionRegisterView.class);
        var rows = rows();
        assertThat(rows).isNotEmpty().extracting(DecisionRegisterItem::meetingId).doesNotContain(2L, 3L);
        assertThat(rows).allMatch(d -> d.countryCodes().contains("LT"));
        assertThat(_get(Span.class, spec -> spec.withId(DecisionRegisterView.ID_COUNT)).getText())
                .isEqualTo(rows.size() + " decisions");
        // a country outside her scope in the address finds nothing, never an error
        UI.getCurrent().navigate(DecisionRegisterView.class, QueryParameters.fromString("country=PL"));
        assertThat(rows()).isEmpty();
    }

    /** Issue 22: a decision of a visit's report meeting names the visit as its source; the meeting links to it. */
    @Test
    void a_decision_recorded_on_a_visit_shows_the_visit_as_its_source_and_its_meeting_links_to_the_visit() {
        signInAs("officer");
        var word = "Джерело " + UUID.randomUUID().toString().substring(0, 8);
        var visit = visits.create(new VisitChanges(null, 0, VisitDirection.INCOMING, "Візит " + word, null, "LT",
                "Каунас", null, java.time.LocalDate.of(2025, 9, 1), java.time.LocalDate.of(2025, 9, 2), Set.of("LT"),
                Set.of(), Set.of(), true, null, null), UK);
        var decision = reports.saveDecision(visit.id(), new DecisionChanges(null, 0, "Рішення " + word,
                java.time.LocalDate.of(2025, 9, 2), null));
        UI.getCurrent().navigate(DecisionRegisterView.class, QueryParameters.of("q", word));
        assertThat(rows()).extracting(DecisionRegisterItem::id).containsExactly(decision.id());
        var source = visitSource(decision.id());
        assertThat(source.getHref()).isEqualTo("visits/" + visit.id());
        assertThat(source.getText()).isEqualTo("Візит " + word + " (візит)");

        // the report meeting's page links to the visit; so does the demo meeting on the Vilnius visit's programme
        long reportMeeting = rows().getFirst().meetingId();
        UI.getCurrent().navigate(MeetingDetailsView.class, ua.cooperation.portal.base.ui.RouteIds.of(
                MeetingDetailsView.PARAM_ID, reportMeeting));
        assertThat(_get(Anchor.class, spec -> spec.withId(MeetingDetailsView.ID_VISIT_LINK)).getHref())
                .isEqualTo("visits/" + visit.id());
        UI.getCurrent().navigate(MeetingDetailsView.class, ua.cooperation.portal.base.ui.RouteIds.of(
                MeetingDetailsView.PARAM_ID, 2L));
        assertThat(_get(Anchor.class, spec -> spec.withId(MeetingDetailsView.ID_VISIT_LINK)).getHref())
                .isEqualTo("visits/1");

        // the Lithuanian liaison reads the shared visit's decision with its source; a meeting of no visit has no link
        signInAs("liaison-lt", Locale.ENGLISH);
        UI.getCurrent().navigate(DecisionRegisterView.class, QueryParameters.of("q", word));
        assertThat(visitSource(decision.id()).getText()).isEqualTo("Візит " + word + " (visit)");
        UI.getCurrent().navigate(MeetingDetailsView.class, ua.cooperation.portal.base.ui.RouteIds.of(
                MeetingDetailsView.PARAM_ID, 1L));
        assertThat(_find(Anchor.class, spec -> spec.withId(MeetingDetailsView.ID_VISIT_LINK))).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static Anchor visitSource(long decisionId) {
        Grid<DecisionRegisterItem> grid = _get(Grid.class, spec -> spec.withId(DecisionRegisterView.ID_GRID));
        var cell = com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(grid, 0, "meeting");
        return (Anchor) cell.getChildren().filter(c -> c.getId().filter(("decisions-visit-" + decisionId)::equals)
                .isPresent()).findFirst().orElseThrow();
    }

    @Test
    void topics_saved_on_the_meeting_form_filter_the_meetings_list_and_count_on_the_dashboard() {
        signInAs("officer");
        var title = "Теми " + UUID.randomUUID().toString().substring(0, 8);
        var id = TestMeetings.newInternalMeeting(meetings, title);
        var before = dashboards.topicCounts().byArea().stream()
                .filter(c -> c.key() == CooperationArea.HEALTHCARE).findFirst().orElseThrow().meetings();
        var form = new MeetingForm(null, UK);
        form.read(meetings.findVisibleById(id, UK).orElseThrow());
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<CooperationArea> areas = form.areas;
        assertThat(areas.getId()).contains(MeetingForm.ID_AREAS);
        assertThat(form.targetGroups.getId()).contains(MeetingForm.ID_TARGET_GROUPS);
        areas.setValue(Set.of(CooperationArea.HEALTHCARE));
        form.targetGroups.setValue(Set.of(TargetGroup.HEALTH_WORKERS));
        var saved = meetings.update(form.writeIfValid().orElseThrow(), UK);
        assertThat(saved.areas()).containsExactly(CooperationArea.HEALTHCARE);
        assertThat(saved.targetGroups()).containsExactly(TargetGroup.HEALTH_WORKERS);

        UI.getCurrent().navigate(MeetingListView.class, QueryParameters.fromString("area=HEALTHCARE&group=HEALTH_WORKERS"));
        var listed = meetingRows();
        assertThat(listed).extracting(MeetingListItem::id).contains(id);
        assertThat(listed).hasSize((int) meetings.countVisible(MeetingFilter.none()
                .withTopics(CooperationArea.HEALTHCARE, TargetGroup.HEALTH_WORKERS)));
        assertThat(meetings.countVisible(MeetingFilter.none().withTopics(CooperationArea.ECONOMY, null)))
                .isLessThan(meetings.countVisible(MeetingFilter.none()));
        var after = dashboards.topicCounts().byArea().stream()
                .filter(c -> c.key() == CooperationArea.HEALTHCARE).findFirst().orElseThrow().meetings();
        assertThat(after).isEqualTo(before + 1);
    }

    @Test
    void the_dashboard_counts_meetings_and_decisions_by_area_in_the_readers_scope() {
        signInAs("liaison-pl");
        var polish = dashboards.topicCounts();
        signInAs("liaison-lt");
        var lithuanian = dashboards.topicCounts();
        // the demo's Lithuanian meeting is about children's recreation, and so is its first decision
        assertThat(count(lithuanian, CooperationArea.CHILDREN_RECREATION).meetings()).isPositive();
        assertThat(count(lithuanian, CooperationArea.CHILDREN_RECREATION).decisions()).isPositive();
        assertThat(count(polish, CooperationArea.CHILDREN_RECREATION).decisions())
                .isLessThan(count(lithuanian, CooperationArea.CHILDREN_RECREATION).decisions());
        UI.getCurrent().navigate("");
        _get(com.vaadin.flow.component.html.Section.class, spec -> spec.withId("dashboard-topics"));
    }

    private static ua.cooperation.portal.dashboard.TopicCounts.TopicCount<CooperationArea> count(
            ua.cooperation.portal.dashboard.TopicCounts counts, CooperationArea area) {
        return counts.byArea().stream().filter(c -> c.key() == area).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static List<DecisionRegisterItem> rows() {
        Grid<DecisionRegisterItem> grid = _get(Grid.class, spec -> spec.withId(DecisionRegisterView.ID_GRID));
        return IntStream.range(0, _size(grid)).mapToObj(i -> _get(grid, i)).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<MeetingListItem> meetingRows() {
        Grid<MeetingListItem> grid = _get(Grid.class, spec -> spec.withId(MeetingListView.ID_GRID));
        return IntStream.range(0, _size(grid)).mapToObj(i -> _get(grid, i)).toList();
    }
}
