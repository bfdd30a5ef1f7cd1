package ua.cooperation.portal.visit;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;
import ua.cooperation.portal.base.PortalTime;
import ua.cooperation.portal.registry.Organisation;
import ua.cooperation.portal.registry.OrganisationNames;
import ua.cooperation.portal.registry.Person;
import ua.cooperation.portal.registry.Position;
import ua.cooperation.portal.security.AccessPolicy;
import ua.cooperation.portal.security.CountryScope;
import ua.cooperation.portal.security.UserDirectory;
import ua.cooperation.portal.translation.RecordTexts;
import ua.cooperation.portal.translation.TextOwnerKind;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** A visit as its reader may see it: names in her language, staff names and internal fields as AccessPolicy allows. */
@Component
class VisitDetailsAssembler {

    private final EntityManager entityManager;
    private final CountryScope scope;
    private final AccessPolicy policy;
    private final UserDirectory users;
    private final RecordTexts translations;
    private final OrganisationNames organisationNames;
    private final PortalTime time;

    VisitDetailsAssembler(EntityManager entityManager, CountryScope scope, AccessPolicy policy, UserDirectory users,
                          RecordTexts translations, OrganisationNames organisationNames, PortalTime time) {
        this.entityManager = entityManager;
        this.scope = scope;
        this.policy = policy;
        this.users = users;
        this.translations = translations;
        this.organisationNames = organisationNames;
        this.time = time;
    }

    VisitDetails toDetails(Visit v, Locale language) {
        return new VisitDetails(v.getId(), v.getVersion(), v.getDirection(), v.getTitle(), v.getPurpose(),
                v.getHostCountryCode(), v.getCity(), hostOrganisation(v, language), v.getStartsOn(), v.getEndsOn(),
                VisitState.of(v.getStartsOn(), v.getEndsOn(), time.today()), new TreeSet<>(v.getCountryCodes()),
                v.getAreas(), v.getTargetGroups(), v.isSharedWithPartners(), responsible(v),
                policy.internal(v.getInternalNotes()), v.getReportText(), v.getReportMeetingId(),
                delegation(v, language), v.getUpdatedAt(), policy.author(v.getUpdatedBy()), policy.permissions(),
                translations.localize(TextOwnerKind.VISIT, v.getId(), VisitTextOwner.originals(v), language));
    }

    private VisitDetails.Named hostOrganisation(Visit v, Locale language) {
        if (v.getHostOrganisationId() == null) {
            return null;
        }
        var organisation = entityManager.find(Organisation.class, v.getHostOrganisationId());
        if (organisation == null) {
            return null;
        }
        return new VisitDetails.Named(organisation.getId(),
                organisationNames.of(List.of(organisation), language).get(organisation.getId()),
                scope.canSeeOrganisation(organisation.getCountryCode(), organisation.getId()));
    }

    private VisitDetails.Named responsible(Visit v) {
        if (v.getResponsibleUserId() == null) {
            return null;
        }
        var name = users.displayNames(Set.of(v.getResponsibleUserId())).get(v.getResponsibleUserId());
        return name == null ? null : new VisitDetails.Named(v.getResponsibleUserId(), name, false);
    }

    private List<VisitDetails.Member> delegation(Visit v, Locale language) {
        var members = new ArrayList<VisitDetails.Member>();
        var organisations = currentOrganisations(v.getPersons().keySet(), language);
        for (var entry : v.getPersons().entrySet()) {
            var person = entityManager.find(Person.class, entry.getKey());
            if (person != null) {
                members.add(new VisitDetails.Member(person.getId(), null, person.fullName(),
                        organisations.get(person.getId()), entry.getValue(),
                        scope.canSeeCountry(person.getCountryCode())));
            }
        }
        var names = users.displayNames(v.getUsers().keySet());
        boolean withheld = false;
        for (var entry : v.getUsers().entrySet()) {
            var name = names.get(entry.getKey());
            if (name == null) {
                withheld = true;
            } else {
                members.add(new VisitDetails.Member(null, entry.getKey(), name, null, entry.getValue(), false));
            }
        }
        members.sort(Comparator.comparing(VisitDetails.Member::role).thenComparing(VisitDetails.Member::name));
        if (withheld) {
            // staff members whose names are withheld from a partner take part as the office (ADR 0038)
            members.add(new VisitDetails.Member(null, null, null, null, DelegationRole.MEMBER, false));
        }
        return List.copyOf(members);
    }

    /** The organisations each person holds a position in today, by person, in the reader's language. */
    private Map<Long, String> currentOrganisations(Set<Long> personIds, Locale language) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        var positions = entityManager.createQuery("select p from Position p where p.person.id in :ids"
                        + " and (p.toDate is null or p.toDate >= :today)", Position.class)
                .setParameter("ids", personIds).setParameter("today", time.today()).getResultList();
        var names = organisationNames.of(positions.stream().map(Position::getOrganisation).distinct().toList(),
                language);
        var byPerson = new HashMap<Long, String>();
        positions.stream().collect(Collectors.groupingBy(p -> p.getPerson().getId())).forEach((person, held) ->
                byPerson.put(person, held.stream().map(p -> names.get(p.getOrganisation().getId())).distinct()
                        .sorted().collect(Collectors.joining(", "))));
        return byPerson;
    }
}
