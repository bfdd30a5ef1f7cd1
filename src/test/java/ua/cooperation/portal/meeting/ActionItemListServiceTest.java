package ua.cooperation.portal.meeting;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import ua.cooperation.portal.testsupport.IntegrationTest;
import ua.cooperation.portal.testsupport.TestMeetings;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static ua.cooperation.portal.testsupport.SignedIn.as;

/**
 * The action items list of every owner: staff see all items, a liaison only those of meetings shared with partners
 * that concern one of their countries (the meetings' rule, in the query); the filters, their combinations, the
 * overdue rule (Europe/Kyiv today) and the orders, on items each test run makes with a title of its own.
 */
@IntegrationTest
class ActionItemListServiceTest {

    private static final Locale UK = Locale.forLanguageTag("uk");
    private static final long OFFICER_USER = 2;
    private static final long LIAISON_LT_USER = 4;
    private static final long PERSON_LT = 1;
    private static final long PERSON_UA = 3;
    private static final long PERSON_PL = 6;
    private static final Pageable PAGE = PageRequest.of(0, 100);

    @Autowired
    MeetingService meetings;
    @Autowired
    ActionItemService actionItemService;
    private String run;
    private long sharedLt;
    private long internalLt;
    private long sharedPl;
    private LocalDate today;

    @BeforeEach
    void items_in_three_meetings() {
        run = "ail-" + UUID.randomUUID().toString().substring(0, 8);
        try (var ignored = as("officer")) {
            today = actionItemService.today();
            sharedLt = meetings.create(meeting(run + " LT shared", Set.of("LT", "UA"), true), UK).id();
            internalLt = meetings.create(meeting(run + " LT internal", Set.of("LT"), false), UK).id();
            sharedPl = meetings.create(meeting(run + " PL shared", Set.of("PL"), true), UK).id();
            // in the Lithuanian shared meeting: overdue, due today, in progress overdue, done long ago
            save(sharedLt, "alpha overdue", OFFICER_USER, null, today.minusDays(1), ActionItemStatus.OPEN);
            save(sharedLt, "beta today", null, PERSON_LT, today, ActionItemStatus.OPEN);
            save(sharedLt, "gamma progress", LIAISON_LT_USER, null, today.minusDays(10), ActionItemStatus.IN_PROGRESS);
            save(sharedLt, "delta done", OFFICER_USER, null, today.minusDays(30), ActionItemStatus.DONE);
            // internal and Polish ones, which the Lithuanian liaison may not see
            save(internalLt, "epsilon internal", OFFICER_USER, null, today.minusDays(2), ActionItemStatus.OPEN);
            save(sharedPl, "zeta polish", null, PERSON_PL, today.minusDays(3), ActionItemStatus.OPEN);
            save(sharedPl, "eta ukrainian", null, PERSON_UA, today.plusDays(5), ActionItemStatus.CANCELLED);
        }
    }

    @Test
    void staff_see_the_items_of_every_meeting() {
        for (var user : List.of("officer", "head", "admin")) {
            try (var ignored = as(user)) {
                assertThat(titles(mine())).as(user).containsExactlyInAnyOrder("alpha overdue", "beta today",
                        "gamma progress", "delta done", "epsilon internal", "zeta polish", "eta ukrainian");
                assertThat(actionItemService.countActionItems(mine())).as(user).isEqualTo(7);
            }
        }
    }

    @Test
    void the_lithuanian_liaison_sees_only_the_items_of_shared_lithuanian_meetings() {
        try (var ignored = as("liaison-lt")) {
            assertThat(titles(mine())).containsExactlyInAnyOrder("alpha overdue", "beta today", "gamma progress",
                    "delta done");
            assertThat(actionItemService.countActionItems(mine())).isEqualTo(4);
            // a filter by a meeting she may not see, or by a person of another country, finds nothing
            assertThat(actionItemService.findActionItems(mine().withMeeting(internalLt), PAGE, UK)).isEmpty();
            assertThat(actionItemService.countActionItems(mine().withMeeting(sharedPl))).isZero();
            assertThat(actionItemService.findActionItems(mine().withMeeting(TestMeetings.MISSING), PAGE, UK)).isEmpty();
            assertThat(actionItemService.countActionItems(mine().withOwner(ActionItemOwner.person(PERSON_PL)))).isZero();
            assertThat(actionItemService.findActionItems(ActionItemFilter.none().withOwner(ActionItemOwner.person(PERSON_PL)),
                    PAGE, UK)).isEmpty();
            // her own country's person and the officer's items: only within her meetings
            assertThat(titles(mine().withOwner(ActionItemOwner.person(PERSON_LT)))).containsExactly("beta today");
            assertThat(titles(mine().withOwner(ActionItemOwner.user(OFFICER_USER))))
                    .containsExactlyInAnyOrder("alpha overdue", "delta done");
        }
        try (var ignored = as("liaison-pl")) {
            assertThat(titles(mine())).containsExactlyInAnyOrder("zeta polish", "eta ukrainian");
        }
        // the export's rows by id: the ids of the internal and the Polish items, asked for directly, give nothing
        java.util.List<Long> hidden;
        try (var ignored = as("officer")) {
            hidden = actionItemService.findActionItems(mine(), PAGE, UK).stream()
                    .filter(i -> i.title().contains("epsilon internal") || i.title().contains("zeta polish"))
                    .map(ActionItemView::id).toList();
        }
        assertThat(hidden).hasSize(2);
        try (var ignored = as("liaison-lt")) {
            assertThat(actionItemService.findActionItemsByIds(hidden, UK)).isEmpty();
            assertThat(actionItemService.findActionItemIds(mine(), org.springframework.data.domain.Sort.unsorted()))
                    .hasSize(4);
        }
    }

    @Test
    void a_liaisons_list_is_the_same_whether_her_meetings_are_probed_row_by_row_or_joined() {
        try (var ignored = as("liaison-lt")) {
            meetings.probeAbove(Integer.MAX_VALUE - 1);
            var joined = titles(mine());
            meetings.probeAbove(0);
            assertThat(meetings.probeInListOrder(MeetingFilter.none())).isTrue();
            assertThat(titles(mine())).isEqualTo(joined).containsExactly("delta done", "gamma progress",
                    "alpha overdue", "beta today");
        } finally {
            meetings.probeAbove(MeetingQueries.PROBE_THRESHOLD);
        }
    }

    @Test
    void overdue_means_open_or_in_progress_and_due_before_today_in_kyiv() {
        try (var ignored = as("officer")) {
            var overdue = actionItemService.findActionItems(mine().withOverdueOnly(true), PAGE, UK);
            assertThat(titles(mine().withOverdueOnly(true))).containsExactlyInAnyOrder("alpha overdue",
                    "gamma progress", "epsilon internal", "zeta polish");
            assertThat(overdue).allMatch(ActionItemView::overdue);
            // due today is not overdue yet; done and cancelled never are
            assertThat(actionItemService.findActionItems(mine(), PAGE, UK)).filteredOn(i -> !i.overdue())
                    .extracting(i -> i.title().substring(run.length() + 1))
                    .containsExactlyInAnyOrder("beta today", "delta done", "eta ukrainian");
            assertThat(actionItemService.countActionItems(mine().withOverdueOnly(true))).isEqualTo(4);
        }
    }

    @Test
    void filters_combine_owner_status_due_period_text_and_meeting() {
        try (var ignored = as("officer")) {
            assertThat(titles(mine().withOwner(ActionItemOwner.user(OFFICER_USER)).withOverdueOnly(true)))
                    .containsExactlyInAnyOrder("alpha overdue", "epsilon internal");
            assertThat(titles(mine().withOwner(ActionItemOwner.person(PERSON_PL)))).containsExactly("zeta polish");
            assertThat(titles(mine().withOwner(ActionItemOwner.none()))).isEmpty();
            assertThat(titles(mine().withStatuses(Set.of(ActionItemStatus.OPEN))))
                    .containsExactlyInAnyOrder("alpha overdue", "beta today", "epsilon internal", "zeta polish");
            assertThat(titles(mine().withStatuses(Set.of(ActionItemStatus.DONE, ActionItemStatus.CANCELLED))))
                    .containsExactlyInAnyOrder("delta done", "eta ukrainian");
            // both ends of the due period are included
            assertThat(titles(mine().withDue(today.minusDays(3), today)))
                    .containsExactlyInAnyOrder("alpha overdue", "beta today", "epsilon internal", "zeta polish");
            assertThat(titles(mine().withDue(today.plusDays(1), null))).containsExactly("eta ukrainian");
            assertThat(titles(mine().withMeeting(sharedPl))).containsExactlyInAnyOrder("zeta polish",
                    "eta ukrainian");
            assertThat(titles(mine().withMeeting(sharedLt).withStatuses(Set.of(ActionItemStatus.OPEN))
                    .withOverdueOnly(true))).containsExactly("alpha overdue");
            // the text in any case; LIKE's wildcards are taken literally
            assertThat(titles(ActionItemFilter.none().withText(run.toUpperCase(Locale.ROOT) + " GAMMA")))
                    .containsExactly("gamma progress");
            assertThat(titles(ActionItemFilter.none().withText(run + " %"))).isEmpty();
            assertThat(actionItemService.countActionItems(mine().withOwner(ActionItemOwner.person(PERSON_UA))
                    .withStatuses(Set.of(ActionItemStatus.CANCELLED)))).isEqualTo(1);
        }
    }

    @Test
    void the_list_sorts_by_due_date_by_default_and_by_title_status_or_overdue_first_on_request() {
        try (var ignored = as("officer")) {
            assertThat(titles(mine(), PAGE)).containsExactly("delta done", "gamma progress", "zeta polish",
                    "epsilon internal", "alpha overdue", "beta today", "eta ukrainian");
            assertThat(titles(mine(), PageRequest.of(0, 100, Sort.by(MeetingService.SORT_TITLE)))).startsWith(
                    "alpha overdue", "beta today", "delta done");
            assertThat(titles(mine(), PageRequest.of(0, 100, Sort.by(Sort.Direction.DESC, ActionItemService.SORT_DUE))))
                    .startsWith("eta ukrainian", "beta today");
            assertThat(titles(mine(), PageRequest.of(0, 100, Sort.by(ActionItemService.SORT_STATUS))))
                    .endsWith("gamma progress", "zeta polish", "epsilon internal", "alpha overdue", "beta today");
            assertThat(titles(mine(), PageRequest.of(0, 100, Sort.by(ActionItemService.SORT_OVERDUE_FIRST))))
                    .containsExactly("gamma progress", "zeta polish", "epsilon internal", "alpha overdue",
                            "delta done", "beta today", "eta ukrainian");
            // pages cut in the database, in order
            assertThat(titles(mine(), PageRequest.of(1, 3))).containsExactly("epsilon internal", "alpha overdue",
                    "beta today");
        }
    }

    @Test
    void my_action_items_page_overdue_first_in_the_database_and_count_like_the_list() {
        try (var ignored = as("liaison-lt")) {
            var all = actionItemService.myActionItems(true, UK);
            var firstPage = actionItemService.myActionItems(true, false, PageRequest.of(0, 2), UK);
            assertThat(firstPage).containsExactlyElementsOf(all.subList(0, Math.min(2, all.size())));
            assertThat(actionItemService.countMyActionItems(true, false)).isEqualTo(all.size());
            assertThat(actionItemService.countMyActionItems(false, true))
                    .isEqualTo(all.stream().filter(ActionItemView::overdue).count())
                    .isEqualTo(actionItemService.countMyOverdue());
            // overdue ones first, then by due date
            var overdueFlags = all.stream().map(ActionItemView::overdue).toList();
            assertThat(overdueFlags.indexOf(false) < 0 || !overdueFlags.subList(overdueFlags.indexOf(false),
                    overdueFlags.size()).contains(true)).isTrue();
            // hers and overdue: the item in progress of this run, not the officer's
            assertThat(actionItemService.myActionItems(false, true, PageRequest.of(0, 1000), UK))
                    .extracting(ActionItemView::title)
                    .contains(run + " gamma progress").doesNotContain(run + " alpha overdue");
            assertThat(actionItemService.myActionItems(false, false, PAGE, UK)).allMatch(ActionItemView::mine);
        }
    }

    // ------------------------------------------------------------------------------------------------ helpers

    /** This run's items only: the text filter on the run's mark (other tests add items to the same database). */
    private ActionItemFilter mine() {
        return ActionItemFilter.none().withText(run);
    }

    private List<String> titles(ActionItemFilter filter) {
        return titles(filter, PAGE);
    }

    private List<String> titles(ActionItemFilter filter, Pageable page) {
        return actionItemService.findActionItems(filter, page, UK).stream()
                .map(i -> i.title().substring(run.length() + 1)).toList();
    }

    private void save(long meetingId, String title, Long ownerUser, Long ownerPerson, LocalDate due,
                      ActionItemStatus status) {
        actionItemService.saveActionItem(new ActionItemChanges(null, 0, meetingId, null, run + " " + title, ownerUser,
                ownerPerson, due, status, null, null, null), UK);
    }

    private static MeetingChanges meeting(String title, Set<String> countries, boolean shared) {
        var start = Instant.parse("2026-01-20T08:00:00Z");
        return new MeetingChanges(null, 0, MeetingType.VIDEO_CALL, title, start, start.plus(1, ChronoUnit.HOURS),
                null, "https://meet.jit.si/ail-" + Math.abs(title.hashCode()), countries, Set.of(3L), Set.of(OFFICER_USER),
                Set.of(), "Порядок денний", "Протокол", "Внутрішнє", shared);
    }
}
