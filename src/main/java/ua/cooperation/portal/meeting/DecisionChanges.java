package ua.cooperation.portal.meeting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** A decision as entered: new ({@code id} null, numbered by the service) or changed. */
public record DecisionChanges(Long id, long version, @NotBlank @Size(max = Decision.TEXT_MAX_LENGTH) String text,
                              @NotNull LocalDate decidedOn, LocalDate effectiveFrom) {
}
