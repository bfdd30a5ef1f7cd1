package ua.cooperation.portal.meeting;

import java.time.LocalDate;

/** Where a follow-up action stands. DONE and CANCELLED are closed: a closed item is never overdue. */
public enum ActionItemStatus {
    OPEN, IN_PROGRESS, DONE, CANCELLED;

    public boolean closed() {
        return this == DONE || this == CANCELLED;
    }

    /**
     * Overdue: still open and due before {@code today}. {@code today} is the date in Europe/Kyiv (the office's day), so
     * an item due today becomes overdue at Kyiv midnight, whatever the date is in UTC.
     */
    public boolean overdue(LocalDate dueOn, LocalDate today) {
        return !closed() && dueOn != null && dueOn.isBefore(today);
    }
}
