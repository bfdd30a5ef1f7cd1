package ua.cooperation.portal.practice;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import ua.cooperation.portal.partnership.CooperationArea;
import ua.cooperation.portal.programme.TargetGroup;

import java.util.Set;

/**
 * A practice as an officer enters it: a new one ({@code id} null) or changes to a stored one, with the version the
 * officer started from. The status is not part of it: it moves only through {@link PracticeService#changeStatus}.
 * {@code sourceDocumentId} is one of the source meeting's documents; {@code sourceMeetingId} and {@code sourceVisitId}
 * must name records the editor may see.
 */
public record PracticeChanges(
        Long id,
        long version,
        @NotBlank @Size(max = Practice.TITLE_MAX_LENGTH) String title,
        @Size(max = Practice.DESCRIPTION_MAX_LENGTH) String description,
        @NotNull PracticeDirection direction,
        @NotNull @Pattern(regexp = "[A-Z]{2}") String countryCode,
        Long organisationId,
        @NotNull Set<CooperationArea> areas,
        @NotNull Set<TargetGroup> targetGroups,
        Long sourceMeetingId,
        Long sourceDocumentId,
        Long sourceVisitId,
        @Size(max = Practice.NOTES_MAX_LENGTH) String notes,
        boolean sharedWithPartners) {

    public PracticeChanges {
        areas = areas == null ? Set.of() : Set.copyOf(areas);
        targetGroups = targetGroups == null ? Set.of() : Set.copyOf(targetGroups);
    }

    public PracticeChanges withVersion(long newVersion) {
        return new PracticeChanges(id, newVersion, title, description, direction, countryCode, organisationId, areas,
                targetGroups, sourceMeetingId, sourceDocumentId, sourceVisitId, notes, sharedWithPartners);
    }
}
