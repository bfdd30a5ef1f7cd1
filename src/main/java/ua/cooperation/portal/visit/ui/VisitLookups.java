package ua.cooperation.portal.visit.ui;

import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import ua.cooperation.portal.country.CountryFilter;
import ua.cooperation.portal.country.CountryListItem;
import ua.cooperation.portal.country.CountryService;
import ua.cooperation.portal.registry.OrganisationFilter;
import ua.cooperation.portal.registry.OrganisationService;
import ua.cooperation.portal.registry.PersonFilter;
import ua.cooperation.portal.registry.PersonService;
import ua.cooperation.portal.security.UserDirectory;

import java.util.List;
import java.util.Locale;

/**
 * What the visit forms and dialogs offer in their pickers, fetched through the services (which apply the reader's
 * scope), a page of what the user typed for: the forms call no service.
 */
@Component
class VisitLookups {

    private final CountryService countries;
    private final OrganisationService organisations;
    private final PersonService people;
    private final UserDirectory users;

    VisitLookups(CountryService countries, OrganisationService organisations, PersonService people,
                 UserDirectory users) {
        this.countries = countries;
        this.organisations = organisations;
        this.people = people;
        this.users = users;
    }

    List<String> countryCodes(String text, Pageable page, Locale language) {
        return countries.findVisible(new CountryFilter(text, null), page, language).stream()
                .map(CountryListItem::code).toList();
    }

    List<Choice> organisations(String text, Pageable page, Locale language) {
        return organisations.findVisible(OrganisationFilter.text(text), page, language).stream()
                .map(o -> new Choice(o.id(), o.name() + " · " + o.countryCode())).toList();
    }

    List<Choice> people(String text, Pageable page) {
        return people.findVisible(new PersonFilter(text, null), page).stream()
                .map(p -> new Choice(p.id(), p.fullName() + " · " + p.countryCode())).toList();
    }

    /** Active staff: who may be responsible, an internal delegation member or a checklist item's owner. */
    List<Choice> staff(String text, Pageable page) {
        return users.findActiveStaff(text, page.getPageNumber(), page.getPageSize()).stream()
                .map(u -> new Choice(u.id(), u.displayName())).toList();
    }
}
