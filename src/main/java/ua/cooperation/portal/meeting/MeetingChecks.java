package ua.cooperation.portal.meeting;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;
import ua.cooperation.portal.country.Country;
import ua.cooperation.portal.partnership.PartnershipService;
import ua.cooperation.portal.programme.ProgrammeService;
import ua.cooperation.portal.registry.Organisation;
import ua.cooperation.portal.registry.Person;
import ua.cooperation.portal.security.UserDirectory;

import java.util.Locale;
import java.util.Map;

import static ua.cooperation.portal.meeting.MeetingRefusedException.Reason;

/**
 * The rules of a meeting an officer saves beyond its fields' own constraints: the period, the link, and references
 * that must exist and be ones the officer may name. Each refuses with a {@link MeetingRefusedException}.
 */
@Component
class MeetingChecks {

    private final EntityManager entityManager;
    private final UserDirectory users;
    private final PartnershipService partnerships;
    private final ProgrammeService programmes;

    MeetingChecks(EntityManager entityManager, UserDirectory users, PartnershipService partnerships,
                  ProgrammeService programmes) {
        this.entityManager = entityManager;
        this.users = users;
        this.partnerships = partnerships;
        this.programmes = programmes;
    }

    void check(MeetingChanges changes) {
        if (!changes.endsAt().isAfter(changes.startsAt())) {
            throw new MeetingRefusedException(Reason.END_NOT_AFTER_START);
        }
        if (!MeetingService.isWithinMaxDuration(changes.startsAt(), changes.endsAt())) {
            throw new MeetingRefusedException(Reason.TOO_LONG);
        }
        if (changes.onlineLink() != null && !changes.onlineLink().isBlank()
                && !MeetingService.isHttpsUrl(changes.onlineLink())) {
            throw new MeetingRefusedException(Reason.LINK_NOT_HTTPS);
        }
        checkReferences(changes);
    }

    private void checkReferences(MeetingChanges changes) {
        for (var code : changes.countryCodes()) {
            if (code == null || entityManager.find(Country.class, code) == null) {
                throw new MeetingRefusedException(Reason.COUNTRY_UNKNOWN);
            }
        }
        for (var id : changes.organisationIds()) {
            if (entityManager.find(Organisation.class, id) == null) {
                throw new MeetingRefusedException(Reason.ORGANISATION_UNKNOWN);
            }
        }
        if (users.displayNames(changes.userIds()).size() != changes.userIds().size()) {
            throw new MeetingRefusedException(Reason.USER_UNKNOWN);
        }
        // the responsible officer hears of the meeting's action items: an active staff member only
        if (changes.responsibleUserId() != null
                && users.activeStaffAmong(java.util.Set.of(changes.responsibleUserId())).isEmpty()) {
            throw new MeetingRefusedException(Reason.RESPONSIBLE_NOT_STAFF);
        }
        for (var id : changes.partnershipIds()) {
            if (partnerships.findVisibleById(id, Locale.ENGLISH).isEmpty()) {
                throw new MeetingRefusedException(Reason.PARTNERSHIP_UNKNOWN);
            }
        }
        for (var id : changes.programmeIds()) {
            if (programmes.findVisibleTitle(id, Locale.ENGLISH).isEmpty()) {
                throw new MeetingRefusedException(Reason.PROGRAMME_UNKNOWN);
            }
        }
    }

    /** Every participant is a registry person that exists, each with a role. */
    void checkParticipants(Map<Long, ParticipantRole> participants) {
        for (var entry : participants.entrySet()) {
            if (entry.getValue() == null || entityManager.find(Person.class, entry.getKey()) == null) {
                throw new MeetingRefusedException(Reason.PERSON_UNKNOWN);
            }
        }
    }
}
