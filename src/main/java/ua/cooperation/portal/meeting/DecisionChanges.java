package ua.cooperation.portal.meeting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import ua.cooperation.portal.partnership.CooperationArea;
import ua.cooperation.portal.programme.TargetGroup;

import java.time.LocalDate;
import java.util.Set;

/**
 * A decision as entered: new ({@code id} null, numbered by the service) or changed. Its topics are its own; none: it is
 * read with its meeting's.
 */
public record DecisionChanges(Long id, long version, @NotBlank @Size(max = Decision.TEXT_MAX_LENGTH) String text,
                              @NotNull LocalDate decidedOn, LocalDate effectiveFrom, Set<CooperationArea> areas,
                              Set<TargetGroup> targetGroups) {

    public DecisionChanges {
        areas = areas == null ? Set.of() : Set.copyOf(areas);
        targetGroups = targetGroups == null ? Set.of() : Set.copyOf(targetGroups);
    }

    /** A decision without topics of its own. */
    public DecisionChanges(Long id, long version, String text, LocalDate decidedOn, LocalDate effectiveFrom) {
        this(id, version, text, decidedOn, effectiveFrom, Set.of(), Set.of());
    }

    /** The same decision about these cooperation areas and target groups. */
    public DecisionChanges withTopics(Set<CooperationArea> newAreas, Set<TargetGroup> newTargetGroups) {
        return new DecisionChanges(id, version, text, decidedOn, effectiveFrom, newAreas, newTargetGroups);
    }
}
