package ua.cooperation.portal.partnership.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import ua.cooperation.portal.base.ui.AdminUnitPickers;
import ua.cooperation.portal.registry.Municipality;
import ua.cooperation.portal.registry.MunicipalityService;
import ua.cooperation.portal.registry.OrganisationFilter;
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
 * What the partnership form offers in its pickers, fetched through the services (which apply the reader's country
 * scope): the form itself calls no service, so it can be built and tested with any source of choices.
 */
@Component
class PartnershipLookups {

    private final TerritoryService territory;
    private final AdminUnitPickers<AdminUnitOption, UnitLevel> units;
    private final MunicipalityService municipalities;
    private final OrganisationService organisations;
    private final PersonService people;

    PartnershipLookups(TerritoryService territory, AdminUnitPickers<AdminUnitOption, UnitLevel> units,
                       MunicipalityService municipalities,
                       OrganisationService organisations, PersonService people) {
        this.territory = territory;
        this.units = units;
        this.municipalities = municipalities;
        this.organisations = organisations;
        this.people = people;
    }

    /** A picker of Ukrainian territorial units of the given levels (the codifier, Cyrillic or Latin). */
    ComboBox<AdminUnitOption> unitPicker(Set<UnitLevel> levels) {
        return units.create(levels);
    }

    /** The hromada of a stored partnership, as the picker shows it. */
    Optional<AdminUnitOption> hromada(String code) {
        return territory.findByCode(code);
    }

    /** Partner-side municipalities matching the typed text, a page at a time. */
    List<PartnershipForm.Choice> partnerMunicipalities(String text, Pageable page, Locale language) {
        return municipalities.findVisible(text, Municipality.Side.PARTNER, page.getPageNumber(), page.getPageSize(),
                        language).stream()
                .map(m -> new PartnershipForm.Choice(m.id(), m.name() + " · " + m.countryCode())).toList();
    }

    /** Foreign organisations matching the typed text (a Ukrainian one cannot be the partner). */
    List<PartnershipForm.Choice> partnerOrganisations(String text, Pageable page, Locale language) {
        return organisations.findVisible(OrganisationFilter.text(text), page, language).stream()
                .filter(o -> !"UA".equals(o.countryCode()))
                .map(o -> new PartnershipForm.Choice(o.id(), o.name() + " · " + o.countryCode())).toList();
    }

    /** Ukrainian organisations of the registry matching the typed text: the Ukrainian side of an institutional one. */
    List<PartnershipForm.Choice> ukrainianOrganisations(String text, Pageable page, Locale language) {
        return organisations.findVisible(new OrganisationFilter(text, null, "UA"), page, language).stream()
                .map(o -> new PartnershipForm.Choice(o.id(), o.name())).toList();
    }

    /** People of the registry matching the typed text, of one country when {@code countryCode} is given. */
    List<PartnershipForm.Choice> people(String text, String countryCode, Pageable page) {
        return people.findVisible(new PersonFilter(text, countryCode), page).stream()
                .map(p -> new PartnershipForm.Choice(p.id(), p.fullName())).toList();
    }

}
