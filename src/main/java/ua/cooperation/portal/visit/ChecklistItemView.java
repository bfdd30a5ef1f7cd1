package ua.cooperation.portal.visit;

import java.time.LocalDate;

/** One checklist item as the Logistics tab shows it; {@code overdue}: past due today (Kyiv) and not done. */
public record ChecklistItemView(long id, long version, String title, ChecklistKind kind, Long ownerUserId,
                                String ownerName, LocalDate dueOn, boolean done, LocalDate doneOn, boolean overdue) {

    public ChecklistItemChanges toChanges() {
        return new ChecklistItemChanges(id, version, title, kind, ownerUserId, dueOn, done);
    }
}
