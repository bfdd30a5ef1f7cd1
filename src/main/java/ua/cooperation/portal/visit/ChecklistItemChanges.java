package ua.cooperation.portal.visit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** A checklist item as an officer enters it: new ({@code id} null) or changed, with its version. */
public record ChecklistItemChanges(Long id, long version,
                                   @NotBlank @Size(max = ChecklistItem.TITLE_MAX_LENGTH) String title,
                                   @NotNull ChecklistKind kind, Long ownerUserId, LocalDate dueOn, boolean done) {
}
