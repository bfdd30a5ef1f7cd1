package ua.cooperation.portal.reminder;

import java.time.LocalDate;

/**
 * One thing to remember today: the date it concerns (due date, end of agreement, national day), what it is
 * ({@code subject}, already in the reader's language) and the portal address that shows it.
 */
public record Reminder(ReminderKind kind, LocalDate date, String subject, String href) {
}
