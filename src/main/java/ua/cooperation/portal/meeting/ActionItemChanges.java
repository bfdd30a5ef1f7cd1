package ua.cooperation.portal.meeting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * An action item as an officer enters it. Exactly one of {@code ownerUserId} (a portal user) and {@code ownerPersonId}
 * (a registry person) is set; the service refuses anything else.
 */
public record ActionItemChanges(Long id, long version, long meetingId, Long decisionId,
                                @NotBlank @Size(max = ActionItem.TITLE_MAX_LENGTH) String title,
                                Long ownerUserId, Long ownerPersonId, @NotNull LocalDate dueOn,
                                ActionItemStatus status,
                                @Size(max = ActionItem.NOTE_MAX_LENGTH) String completionNote,
                                Long partnershipId, @Pattern(regexp = "[A-Z]{2}") String countryCode) {
}
