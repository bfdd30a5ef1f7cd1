package ua.cooperation.portal.visit;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;
import ua.cooperation.portal.country.Country;
import ua.cooperation.portal.registry.Organisation;
import ua.cooperation.portal.registry.Person;
import ua.cooperation.portal.security.UserDirectory;

import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;

import static ua.cooperation.portal.visit.VisitRefusedException.Reason;

/** The rules of a visit beyond its fields' constraints: its days, and references that must exist. */
@Component
class VisitChecks {

    private final EntityManager entityManager;
    private final UserDirectory users;

    VisitChecks(EntityManager entityManager, UserDirectory users) {
        this.entityManager = entityManager;
        this.users = users;
    }

    void check(VisitChanges changes) {
        if (changes.endsOn().isBefore(changes.startsOn())) {
            throw new VisitRefusedException(Reason.END_BEFORE_START);
        }
        if (ChronoUnit.DAYS.between(changes.startsOn(), changes.endsOn()) + 1 > Visit.MAX_DAYS) {
            throw new VisitRefusedException(Reason.TOO_LONG);
        }
        for (var code : changes.countryCodes()) {
            if (code == null || entityManager.find(Country.class, code) == null) {
                throw new VisitRefusedException(Reason.COUNTRY_UNKNOWN);
            }
        }
        if (entityManager.find(Country.class, changes.hostCountryCode()) == null) {
            throw new VisitRefusedException(Reason.COUNTRY_UNKNOWN);
        }
        if (changes.hostOrganisationId() != null
                && entityManager.find(Organisation.class, changes.hostOrganisationId()) == null) {
            throw new VisitRefusedException(Reason.ORGANISATION_UNKNOWN);
        }
        if (changes.responsibleUserId() != null
                && users.activeStaffAmong(Set.of(changes.responsibleUserId())).isEmpty()) {
            throw new VisitRefusedException(Reason.RESPONSIBLE_NOT_STAFF);
        }
    }

    void checkDelegation(Map<Long, DelegationRole> persons, Map<Long, DelegationRole> staff) {
        for (var entry : persons.entrySet()) {
            if (entry.getValue() == null || entityManager.find(Person.class, entry.getKey()) == null) {
                throw new VisitRefusedException(Reason.PERSON_UNKNOWN);
            }
        }
        if (staff.values().stream().anyMatch(java.util.Objects::isNull) || users.displayNames(staff.keySet()).size() != staff.size()) {
            throw new VisitRefusedException(Reason.USER_UNKNOWN);
        }
    }

    /** A checklist item's owner is an active staff member, or none. */
    void checkOwner(Long ownerUserId) {
        if (ownerUserId != null && users.activeStaffAmong(Set.of(ownerUserId)).isEmpty()) {
            throw new VisitRefusedException(Reason.OWNER_NOT_STAFF);
        }
    }
}
