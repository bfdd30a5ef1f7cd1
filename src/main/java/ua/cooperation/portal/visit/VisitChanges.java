package ua.cooperation.portal.visit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import ua.cooperation.portal.partnership.CooperationArea;
import ua.cooperation.portal.programme.TargetGroup;

import java.time.LocalDate;
import java.util.Set;

/**
 * A visit as an officer enters it: a new one ({@code id} null) or changes to a stored one, with the version the officer
 * started from. The host country is added to {@code countryCodes} by the service. The delegation is changed
 * separately ({@link VisitService#updateDelegation}), the report with {@link VisitService#saveReport}.
 */
public record VisitChanges(
        Long id,
        long version,
        @NotNull VisitDirection direction,
        @NotBlank @Size(max = Visit.TITLE_MAX_LENGTH) String title,
        @Size(max = Visit.PURPOSE_MAX_LENGTH) String purpose,
        @NotNull @Pattern(regexp = "[A-Z]{2}") String hostCountryCode,
        @Size(max = Visit.CITY_MAX_LENGTH) String city,
        Long hostOrganisationId,
        @NotNull LocalDate startsOn,
        @NotNull LocalDate endsOn,
        Set<String> countryCodes,
        Set<CooperationArea> areas,
        Set<TargetGroup> targetGroups,
        boolean sharedWithPartners,
        Long responsibleUserId,
        @Size(max = Visit.NOTES_MAX_LENGTH) String internalNotes) {

    public VisitChanges {
        countryCodes = countryCodes == null ? Set.of() : Set.copyOf(countryCodes);
        areas = areas == null ? Set.of() : Set.copyOf(areas);
        targetGroups = targetGroups == null ? Set.of() : Set.copyOf(targetGroups);
    }

    public VisitChanges withVersion(long newVersion) {
        return new VisitChanges(id, newVersion, direction, title, purpose, hostCountryCode, city, hostOrganisationId,
                startsOn, endsOn, countryCodes, areas, targetGroups, sharedWithPartners, responsibleUserId,
                internalNotes);
    }
}
