package ua.cooperation.portal.registry.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import ua.cooperation.portal.base.ui.AdminUnitPickers;
import ua.cooperation.portal.base.ui.CountryPickers;
import ua.cooperation.portal.registry.OrganisationFilter;
import ua.cooperation.portal.registry.OrganisationListItem;
import ua.cooperation.portal.registry.OrganisationRef;
import ua.cooperation.portal.registry.OrganisationService;
import ua.cooperation.portal.registry.PersonFilter;
import ua.cooperation.portal.registry.PersonService;
import ua.cooperation.portal.territory.AdminUnitOption;
import ua.cooperation.portal.territory.TerritoryService;
import ua.cooperation.portal.territory.UnitLevel;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What the registry's forms and dialogs offer in their pickers, fetched through the services (which apply the reader's
 * country scope): the forms themselves call no service, so they can be built and tested with any source of choices.
 */
@Component
class RegistryLookups {

    private final CountryPickers countries;
    private final AdminUnitPickers<AdminUnitOption, UnitLevel> units;
    private final TerritoryService territory;
    private final OrganisationService organisations;
    private final PersonService people;

    RegistryLookups(CountryPickers countries, AdminUnitPickers<AdminUnitOption, UnitLevel> units,
                    TerritoryService territory, OrganisationService organisations, PersonService people) {
        this.countries = countries;
        this.units = units;
        this.territory = territory;
        this.organisations = organisations;
        this.people = people;
    }

    /** A lazy picker of the countries the reader may see, named in {@code locale}. */
    ComboBox<String> countryPicker(Locale locale) {
        return countries.create(locale);
    }

    /** A picker of the codifier's hromadas (Cyrillic or Latin). */
    ComboBox<AdminUnitOption> hromadaPicker() {
        return units.create(Set.of(UnitLevel.HROMADA));
    }

    /** The hromada of a stored municipality, as the picker shows it. */
    Optional<AdminUnitOption> hromada(String code) {
        return code == null ? Optional.empty() : territory.findByCode(code);
    }

    /** Organisations matching the typed text, a page at a time, as a parent picker shows them. */
    List<OrganisationRef> organisations(String text, Pageable page, Locale language) {
        return organisations.findVisible(OrganisationFilter.text(text), page, language).stream()
                .map(OrganisationListItem::ref).toList();
    }

    /** Organisations matching the typed text, as a post's dialog offers them. */
    List<PositionDialog.Choice> organisationChoices(String text, Pageable page, Locale language) {
        return organisations.findVisible(OrganisationFilter.text(text), page, language).stream()
                .map(o -> new PositionDialog.Choice(o.id(), o.name())).toList();
    }

    /** People matching the typed text, named in their script and in Latin letters when that differs. */
    List<PositionDialog.Choice> personChoices(String text, Pageable page) {
        return people.findVisible(new PersonFilter(text, null), page).stream()
                .map(p -> new PositionDialog.Choice(p.id(), p.latinName() == null
                        || p.latinName().equals(p.fullName()) ? p.fullName()
                        : p.fullName() + " (" + p.latinName() + ")"))
                .toList();
    }

    /** The Latin spelling to propose for a name (the official Ukrainian transliteration, or the name itself). */
    Optional<String> latin(String name) {
        return people.suggestLatin(name);
    }
}
