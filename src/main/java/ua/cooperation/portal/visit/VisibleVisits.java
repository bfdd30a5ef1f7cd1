package ua.cooperation.portal.visit;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import ua.cooperation.portal.base.RecordNotFoundException;
import ua.cooperation.portal.security.CountryScope;
import ua.cooperation.portal.security.OrganisationLink;

import java.util.List;
import java.util.Optional;

/**
 * The visits the current user may see: the meetings' rule of {@link CountryScope} applied to the visit's countries and
 * shared flag (a liaison: shared and one of her countries; a guest bound to an organisation: shared and hosted by it).
 */
@Component
class VisibleVisits {

    /** Where a visit names an organisation: its host (ADR 0042). */
    static final OrganisationLink<Visit> ORGANISATIONS = OrganisationLink.at(root -> root.get("hostOrganisationId"));

    private final VisitRepository visits;
    private final CountryScope scope;

    VisibleVisits(VisitRepository visits, CountryScope scope) {
        this.visits = visits;
        this.scope = scope;
    }

    Optional<Visit> find(long id) {
        return visits.findById(id).filter(v -> scope.canSeeSharedAny(v.getCountryCodes(),
                v.getHostOrganisationId() == null ? List.of() : List.of(v.getHostOrganisationId()),
                v.isSharedWithPartners()));
    }

    /** The visit, or {@link RecordNotFoundException} for a missing one and one the user may not see alike. */
    Visit require(long id) {
        return find(id).orElseThrow(() -> new RecordNotFoundException("Visit " + id));
    }

    Specification<Visit> specification() {
        return scope.sharedAnyCountryIn("countryCodes", "sharedWithPartners", ORGANISATIONS);
    }
}
