package ua.cooperation.portal.base;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The office's time: the application's one {@link Clock} (a bean, so that tests can pin it) and the office's zone.
 * "Today" is always the office's day in Kyiv, whatever the server's or the reader's zone, because due dates,
 * overdue items and "the day of the meeting" are the office's. Every date shown or compared comes through here;
 * no other class names a zone.
 */
@Component
public class PortalTime {

    /** The zone id as text, for annotations such as {@code @Scheduled(zone = ...)} that need a constant. */
    public static final String ZONE_ID = "Europe/Kyiv";
    /** The office's zone: meetings are entered and shown in it, and "today" is its day. */
    public static final ZoneId ZONE = ZoneId.of(ZONE_ID);

    private final Clock clock;

    public PortalTime(Clock clock) {
        this.clock = clock;
    }

    /** The clock itself, for code that keeps its own time arithmetic (the sign-in throttle, two-factor codes). */
    public Clock clock() {
        return clock;
    }

    /** Now, as an instant: what records store (UTC in the database). */
    public Instant now() {
        return clock.instant();
    }

    /** The office's date at the clock's instant: after 21:00 or 22:00 UTC it is already tomorrow in Kyiv. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }

    /** An instant as the office's local date and time. */
    public static ZonedDateTime atOffice(Instant instant) {
        return instant.atZone(ZONE);
    }

    /** The first instant of a day in the office's zone (the lower bound of a period of days). */
    public static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZONE).toInstant();
    }
}
