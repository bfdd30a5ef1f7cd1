package ua.cooperation.portal.partnership;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.Set;

/**
 * A partnership as an officer enters it: a new one ({@code id} null) or changes to a stored one, with the version the
 * officer started from. The Ukrainian side is a hromada of the KATOTTH codifier (its municipality record is created
 * on first use); the partner side is either a partner municipality or a partner organisation. The status is not
 * part of it: it moves only through the status operations of {@link PartnershipService}. {@code notes} are the
 * office's own; {@code description} (what the twinning is about) is read by partners too, in their language.
 */
public record PartnershipChanges(
        Long id,
        long version,
        @NotNull @Pattern(regexp = "UA\\d{17}") String ukrainianHromadaCode,
        Long partnerMunicipalityId,
        Long partnerOrganisationId,
        @NotNull PartnershipType type,
        @NotNull Set<CooperationArea> areas,
        Long ukrainianFocalPersonId,
        Long partnerFocalPersonId,
        LocalDate validUntil,
        @Size(max = Partnership.NOTES_MAX_LENGTH) String notes,
        @Size(max = Partnership.DESCRIPTION_MAX_LENGTH) String description,
        boolean sharedWithPartners) {

    public PartnershipChanges {
        areas = areas == null ? Set.of() : Set.copyOf(areas);
    }

    /** A partnership without a description (what callers wrote before partnerships had one). */
    public PartnershipChanges(Long id, long version, String ukrainianHromadaCode, Long partnerMunicipalityId,
                              Long partnerOrganisationId, PartnershipType type, Set<CooperationArea> areas,
                              Long ukrainianFocalPersonId, Long partnerFocalPersonId, LocalDate validUntil,
                              String notes, boolean sharedWithPartners) {
        this(id, version, ukrainianHromadaCode, partnerMunicipalityId, partnerOrganisationId, type, areas,
                ukrainianFocalPersonId, partnerFocalPersonId, validUntil, notes, null, sharedWithPartners);
    }

    public PartnershipChanges withVersion(long newVersion) {
        return new PartnershipChanges(id, newVersion, ukrainianHromadaCode, partnerMunicipalityId,
                partnerOrganisationId, type, areas, ukrainianFocalPersonId, partnerFocalPersonId, validUntil, notes,
                description, sharedWithPartners);
    }
}
