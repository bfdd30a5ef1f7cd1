package ua.cooperation.portal.meeting;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;
import ua.cooperation.portal.country.Country;
import ua.cooperation.portal.partnership.PartnershipService;
import ua.cooperation.portal.registry.Person;
import ua.cooperation.portal.security.UserDirectory;

import java.util.Locale;
import java.util.Set;

import static ua.cooperation.portal.meeting.MeetingRefusedException.Reason;

/** The references of an action item an officer saves: each must exist and be one the officer may name. */
@Component
class ActionItemChecks {

    private final DecisionRepository decisions;
    private final PartnershipService partnerships;
    private final UserDirectory users;
    private final EntityManager entityManager;

    ActionItemChecks(DecisionRepository decisions, PartnershipService partnerships, UserDirectory users,
                     EntityManager entityManager) {
        this.decisions = decisions;
        this.partnerships = partnerships;
        this.users = users;
        this.entityManager = entityManager;
    }

    /**
     * Refuses ({@link MeetingRefusedException}) an item without exactly one owner, an unknown owner, a decision of
     * another meeting, a partnership the reader may not see and an unknown country.
     */
    void check(ActionItemChanges changes, Locale language) {
        if ((changes.ownerUserId() == null) == (changes.ownerPersonId() == null)) {
            throw new MeetingRefusedException(Reason.OWNER_REQUIRED);
        }
        if (changes.ownerUserId() != null && users.displayNames(Set.of(changes.ownerUserId())).isEmpty()) {
            throw new MeetingRefusedException(Reason.USER_UNKNOWN);
        }
        if (changes.ownerPersonId() != null && entityManager.find(Person.class, changes.ownerPersonId()) == null) {
            throw new MeetingRefusedException(Reason.PERSON_UNKNOWN);
        }
        if (changes.decisionId() != null && decisions.findById(changes.decisionId())
                .filter(d -> d.getMeetingId() == changes.meetingId()).isEmpty()) {
            throw new MeetingRefusedException(Reason.DECISION_UNKNOWN);
        }
        if (changes.partnershipId() != null
                && partnerships.findVisibleById(changes.partnershipId(), language).isEmpty()) {
            throw new MeetingRefusedException(Reason.PARTNERSHIP_UNKNOWN);
        }
        if (changes.countryCode() != null && entityManager.find(Country.class, changes.countryCode()) == null) {
            throw new MeetingRefusedException(Reason.COUNTRY_UNKNOWN);
        }
    }
}
