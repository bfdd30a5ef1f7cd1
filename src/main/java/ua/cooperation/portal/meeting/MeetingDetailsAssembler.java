package ua.cooperation.portal.meeting;

import ua.cooperation.portal.translation.RecordTexts;
import ua.cooperation.portal.translation.TextOwnerKind;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;
import ua.cooperation.portal.partnership.PartnershipService;
import ua.cooperation.portal.programme.ProgrammeService;
import ua.cooperation.portal.registry.Organisation;
import ua.cooperation.portal.registry.Person;
import ua.cooperation.portal.registry.OrganisationNames;
import ua.cooperation.portal.security.AccessPolicy;
import ua.cooperation.portal.security.CountryScope;
import ua.cooperation.portal.security.UserDirectory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;

/**
 * A meeting as its reader may see it ({@link MeetingDetails}): names in the reader's language, linked records only
 * those the reader may see, internal fields and staff names as {@link AccessPolicy} allows.
 */
@Component
class MeetingDetailsAssembler {

    private final EntityManager entityManager;
    private final CountryScope scope;
    private final AccessPolicy policy;
    private final UserDirectory users;
    private final PartnershipService partnerships;
    private final ProgrammeService programmes;
    private final RecordTexts translations;
    private final OrganisationNames organisationNames;

    MeetingDetailsAssembler(EntityManager entityManager, CountryScope scope, AccessPolicy policy,
                            UserDirectory users, PartnershipService partnerships, ProgrammeService programmes,
                            RecordTexts translations, OrganisationNames organisationNames) {
        this.translations = translations;
        this.organisationNames = organisationNames;
        this.entityManager = entityManager;
        this.scope = scope;
        this.policy = policy;
        this.users = users;
        this.partnerships = partnerships;
        this.programmes = programmes;
    }

    MeetingDetails toDetails(Meeting m, Locale language) {
        return new MeetingDetails(m.getId(), m.getVersion(), m.getType(), m.getTitle(), m.getStartsAt(),
                m.getEndsAt(), m.getPlace(), m.getOnlineLink(), new TreeSet<>(m.getCountryCodes()),
                organisations(m, language), participants(m), internalUsers(m), partnerships(m, language),
                programmes(m, language), m.getAgenda(), m.getMinutes(), policy.internal(m.getInternalNotes()),
                m.isSharedWithPartners(), m.getUpdatedAt(), policy.author(m.getUpdatedBy()), policy.permissions(),
                translations.localize(TextOwnerKind.MEETING, m.getId(), MeetingTextOwner.originals(m), language),
                responsible(m), m.getAreas(), m.getTargetGroups());
    }

    /** The responsible officer by name, for readers who may read staff names (null otherwise, or when none). */
    private MeetingDetails.Named responsible(Meeting m) {
        if (m.getResponsibleUserId() == null) {
            return null;
        }
        var name = users.displayNames(java.util.Set.of(m.getResponsibleUserId())).get(m.getResponsibleUserId());
        return name == null ? null : new MeetingDetails.Named(m.getResponsibleUserId(), name, false);
    }

    private List<MeetingDetails.Named> organisations(Meeting m, Locale language) {
        var found = m.getOrganisationIds().stream()
                .map(id -> entityManager.find(Organisation.class, id))
                .filter(Objects::nonNull)
                .toList();
        // a Lithuanian or Polish reader reads the organisations' names in her language where they have one
        var names = organisationNames.of(found, language);
        return found.stream()
                .map(o -> new MeetingDetails.Named(o.getId(), names.get(o.getId()),
                        scope.canSeeOrganisation(o.getCountryCode(), o.getId())))
                .sorted(Comparator.comparing(MeetingDetails.Named::name))
                .toList();
    }

    private List<MeetingDetails.Participant> participants(Meeting m) {
        var participants = new ArrayList<MeetingDetails.Participant>();
        for (var entry : m.getParticipants().entrySet()) {
            var person = entityManager.find(Person.class, entry.getKey());
            if (person != null) {
                participants.add(new MeetingDetails.Participant(person.getId(), person.fullName(), entry.getValue(),
                        scope.canSeeCountry(person.getCountryCode())));
            }
        }
        participants.sort(Comparator.comparing(MeetingDetails.Participant::role)
                .thenComparing(MeetingDetails.Participant::name));
        return List.copyOf(participants);
    }

    private List<MeetingDetails.Named> internalUsers(Meeting m) {
        var userNames = users.displayNames(m.getUserIds());
        var internalUsers = new ArrayList<>(userNames.entrySet().stream()
                .map(e -> new MeetingDetails.Named(e.getKey(), e.getValue(), false))
                .sorted(Comparator.comparing(MeetingDetails.Named::name)).toList());
        if (userNames.size() < m.getUserIds().size()) {
            // staff members whose names are withheld from a partner take part as the office (no id, no name)
            internalUsers.add(new MeetingDetails.Named(0, null, false));
        }
        return List.copyOf(internalUsers);
    }

    private List<MeetingDetails.Named> partnerships(Meeting m, Locale language) {
        // a liaison sees only the linked partnerships they may see themselves
        return partnerships.findVisibleNames(m.getPartnershipIds(), language).entrySet().stream()
                .map(e -> new MeetingDetails.Named(e.getKey(), e.getValue(), true))
                .sorted(Comparator.comparing(MeetingDetails.Named::name)).toList();
    }

    private List<MeetingDetails.Named> programmes(Meeting m, Locale language) {
        // likewise the programmes: one the reader may not see is left out, its title never read out
        return m.getProgrammeIds().stream()
                .flatMap(id -> programmes.findVisibleTitle(id, language)
                        .map(title -> new MeetingDetails.Named(id, title, true)).stream())
                .sorted(Comparator.comparing(MeetingDetails.Named::name)).toList();
    }
}
