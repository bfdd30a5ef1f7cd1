package ua.cooperation.portal.meeting;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import ua.cooperation.portal.base.ListCount;
import ua.cooperation.portal.testsupport.IntegrationTest;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ua.cooperation.portal.testsupport.SignedIn.as;

/**
 * The bound on a meeting's length (ADR 0030) that lets the lists find a period's meetings through a range of the start
 * index, and the lists' labels counted up to a limit.
 */
@IntegrationTest
class MeetingPeriodAndCountTest {

    private static final Locale UK = Locale.forLanguageTag("uk");
    /** A quiet stretch of the past that the demo data and other tests leave empty. */
    private static final Instant MARCH_2019 = Instant.parse("2019-03-01T08:00:00Z");

    @Autowired
    MeetingService meetings;
    @Autowired
    ActionItemService actionItemService;
    @Autowired
    JdbcTemplate jdbc;

    private static MeetingChanges visit(String title, Instant start, Instant end) {
        return new MeetingChanges(null, 0, MeetingType.WORKING_VISIT, title, start, end, "Вільнюс", null, Set.of("LT"),
                Set.of(), Set.of(), Set.of(), null, null, null, false);
    }

    @Test
    void a_visit_may_last_31_days_and_a_longer_one_is_refused_at_its_end_with_nothing_stored() {
        try (var ignored = as("officer")) {
            var longest = meetings.create(visit("Стажування у Вільнюсі", MARCH_2019,
                    MARCH_2019.plus(Duration.ofDays(31))), UK);
            assertThat(longest.endsAt()).isEqualTo(MARCH_2019.plus(Duration.ofDays(31)));

            long before = meetings.countVisible(MeetingFilter.none());
            assertThatThrownBy(() -> meetings.create(visit("Задовге стажування", MARCH_2019,
                    MARCH_2019.plus(Duration.ofDays(31)).plusSeconds(60)), UK))
                    .isInstanceOfSatisfying(MeetingRefusedException.class, e -> {
                        assertThat(e.reason()).isEqualTo(MeetingRefusedException.Reason.TOO_LONG);
                        assertThat(e.reason().field()).isEqualTo("end");
                    });
            assertThatThrownBy(() -> meetings.update(new MeetingChanges(longest.id(), longest.version(),
                    MeetingType.WORKING_VISIT, longest.title(), longest.startsAt(), longest.startsAt().plus(Duration.ofDays(40)),
                    longest.place(), null, Set.of("LT"), Set.of(), Set.of(), Set.of(), null, null, null, false), UK))
                    .isInstanceOf(MeetingRefusedException.class);
            assertThat(meetings.countVisible(MeetingFilter.none())).isEqualTo(before);
            assertThat(meetings.findVisibleById(longest.id(), UK).orElseThrow().endsAt())
                    .isEqualTo(MARCH_2019.plus(Duration.ofDays(31)));
        }
    }

    @Test
    void a_period_finds_a_visit_that_began_a_month_before_it_and_ends_inside_it() {
        try (var ignored = as("officer")) {
            var start = MARCH_2019.plus(Duration.ofDays(60));
            var end = start.plus(Duration.ofDays(31));
            long id = meetings.create(visit("Місяць у Каунасі", start, end), UK).id();

            var lastDay = MeetingFilter.period(end.minus(Duration.ofHours(2)), end.plus(Duration.ofDays(1)));
            assertThat(meetings.findVisible(lastDay, PageRequest.of(0, 50))).extracting(MeetingListItem::id)
                    .contains(id);
            assertThat(meetings.countVisible(lastDay)).isEqualTo(meetings.countVisibleUpTo(lastDay, 1000).value());
            var dayAfter = MeetingFilter.period(end, end.plus(Duration.ofDays(1)));
            assertThat(meetings.findVisible(dayAfter, PageRequest.of(0, 50))).extracting(MeetingListItem::id)
                    .doesNotContain(id);
        }
    }

    @Test
    void the_database_refuses_a_meeting_longer_than_its_check_allows_whoever_writes_it() {
        long id;
        try (var ignored = as("officer")) {
            id = meetings.create(visit("Перевірка бази", MARCH_2019.plus(Duration.ofDays(120)),
                    MARCH_2019.plus(Duration.ofDays(121))), UK).id();
        }
        assertThatThrownBy(() -> jdbc.update("UPDATE meeting SET ends_at = TIMESTAMPADD(DAY, 40, starts_at) WHERE id = ?",
                id)).isInstanceOf(DataAccessException.class);
        try (var ignored = as("officer")) {
            assertThat(meetings.findVisibleById(id, UK).orElseThrow().endsAt())
                    .isEqualTo(MARCH_2019.plus(Duration.ofDays(121)));
        }
    }

    @Test
    void the_list_label_counts_exactly_up_to_its_limit_and_says_more_beyond_it() {
        try (var ignored = as("officer")) {
            // the Lithuanian liaison sees at least two meetings and two action items, whatever ran before
            var shared = new MeetingChanges(null, 0, MeetingType.VIDEO_CALL, "Спільний дзвінок", MARCH_2019,
                    MARCH_2019.plus(Duration.ofHours(1)), null, null, Set.of("LT"), Set.of(), Set.of(), Set.of(), null,
                    null, null, true);
            for (int i = 0; i < 2; i++) {
                long id = meetings.create(shared, UK).id();
                actionItemService.saveActionItem(new ActionItemChanges(null, 0, id, null, "Надіслати протокол", 2L, null,
                        java.time.LocalDate.of(2019, 3, 15), ActionItemStatus.OPEN, null, null, null), UK);
            }
        }
        for (var user : new String[]{"officer", "liaison-lt"}) {
            try (var ignored = as(user)) {
                long meetingsSeen = meetings.countVisible(MeetingFilter.none());
                assertThat(meetingsSeen).as(user).isGreaterThan(1);
                assertThat(meetings.countVisibleUpTo(MeetingFilter.none(), (int) meetingsSeen))
                        .isEqualTo(ListCount.exactly(meetingsSeen));
                assertThat(meetings.countVisibleUpTo(MeetingFilter.none(), (int) meetingsSeen - 1))
                        .isEqualTo(new ListCount(meetingsSeen - 1, true));

                long itemsSeen = actionItemService.countActionItems(ActionItemFilter.none());
                assertThat(itemsSeen).as(user).isGreaterThan(1);
                assertThat(actionItemService.countActionItemsUpTo(ActionItemFilter.none(), (int) itemsSeen))
                        .isEqualTo(ListCount.exactly(itemsSeen));
                assertThat(actionItemService.countActionItemsUpTo(ActionItemFilter.none(), (int) itemsSeen - 1))
                        .isEqualTo(new ListCount(itemsSeen - 1, true));
            }
        }
    }
}
