package ua.cooperation.portal.programme;

import org.springframework.stereotype.Component;
import ua.cooperation.portal.security.CountryScope;

import java.util.Optional;

/**
 * Finds one programme by id as the current user may see it: the liaison rule of {@link CountryScope} applied to the
 * programme's partner countries and its shared flag. The service, the export and the document access all use it, so
 * that they can never disagree (and without a dependency cycle between the service and the documents feature).
 */
@Component
class VisibleProgrammes {

    private final ProgrammeRepository programmes;
    private final CountryScope scope;

    VisibleProgrammes(ProgrammeRepository programmes, CountryScope scope) {
        this.programmes = programmes;
        this.scope = scope;
    }

    Optional<Programme> find(long id) {
        return programmes.findById(id)
                .filter(p -> scope.canSeeSharedAny(p.getCountryCodes(), p.participantOrganisationIds(), p.isSharedWithPartners()));
    }
}
