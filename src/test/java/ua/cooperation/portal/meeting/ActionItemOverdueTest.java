package ua.cooperation.portal.meeting;

import ua.cooperation.portal.base.PortalTime;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** Overdue is judged by the office's day in Europe/Kyiv, with fixed clocks around Kyiv midnight. */
class ActionItemOverdueTest {

    private static final LocalDate DUE = LocalDate.of(2026, 3, 10);

    private static boolean overdueAt(String instant, ActionItemStatus status) {
        var today = new PortalTime(Clock.fixed(Instant.parse(instant), ZoneOffset.UTC)).today();
        return status.overdue(DUE, today);
    }

    @Test
    void an_item_due_today_is_not_overdue_at_2359_kyiv_time() {
        // 23:59 in Kyiv (UTC+2 in March before the switch) is 21:59 UTC
        assertThat(overdueAt("2026-03-10T21:59:00Z", ActionItemStatus.OPEN)).isFalse();
    }

    @Test
    void it_is_overdue_at_kyiv_midnight_even_while_utc_is_still_on_the_due_date() {
        // 00:00 on 11 March in Kyiv is 22:00 UTC on 10 March
        assertThat(overdueAt("2026-03-10T22:00:00Z", ActionItemStatus.OPEN)).isTrue();
        assertThat(overdueAt("2026-03-10T22:00:00Z", ActionItemStatus.IN_PROGRESS)).isTrue();
    }

    @Test
    void summer_time_moves_kyiv_midnight_to_21_utc() {
        var due = LocalDate.of(2026, 7, 1);
        var before = new PortalTime(Clock.fixed(Instant.parse("2026-07-01T20:59:59Z"), ZoneOffset.UTC)).today();
        var after = new PortalTime(Clock.fixed(Instant.parse("2026-07-01T21:00:00Z"), ZoneOffset.UTC)).today();
        assertThat(ActionItemStatus.OPEN.overdue(due, before)).isFalse();
        assertThat(ActionItemStatus.OPEN.overdue(due, after)).isTrue();
    }

    @Test
    void closed_items_are_never_overdue() {
        assertThat(overdueAt("2026-04-01T12:00:00Z", ActionItemStatus.DONE)).isFalse();
        assertThat(overdueAt("2026-04-01T12:00:00Z", ActionItemStatus.CANCELLED)).isFalse();
    }
}
