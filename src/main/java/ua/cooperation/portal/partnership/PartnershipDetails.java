package ua.cooperation.portal.partnership;

import ua.cooperation.portal.base.text.LocalizedTexts;
import ua.cooperation.portal.security.Permissions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * One partnership as the details view shows it. For a liaison {@code notes} is always null (internal notes stay
 * internal). A focal person is shown by name as part of the shared partnership; {@link Party#linkable()} says
 * whether the reader may open the registry record behind a name. {@code description} is the original (what the form
 * edits); {@code texts} holds it in the reader's language (ADR 0040), which is what a page shows. {@code ukrainian} is
 * the Ukrainian side of either {@code kind}: the hromada's municipality record (with its KATOTTH code and location) or,
 * for an institutional partnership, the Ukrainian registry organisation (no code, no location).
 */
public record PartnershipDetails(long id, long version, Party ukrainian, String ukrainianHromadaCode,
                                 String ukrainianLocation, Party partnerMunicipality, Party partnerOrganisation,
                                 String countryCode, PartnershipType type, PartnershipStatus status,
                                 boolean awaitingConfirmation, Set<CooperationArea> areas, Party ukrainianFocalPerson,
                                 Party partnerFocalPerson, LocalDate signedOn, LocalDate validUntil, String notes,
                                 String description, boolean sharedWithPartners, LocalDate lastContactOn,
                                 PartnershipHealth health, Instant updatedAt, String updatedBy,
                                 Permissions permissions, LocalizedTexts texts, PartnershipKind kind) {

    /** A registry record named on the partnership. */
    public record Party(long id, String name, boolean linkable) {
    }

    public Party partner() {
        return partnerMunicipality != null ? partnerMunicipality : partnerOrganisation;
    }

    public String name() {
        return ukrainian.name() + " — " + (partner() == null ? "" : partner().name());
    }

    /** The stored values as a form starts from them. */
    public PartnershipChanges toChanges() {
        boolean institutional = kind == PartnershipKind.INSTITUTIONAL;
        return new PartnershipChanges(id, version, institutional ? null : ukrainianHromadaCode,
                partnerMunicipality == null ? null : partnerMunicipality.id(),
                partnerOrganisation == null ? null : partnerOrganisation.id(), type, areas,
                ukrainianFocalPerson == null ? null : ukrainianFocalPerson.id(),
                partnerFocalPerson == null ? null : partnerFocalPerson.id(), validUntil, notes, description,
                sharedWithPartners, kind, institutional ? ukrainian.id() : null);
    }
}
