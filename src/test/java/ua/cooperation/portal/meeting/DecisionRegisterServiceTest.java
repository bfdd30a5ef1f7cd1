package ua.cooperation.portal.meeting;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import ua.cooperation.portal.base.ListCount;
import ua.cooperation.portal.partnership.CooperationArea;
import ua.cooperation.portal.programme.TargetGroup;
import ua.cooperation.portal.testsupport.IntegrationTest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static ua.cooperation.portal.testsupport.SignedIn.as;

/**
 * The decision register (issue 22): every decision of the meetings the reader may see, with its follow-up state derived
 * from its action items in the query; scope (officer, liaison-lt, liaison-pl), each filter, and the count equal to the
 * list, on decisions each test run makes with a text of its own.
 */
@IntegrationTest
class DecisionRegisterServiceTest {

    private static final Locale UK = Locale.forLanguageTag("uk");
    private static final long OFFICER_USER = 2;
    private static final Pageable PAGE = PageRequest.of(0, 100);

    @Autowired
    MeetingService meetings;
    @Autowired
    DecisionService decisionService;
    @Autowired
    ActionItemService actionItems;
    @Autowired
    DecisionRegisterService register;

    private String run;
    private LocalDate today;
    private long sharedLt;
    private long internalLt;
    private long sharedPl;

    @BeforeEach
    void decisions_of_three_meetings() {
        run = "reg-" + UUID.randomUUID().toString().substring(0, 8);
        try (var ignored = as("officer")) {
            today = actionItems.today();
            // the Lithuanian shared meeting is about veterans and children; its decisions:
            sharedLt = meetings.create(meeting(run + " LT shared", MeetingType.EMBASSY_MEETING, Set.of("LT", "UA"),
                    true).withTopics(Set.of(CooperationArea.VETERANS), Set.of(TargetGroup.CHILDREN)), UK).id();
            internalLt = meetings.create(meeting(run + " LT internal", MeetingType.VIDEO_CALL, Set.of("LT"), false),
                    UK).id();
            sharedPl = meetings.create(meeting(run + " PL shared", MeetingType.WORKING_VISIT, Set.of("PL"), true),
                    UK).id();
            // none: no action items; topics as the meeting's
            decide(sharedLt, "alpha none", LocalDate.of(2026, 1, 10), Set.of(), Set.of());
            // open: an item due in the future; its own topic (education), so not the meeting's veterans
            var open = decide(sharedLt, "beta open", LocalDate.of(2026, 1, 11), Set.of(CooperationArea.EDUCATION),
                    Set.of());
            item(sharedLt, open, "open later", today.plusDays(3), ActionItemStatus.OPEN);
            item(sharedLt, open, "done earlier", today.minusDays(3), ActionItemStatus.DONE);
            // overdue: an item in progress due yesterday beside one due today
            var overdue = decide(sharedLt, "gamma overdue", LocalDate.of(2026, 1, 12), Set.of(), Set.of());
            item(sharedLt, overdue, "late", today.minusDays(1), ActionItemStatus.IN_PROGRESS);
            item(sharedLt, overdue, "today", today, ActionItemStatus.OPEN);
            // done: every item done or cancelled, one of them long past its date
            var done = decide(internalLt, "delta done", LocalDate.of(2026, 2, 1), Set.of(),
                    Set.of(TargetGroup.VETERANS));
            item(internalLt, done, "finished", today.minusDays(30), ActionItemStatus.DONE);
            item(internalLt, done, "dropped", today.minusDays(5), ActionItemStatus.CANCELLED);
            decide(sharedPl, "epsilon polish", LocalDate.of(2026, 3, 1), Set.of(CooperationArea.VETERANS), Set.of());
        }
    }

    @Test
    void staff_see_every_decision_and_liaisons_those_of_their_countries_shared_meetings() {
        try (var ignored = as("officer")) {
            assertThat(texts(mine())).containsExactly("epsilon polish", "delta done", "gamma overdue", "beta open",
                    "alpha none");
        }
        try (var ignored = as("liaison-lt")) {
            assertThat(texts(mine())).containsExactly("gamma overdue", "beta open", "alpha none");
            // filters outside her scope find nothing, never an error
            assertThat(texts(mine().withCountry("PL"))).isEmpty();
            assertThat(texts(mine().withType(MeetingType.VIDEO_CALL))).isEmpty();
            assertThat(texts(mine().withFollowUp(FollowUpState.DONE))).isEmpty();
        }
        try (var ignored = as("liaison-pl")) {
            assertThat(texts(mine())).containsExactly("epsilon polish");
        }
        // the export's rows by id: decisions of internal and Polish meetings, asked for directly, give nothing
        List<Long> hidden;
        try (var ignored = as("officer")) {
            hidden = register.findVisible(mine(), PAGE, UK).stream()
                    .filter(d -> d.shownText().text().contains("delta") || d.shownText().text().contains("epsilon"))
                    .map(DecisionRegisterItem::id).toList();
        }
        assertThat(hidden).hasSize(2);
        try (var ignored = as("liaison-lt")) {
            assertThat(register.findVisibleByIds(hidden, UK)).isEmpty();
            assertThat(register.findVisibleIds(mine(), Sort.unsorted())).hasSize(3);
        }
    }

    @Test
    void the_follow_up_state_comes_from_the_action_items_and_filters_in_the_query() {
        try (var ignored = as("officer")) {
            var byText = new java.util.HashMap<String, FollowUpState>();
            register.findVisible(mine(), PAGE, UK).forEach(d -> byText.put(strip(d.shownText().text()), d.followUp()));
            assertThat(byText).containsEntry("alpha none", FollowUpState.NONE)
                    .containsEntry("beta open", FollowUpState.OPEN)
                    .containsEntry("gamma overdue", FollowUpState.OVERDUE)
                    .containsEntry("delta done", FollowUpState.DONE)
                    .containsEntry("epsilon polish", FollowUpState.NONE);
            assertThat(texts(mine().withFollowUp(FollowUpState.NONE))).containsExactly("epsilon polish", "alpha none");
            assertThat(texts(mine().withFollowUp(FollowUpState.OPEN))).containsExactly("beta open");
            assertThat(texts(mine().withFollowUp(FollowUpState.OVERDUE))).containsExactly("gamma overdue");
            assertThat(texts(mine().withFollowUp(FollowUpState.DONE))).containsExactly("delta done");
        }
    }

    @Test
    void each_filter_narrows_the_register_and_the_count_equals_the_list() {
        try (var ignored = as("officer")) {
            // a topic: the decision's own, or its meeting's when it has none of its own
            assertThat(texts(mine().withTopics(CooperationArea.VETERANS, null)))
                    .containsExactly("epsilon polish", "gamma overdue", "alpha none");
            assertThat(texts(mine().withTopics(CooperationArea.EDUCATION, null))).containsExactly("beta open");
            assertThat(texts(mine().withTopics(null, TargetGroup.CHILDREN)))
                    .containsExactly("gamma overdue", "alpha none");
            assertThat(texts(mine().withTopics(null, TargetGroup.VETERANS))).containsExactly("delta done");
            assertThat(texts(mine().withCountry("LT"))).containsExactly("delta done", "gamma overdue", "beta open",
                    "alpha none");
            assertThat(texts(mine().withType(MeetingType.WORKING_VISIT))).containsExactly("epsilon polish");
            assertThat(texts(mine().withPeriod(LocalDate.of(2026, 1, 11), LocalDate.of(2026, 2, 1))))
                    .containsExactly("delta done", "gamma overdue", "beta open");
            assertThat(texts(mine().withText(run + " gamma"))).containsExactly("gamma overdue");
            // oldest first, and by meeting
            assertThat(texts(mine(), Sort.by(Sort.Direction.ASC, DecisionRegisterService.SORT_DATE)))
                    .containsExactly("alpha none", "beta open", "gamma overdue", "delta done", "epsilon polish");
            assertThat(texts(mine(), Sort.by(Sort.Direction.ASC, DecisionRegisterService.SORT_MEETING)))
                    .hasSize(5);
            // the topics shown: its own, or the meeting's (marked)
            var alpha = register.findVisible(mine().withText(run + " alpha"), PAGE, UK).getFirst();
            assertThat(alpha.topicsOfMeeting()).isTrue();
            assertThat(alpha.areas()).containsExactly(CooperationArea.VETERANS);
            assertThat(alpha.countryCodes()).containsExactlyInAnyOrder("LT", "UA");
            var beta = register.findVisible(mine().withText(run + " beta"), PAGE, UK).getFirst();
            assertThat(beta.topicsOfMeeting()).isFalse();
            assertThat(beta.areas()).containsExactly(CooperationArea.EDUCATION);
        }
        for (var user : List.of("officer", "liaison-lt", "liaison-pl")) {
            try (var ignored = as(user)) {
                for (var filter : filters()) {
                    var listed = register.findVisible(filter, PAGE, UK).size();
                    assertThat(register.countVisible(filter)).as(user + " " + filter).isEqualTo(listed);
                    assertThat(register.countVisibleUpTo(filter, ListCount.LABEL_LIMIT))
                            .as(user + " " + filter).isEqualTo(ListCount.exactly(listed));
                }
            }
        }
    }

    @Test
    void a_decision_keeps_its_own_topics_through_the_decision_service() {
        try (var ignored = as("officer")) {
            var saved = decisionService.saveDecision(sharedLt, new DecisionChanges(null, 0, run + " zeta",
                    LocalDate.of(2026, 1, 20), null).withTopics(Set.of(CooperationArea.HEALTHCARE),
                    Set.of(TargetGroup.HEALTH_WORKERS)));
            assertThat(saved.areas()).containsExactly(CooperationArea.HEALTHCARE);
            assertThat(saved.hasOwnTopics()).isTrue();
            var read = decisionService.decisionsOf(sharedLt, UK).stream().filter(d -> d.id() == saved.id())
                    .findFirst().orElseThrow();
            assertThat(read.targetGroups()).containsExactly(TargetGroup.HEALTH_WORKERS);
            // cleared: read with the meeting's again
            var cleared = decisionService.saveDecision(sharedLt, read.toChanges().withTopics(Set.of(), Set.of()));
            assertThat(cleared.hasOwnTopics()).isFalse();
            assertThat(texts(mine().withTopics(CooperationArea.HEALTHCARE, null))).isEmpty();
        }
    }

    @Test
    void the_action_items_list_filters_by_the_topics_of_the_items_decision_or_else_its_meeting() {
        try (var ignored = as("officer")) {
            var mine = ActionItemFilter.none().withText(run);
            assertThat(itemTitles(mine.withTopics(CooperationArea.VETERANS, null)))
                    .containsExactlyInAnyOrder("late", "today");
            assertThat(itemTitles(mine.withTopics(CooperationArea.EDUCATION, null)))
                    .containsExactlyInAnyOrder("open later", "done earlier");
            assertThat(itemTitles(mine.withTopics(null, TargetGroup.VETERANS)))
                    .containsExactlyInAnyOrder("finished", "dropped");
            assertThat(itemTitles(mine.withTopics(null, TargetGroup.CHILDREN)))
                    .containsExactlyInAnyOrder("late", "today");
            assertThat(actionItems.countActionItems(mine.withTopics(CooperationArea.VETERANS, null))).isEqualTo(2);
        }
        try (var ignored = as("liaison-lt")) {
            assertThat(itemTitles(ActionItemFilter.none().withText(run).withTopics(null, TargetGroup.VETERANS)))
                    .isEmpty();
        }
    }

    private List<String> itemTitles(ActionItemFilter filter) {
        return actionItems.findActionItems(filter, PAGE, UK).stream().map(i -> strip(i.title())).toList();
    }

    private List<DecisionRegisterFilter> filters() {
        var filters = new ArrayList<DecisionRegisterFilter>();
        filters.add(mine());
        for (var state : FollowUpState.values()) {
            filters.add(mine().withFollowUp(state));
        }
        filters.add(mine().withTopics(CooperationArea.VETERANS, null));
        filters.add(mine().withTopics(null, TargetGroup.CHILDREN));
        filters.add(mine().withCountry("LT"));
        filters.add(mine().withCountry("PL"));
        filters.add(mine().withType(MeetingType.EMBASSY_MEETING));
        filters.add(mine().withPeriod(LocalDate.of(2026, 1, 11), null));
        return filters;
    }

    private DecisionRegisterFilter mine() {
        return DecisionRegisterFilter.none().withText(run);
    }

    private List<String> texts(DecisionRegisterFilter filter) {
        return texts(filter, Sort.unsorted());
    }

    private List<String> texts(DecisionRegisterFilter filter, Sort sort) {
        return register.findVisible(filter, PageRequest.of(0, 100, sort), UK).stream()
                .map(d -> strip(d.shownText().text())).toList();
    }

    private String strip(String text) {
        return text.replace(run + " ", "");
    }

    private long decide(long meetingId, String text, LocalDate day, Set<CooperationArea> areas,
                        Set<TargetGroup> groups) {
        return decisionService.saveDecision(meetingId, new DecisionChanges(null, 0, run + " " + text, day, null)
                .withTopics(areas, groups)).id();
    }

    private void item(long meetingId, long decisionId, String title, LocalDate due, ActionItemStatus status) {
        actionItems.saveActionItem(new ActionItemChanges(null, 0, meetingId, decisionId, run + " " + title,
                OFFICER_USER, null, due, status, null, null, null), UK);
    }

    private static MeetingChanges meeting(String title, MeetingType type, Set<String> countries, boolean shared) {
        var start = Instant.parse("2026-01-10T08:00:00Z");
        return new MeetingChanges(null, 0, type, title, start, start.plus(1, ChronoUnit.HOURS), null,
                "https://meet.jit.si/reg-" + Math.abs(title.hashCode()), countries, Set.of(3L), Set.of(OFFICER_USER),
                Set.of(), "Порядок денний", "Протокол", "Внутрішнє", shared);
    }
}
