package ua.cooperation.portal.base;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One event of a record kind that the calendar feed carries besides meetings (a visit, issue 22): all-day over
 * {@code firstDay..lastDay} (both included) when {@code startsAt} is null, else timed. {@code uid} is stable per record,
 * {@code sequence} grows with each change; texts are in the reader's language ({@code language}, null if unknown).
 */
public record CalendarEntry(String uid, long sequence, String title, String language, LocalDate firstDay,
                            LocalDate lastDay, Instant startsAt, Instant endsAt, String location, String description,
                            Instant updatedAt) {

    public static CalendarEntry allDay(String uid, long sequence, String title, String language, LocalDate firstDay,
                                       LocalDate lastDay, String location, String description, Instant updatedAt) {
        return new CalendarEntry(uid, sequence, title, language, firstDay, lastDay, null, null, location, description,
                updatedAt);
    }

    public boolean isAllDay() {
        return startsAt == null;
    }
}
