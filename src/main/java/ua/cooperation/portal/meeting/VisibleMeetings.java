package ua.cooperation.portal.meeting;

import org.springframework.stereotype.Component;
import ua.cooperation.portal.security.CountryScope;

import java.util.Optional;

/**
 * Finds one meeting by id as the current user may see it: the liaison rule of {@link CountryScope} applied to the
 * meeting's countries and shared flag. The service and the document access both use it, so that the two can never
 * disagree (and without a dependency cycle between the service and the documents feature).
 */
@Component
class VisibleMeetings {

    private final MeetingRepository meetings;
    private final CountryScope scope;

    VisibleMeetings(MeetingRepository meetings, CountryScope scope) {
        this.meetings = meetings;
        this.scope = scope;
    }

    Optional<Meeting> find(long id) {
        return meetings.findById(id)
                .filter(m -> scope.canSeeSharedAny(m.getCountryCodes(), m.isSharedWithPartners()));
    }
}
