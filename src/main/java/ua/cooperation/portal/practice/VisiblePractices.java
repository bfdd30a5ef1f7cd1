package ua.cooperation.portal.practice;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import ua.cooperation.portal.base.ConcurrentEditException;
import ua.cooperation.portal.base.RecordNotFoundException;
import ua.cooperation.portal.security.CountryScope;

import java.util.Optional;

/**
 * The practices the current user may see: staff all; a liaison the shared practices of her countries; a guest bound
 * to an organisation the shared practices that name it as their origin (ADR 0042). By id and as a query condition,
 * so that the service and the translations never disagree.
 */
@Component
class VisiblePractices {

    private final PracticeRepository practices;
    private final CountryScope scope;

    VisiblePractices(PracticeRepository practices, CountryScope scope) {
        this.practices = practices;
        this.scope = scope;
    }

    Optional<Practice> find(long id) {
        return practices.findById(id)
                .filter(p -> scope.canSeeShared(p.getCountryCode(), p.organisationId(), p.isSharedWithPartners()));
    }

    /** The practice, or {@link RecordNotFoundException} for a missing or out-of-scope id (not told apart). */
    Practice require(long id) {
        return find(id).orElseThrow(() -> new RecordNotFoundException("Practice " + id));
    }

    /** {@link #require}, and {@link ConcurrentEditException} if it was saved since the caller read {@code version}. */
    Practice requireCurrent(long id, long version) {
        var practice = require(id);
        if (practice.getVersion() != version) {
            throw new ConcurrentEditException("Practice " + id, version, practice.getVersion());
        }
        return practice;
    }

    /** The rule in its query form. */
    Specification<Practice> specification() {
        return scope.sharedCountryCodeIn(root -> root.get("countryCode"), root -> root.get("sharedWithPartners"),
                Practice.ORGANISATIONS);
    }
}
