package ua.cooperation.portal.partnership;

import ua.cooperation.portal.base.text.LocalizedText;

import java.time.LocalDate;
import java.util.Set;

/**
 * One row of the partnerships list, with names in the reader's language; {@code ukrainianName} is a hromada or, for an
 * institutional partnership, the Ukrainian institution.
 */
public record PartnershipListItem(long id, String ukrainianName, String partnerName, String countryCode,
                                  PartnershipType type, PartnershipStatus status, boolean awaitingConfirmation,
                                  Set<CooperationArea> areas, LocalDate signedOn, LocalDate validUntil,
                                  LocalDate lastContactOn, PartnershipHealth health, LocalizedText description,
                                  PartnershipKind kind) {

    /** "Ukrainian hromada (or institution) — partner", as lists and titles name a partnership. */
    public String name() {
        return ukrainianName + " — " + partnerName;
    }
}
