package ua.cooperation.portal.programme.ui;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import ua.cooperation.portal.country.CountryFilter;
import ua.cooperation.portal.country.CountryListItem;
import ua.cooperation.portal.country.CountryService;
import ua.cooperation.portal.partnership.PartnershipFilter;
import ua.cooperation.portal.partnership.PartnershipService;
import ua.cooperation.portal.registry.OrganisationFilter;
import ua.cooperation.portal.registry.OrganisationService;

import java.util.List;
import java.util.Locale;

/**
 * What the programme form and its row dialogs offer in their pickers, fetched through the services (which apply the
 * reader's country scope): the forms themselves call no service, so they can be built and tested with any source of
 * choices.
 */
@Component
class ProgrammeLookups {

    // enough for every partner country and every partnership the office has; the pickers filter in the browser
    private static final int COUNTRIES = 400;
    private static final int PARTNERSHIPS = 200;

    private final CountryService countries;
    private final PartnershipService partnerships;
    private final OrganisationService organisations;

    ProgrammeLookups(CountryService countries, PartnershipService partnerships, OrganisationService organisations) {
        this.countries = countries;
        this.partnerships = partnerships;
        this.organisations = organisations;
    }

    /** The codes of the partner countries a programme may cover (Ukraine is always its other side). */
    List<String> partnerCountryCodes(Locale language) {
        return countries.findVisible(new CountryFilter(null, null), PageRequest.of(0, COUNTRIES), language).stream()
                .map(CountryListItem::code).filter(code -> !"UA".equals(code)).toList();
    }

    /** The partnerships the reader sees, which a programme may be linked to. */
    List<ProgrammeForm.Choice> partnerships(Locale language) {
        return partnerships.findVisible(PartnershipFilter.none(), PageRequest.of(0, PARTNERSHIPS), language).stream()
                .map(p -> new ProgrammeForm.Choice(p.id(), p.ukrainianName() + " — " + p.partnerName())).toList();
    }

    /** Registry organisations matching the typed text, a page at a time (participants, providers, receivers). */
    List<ProgrammeForm.Choice> organisations(String text, Pageable page, Locale language) {
        return organisations.findVisible(OrganisationFilter.text(text), page, language).stream()
                .map(o -> new ProgrammeForm.Choice(o.id(), o.name() + " · " + o.countryCode())).toList();
    }
}
