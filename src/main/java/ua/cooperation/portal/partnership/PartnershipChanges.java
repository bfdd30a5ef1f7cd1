package ua.cooperation.portal.partnership;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.Set;

/**
 * A partnership as an officer enters it: a new one ({@code id} null) or changes to a stored one, with the version the
 * officer started from. The {@code kind} says which Ukrainian side it has: a MUNICIPAL one a hromada of the KATOTTH
 * codifier ({@code ukrainianHromadaCode}; its municipality record is created on first use), an INSTITUTIONAL one a
 * registry organisation of Ukraine ({@code ukrainianOrganisationId}); exactly one of the two is given, and the service
 * refuses the other at its field. The partner side is either a partner municipality or a partner organisation (an
 * organisation for an institutional one). The status is not part of it: it moves only through the status operations
 * of {@link PartnershipService}. {@code notes} are the office's own; {@code description} (what the partnership is
 * about) is read by partners too, in their language.
 */
public record PartnershipChanges(
        Long id,
        long version,
        @Pattern(regexp = "UA\\d{17}") String ukrainianHromadaCode,
        Long partnerMunicipalityId,
        Long partnerOrganisationId,
        @NotNull PartnershipType type,
        @NotNull Set<CooperationArea> areas,
        Long ukrainianFocalPersonId,
        Long partnerFocalPersonId,
        LocalDate validUntil,
        @Size(max = Partnership.NOTES_MAX_LENGTH) String notes,
        @Size(max = Partnership.DESCRIPTION_MAX_LENGTH) String description,
        boolean sharedWithPartners,
        @NotNull PartnershipKind kind,
        Long ukrainianOrganisationId) {

    public PartnershipChanges {
        areas = areas == null ? Set.of() : Set.copyOf(areas);
    }

    /** An inter-municipal partnership (what callers wrote before partnerships had a kind). */
    public PartnershipChanges(Long id, long version, String ukrainianHromadaCode, Long partnerMunicipalityId,
                              Long partnerOrganisationId, PartnershipType type, Set<CooperationArea> areas,
                              Long ukrainianFocalPersonId, Long partnerFocalPersonId, LocalDate validUntil,
                              String notes, String description, boolean sharedWithPartners) {
        this(id, version, ukrainianHromadaCode, partnerMunicipalityId, partnerOrganisationId, type, areas,
                ukrainianFocalPersonId, partnerFocalPersonId, validUntil, notes, description, sharedWithPartners,
                PartnershipKind.MUNICIPAL, null);
    }

    /** An inter-municipal partnership without a description (what callers wrote before partnerships had one). */
    public PartnershipChanges(Long id, long version, String ukrainianHromadaCode, Long partnerMunicipalityId,
                              Long partnerOrganisationId, PartnershipType type, Set<CooperationArea> areas,
                              Long ukrainianFocalPersonId, Long partnerFocalPersonId, LocalDate validUntil,
                              String notes, boolean sharedWithPartners) {
        this(id, version, ukrainianHromadaCode, partnerMunicipalityId, partnerOrganisationId, type, areas,
                ukrainianFocalPersonId, partnerFocalPersonId, validUntil, notes, null, sharedWithPartners);
    }

    /** A partnership between a Ukrainian institution and a partner organisation (two schools, two hospitals). */
    public static PartnershipChanges institutional(Long ukrainianOrganisationId, Long partnerOrganisationId,
                                                   PartnershipType type, Set<CooperationArea> areas,
                                                   String description, boolean sharedWithPartners) {
        return new PartnershipChanges(null, 0, null, null, partnerOrganisationId, type, areas, null, null, null, null,
                description, sharedWithPartners, PartnershipKind.INSTITUTIONAL, ukrainianOrganisationId);
    }

    public PartnershipChanges withVersion(long newVersion) {
        return new PartnershipChanges(id, newVersion, ukrainianHromadaCode, partnerMunicipalityId,
                partnerOrganisationId, type, areas, ukrainianFocalPersonId, partnerFocalPersonId, validUntil, notes,
                description, sharedWithPartners, kind, ukrainianOrganisationId);
    }
}
