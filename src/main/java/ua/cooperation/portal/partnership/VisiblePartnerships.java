package ua.cooperation.portal.partnership;

import org.springframework.stereotype.Component;
import ua.cooperation.portal.base.ConcurrentEditException;
import ua.cooperation.portal.base.RecordNotFoundException;
import ua.cooperation.portal.security.CountryScope;

import java.util.List;
import java.util.Optional;

/**
 * Finds one partnership by id as the current user may see it: the liaison rule of {@link CountryScope} applied to
 * the partner's country and the shared flag (a guest bound to an organisation: one that names it on either side). The service and the document access both use it, so that the two can
 * never disagree (and without a dependency cycle between the service and the documents feature).
 */
@Component
class VisiblePartnerships {

    private final PartnershipRepository partnerships;
    private final CountryScope scope;

    VisiblePartnerships(PartnershipRepository partnerships, CountryScope scope) {
        this.partnerships = partnerships;
        this.scope = scope;
    }

    Optional<Partnership> find(long id) {
        return partnerships.findById(id).filter(p -> scope.canSeeSharedAny(List.of(p.getCountryCode()),
                p.organisationIds(), p.isSharedWithPartners()));
    }

    /** The partnership, or {@link RecordNotFoundException} for a missing or out-of-scope id (not told apart). */
    Partnership require(long id) {
        return find(id).orElseThrow(() -> new RecordNotFoundException("Partnership " + id));
    }

    /** {@link #require}, and {@link ConcurrentEditException} if it was saved since the caller read {@code version}. */
    Partnership requireCurrent(long id, long version) {
        var partnership = require(id);
        if (partnership.getVersion() != version) {
            throw new ConcurrentEditException("Partnership " + id, version, partnership.getVersion());
        }
        return partnership;
    }
}
