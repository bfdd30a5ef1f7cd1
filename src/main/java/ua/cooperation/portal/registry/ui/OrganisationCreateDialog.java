package ua.cooperation.portal.registry.ui;

import com.vaadin.flow.component.Component;
import ua.cooperation.portal.registry.OrganisationDetails;
import ua.cooperation.portal.registry.OrganisationService;
import ua.cooperation.portal.registry.RegistryLinks;

import java.util.Locale;
import java.util.function.Consumer;

/**
 * A new organisation, in the kit's create dialog. Before saving it looks for stored organisations with a close name;
 * if there are any it shows them as links and saves only when the officer chooses "save anyway".
 */
final class OrganisationCreateDialog {

    static final String ID_SAVE = "organisation-create-save";
    static final String ID_SAVE_ANYWAY = ID_SAVE + "-anyway";
    static final String ID_DUPLICATES = "organisation-duplicates";

    private OrganisationCreateDialog() {
    }

    static void open(Component list, Locale locale, OrganisationService organisations, RegistryLookups lookups,
                     Consumer<OrganisationDetails> created) {
        Registry.openCreate(list, locale, "organisation", new OrganisationForm(lookups, locale),
                OrganisationForm::writeIfValid, changes -> organisations.findLikelyDuplicates(changes, locale),
                RegistryLinks::organisation, changes -> organisations.create(changes, locale), created);
    }
}
