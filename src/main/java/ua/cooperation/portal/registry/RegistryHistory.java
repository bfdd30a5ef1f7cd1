package ua.cooperation.portal.registry;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ua.cooperation.portal.base.HistoryEntry;
import ua.cooperation.portal.audit.RecordHistory;
import ua.cooperation.portal.base.RecordNotFoundException;
import ua.cooperation.portal.security.AccessPolicy;
import ua.cooperation.portal.security.CountryScope;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;

/**
 * The history of organisations and people, including their posts (a post added, ended or removed shows on both
 * the organisation and the person). Visible exactly when the record itself is; a person's history shows only posts
 * at organisations the reader may see.
 */
@Service
public class RegistryHistory {

    public static final List<String> ORGANISATION_FIELDS = List.of("type", "nameOriginal", "nameUk", "nameEn",
            "countryCode", "parent", "email", "phone", "address", "website", "notes");
    public static final List<String> PERSON_FIELDS = List.of("givenName", "familyName", "givenNameLatin",
            "familyNameLatin", "countryCode", "email", "phone", "notes");
    public static final List<String> POSITION_FIELDS = List.of("title", "fromDate", "toDate");

    private final RecordHistory history;
    private final OrganisationService organisations;
    private final PersonService people;
    private final CountryScope scope;
    private final AccessPolicy policy;
    private final OrganisationNames names;

    RegistryHistory(RecordHistory history, OrganisationService organisations, PersonService people,
                    CountryScope scope, AccessPolicy policy, OrganisationNames names) {
        this.policy = policy;
        this.names = names;
        this.history = history;
        this.organisations = organisations;
        this.people = people;
        this.scope = scope;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<HistoryEntry> ofOrganisation(long id, Locale language) {
        if (organisations.findVisibleById(id, language).isEmpty()) {
            throw new RecordNotFoundException("Organisation " + id);
        }
        // an organisation's notes are internal, and so are their old values; its contact points are not
        var fields = policy.showsInternal() ? ORGANISATION_FIELDS
                : ORGANISATION_FIELDS.stream().filter(f -> !f.equals("notes")).toList();
        // a partner's history begins when the organisation became one of her countries'
        var seen = policy.historyStates(state -> scope.canSeeOrganisation(((Organisation) state).getCountryCode(),
                ((Organisation) state).getId()));
        var own = history.historyOf(Organisation.class, id, fields, seen);
        var posts = history.historyOfRelated(Position.class, "organisation", id, POSITION_FIELDS, post -> true,
                post -> ((Position) post).getTitle() + " — " + personName(((Position) post).getPerson()));
        return policy.authorsForReader(RecordHistory.mergeSeen(own, posts));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<HistoryEntry> ofPerson(long id, Locale language) {
        if (people.findVisibleById(id).isEmpty()) {
            throw new RecordNotFoundException("Person " + id);
        }
        // a person's personal contact details and notes stay with the office, and so do their old values
        var fields = policy.showsPersonalContactDetails() ? PERSON_FIELDS
                : PERSON_FIELDS.stream().filter(f -> !f.equals("email") && !f.equals("phone") && !f.equals("notes"))
                .toList();
        var seen = policy.historyStates(state -> scope.canSeeCountry(((Person) state).getCountryCode()));
        var own = history.historyOf(Person.class, id, fields, seen);
        // each post is named with its organisation in the reader's language; a person holds posts at a few
        // organisations, each named once
        var organisationNames = new HashMap<Long, String>();
        var posts = history.historyOfRelated(Position.class, "person", id, POSITION_FIELDS,
                post -> scope.canSeeCountry(((Position) post).getOrganisation().getCountryCode()),
                post -> ((Position) post).getTitle() + " — " + organisationNames.computeIfAbsent(
                        ((Position) post).getOrganisation().getId(),
                        organisation -> names.of(((Position) post).getOrganisation(), language)));
        return policy.authorsForReader(RecordHistory.mergeSeen(own, posts));
    }

    private static String personName(Person person) {
        return person.getGivenName() + " " + person.getFamilyName();
    }
}
