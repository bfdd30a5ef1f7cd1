package ua.cooperation.portal.registry.ui;

import com.vaadin.flow.component.Component;
import ua.cooperation.portal.registry.PersonDetails;
import ua.cooperation.portal.registry.PersonService;
import ua.cooperation.portal.registry.RegistryLinks;

import java.util.Locale;
import java.util.function.Consumer;

/**
 * A new person, in the kit's create dialog; warns with links about people with a close name before saving, and saves
 * anyway only on purpose.
 */
final class PersonCreateDialog {

    static final String ID_SAVE = "person-create-save";
    static final String ID_SAVE_ANYWAY = ID_SAVE + "-anyway";
    static final String ID_DUPLICATES = "person-duplicates";

    private PersonCreateDialog() {
    }

    static void open(Component list, Locale locale, PersonService people, RegistryLookups lookups,
                     Consumer<PersonDetails> created) {
        Registry.openCreate(list, locale, "person", new PersonForm(lookups, locale), PersonForm::writeIfValid,
                people::findLikelyDuplicates, RegistryLinks::person, people::create, created);
    }
}
