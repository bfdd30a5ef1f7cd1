package ua.cooperation.portal.meeting.ui;

import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import ua.cooperation.portal.country.CountryFilter;
import ua.cooperation.portal.country.CountryListItem;
import ua.cooperation.portal.country.CountryService;
import ua.cooperation.portal.partnership.PartnershipFilter;
import ua.cooperation.portal.partnership.PartnershipService;
import ua.cooperation.portal.programme.ProgrammeFilter;
import ua.cooperation.portal.programme.ProgrammeService;
import ua.cooperation.portal.registry.OrganisationFilter;
import ua.cooperation.portal.registry.OrganisationService;
import ua.cooperation.portal.registry.PersonFilter;
import ua.cooperation.portal.registry.PersonService;
import ua.cooperation.portal.security.UserDirectory;

import java.util.List;
import java.util.Locale;

/**
 * What the meeting forms, dialogs and filters offer in their pickers, fetched through the services (which apply the
 * reader's country scope), each a page of what the user typed for: the forms themselves call no service, so they can
 * be built and tested with any source of choices.
 */
@Component
class MeetingLookups {

    private final CountryService countries;
    private final OrganisationService organisations;
    private final PersonService people;
    private final UserDirectory users;
    private final PartnershipService partnerships;
    private final ProgrammeService programmes;

    MeetingLookups(CountryService countries, OrganisationService organisations, PersonService people,
                   UserDirectory users, PartnershipService partnerships, ProgrammeService programmes) {
        this.countries = countries;
        this.organisations = organisations;
        this.people = people;
        this.users = users;
        this.partnerships = partnerships;
        this.programmes = programmes;
    }

    /** The codes of the countries the reader sees, by name or code. */
    List<String> countryCodes(String text, Pageable page, Locale language) {
        return countries.findVisible(new CountryFilter(text, null), page, language).stream()
                .map(CountryListItem::code).toList();
    }

    /** Registry organisations, named with their country. */
    List<Choice> organisations(String text, Pageable page, Locale language) {
        return organisations.findVisible(OrganisationFilter.text(text), page, language).stream()
                .map(o -> new Choice(o.id(), o.name() + " · " + o.countryCode())).toList();
    }

    /** Registry people, named with their country. */
    List<Choice> people(String text, Pageable page) {
        return people.findVisible(new PersonFilter(text, null), page).stream()
                .map(p -> new Choice(p.id(), p.fullName() + " · " + p.countryCode())).toList();
    }

    /** Active staff (officers, heads, administrators): who may be responsible for a meeting. */
    List<Choice> staff(String text, Pageable page) {
        return users.findActiveStaff(text, page.getPageNumber(), page.getPageSize()).stream()
                .map(u -> new Choice(u.id(), u.displayName())).toList();
    }

    /** Active portal users (liaisons included). */
    List<Choice> users(String text, Pageable page) {
        return users.findActive(text, page.getPageNumber(), page.getPageSize()).stream()
                .map(u -> new Choice(u.id(), u.displayName())).toList();
    }

    /** Partnerships the reader sees. */
    List<Choice> partnerships(String text, Pageable page, Locale language) {
        return partnerships.findVisible(new PartnershipFilter(text, null, null, null, null, null, false), page,
                language).stream().map(p -> new Choice(p.id(), p.name())).toList();
    }

    /** Programmes by identifier or title in any language, titled in the reader's language. */
    List<Choice> programmes(String text, Pageable page, Locale language) {
        return programmes.findVisible(new ProgrammeFilter(text, null, null, null, null, null), page, language)
                .stream().map(p -> new Choice(p.id(), p.title() + " · " + p.identifier())).toList();
    }
}
