package ua.cooperation.portal.meeting;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import ua.cooperation.portal.base.RecordNotFoundException;
import ua.cooperation.portal.security.CountryScope;
import ua.cooperation.portal.security.OrganisationLink;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The meetings the current user may see: the liaison rule of {@link CountryScope} applied to the meeting's countries
 * and shared flag, for one meeting by id, for many by id, and as a query condition. The meeting services and the
 * document access all use it, so that they can never disagree (and without a dependency cycle between the services
 * and the documents feature).
 */
@Component
class VisibleMeetings {

    /** Ids per IN list when reading records by id in bulk. */
    static final int ID_CHUNK = 1000;

    private final MeetingRepository meetings;
    private final CountryScope scope;

    VisibleMeetings(MeetingRepository meetings, CountryScope scope) {
        this.meetings = meetings;
        this.scope = scope;
    }

    /** Where a meeting names organisations: for a guest bound to one (ADR 0042). */
    static final OrganisationLink<Meeting> ORGANISATIONS = OrganisationLink.inCollection("organisationIds");

    Optional<Meeting> find(long id) {
        return meetings.findById(id)
                .filter(m -> scope.canSeeSharedAny(m.getCountryCodes(), m.getOrganisationIds(), m.isSharedWithPartners()));
    }

    /** The meeting, or {@link RecordNotFoundException} for a missing one and one the user may not see alike. */
    Meeting require(long id) {
        return find(id).orElseThrow(() -> new RecordNotFoundException("Meeting " + id));
    }

    /** The rule in its query form. */
    Specification<Meeting> specification() {
        return scope.sharedAnyCountryIn("countryCodes", "sharedWithPartners", ORGANISATIONS);
    }

    /** The meetings among {@code ids} that the current user may see, by id, read in chunks with the rule in the query. */
    Map<Long, Meeting> byIds(List<Long> ids) {
        var found = new HashMap<Long, Meeting>();
        for (int from = 0; from < ids.size(); from += ID_CHUNK) {
            var chunk = ids.subList(from, Math.min(ids.size(), from + ID_CHUNK));
            Specification<Meeting> inChunk = (root, query, cb) -> root.get("id").in(chunk);
            meetings.findAll(specification().and(inChunk)).forEach(m -> found.put(m.getId(), m));
        }
        return found;
    }
}
