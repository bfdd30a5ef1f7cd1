package ua.cooperation.portal.registry.ui;

import ua.cooperation.portal.base.ui.Notifications;
import ua.cooperation.portal.registry.RegistryLinks;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import jakarta.validation.ConstraintViolationException;
import ua.cooperation.portal.base.RecordNotFoundException;
import ua.cooperation.portal.base.ui.CountryPickers;
import ua.cooperation.portal.registry.PersonChanges;
import ua.cooperation.portal.registry.PersonDetails;
import ua.cooperation.portal.registry.PersonService;

import java.util.Locale;
import java.util.function.Consumer;

/** A new person; warns with links about people with a close name before saving, and saves anyway only on purpose. */
class PersonCreateDialog extends Dialog {

    static final String ID = "person-create";
    static final String ID_SAVE = "person-create-save";
    static final String ID_SAVE_ANYWAY = "person-create-save-anyway";
    static final String ID_DUPLICATES = "person-duplicates";

    private final PersonService people;
    private final Locale locale;
    private final PersonForm form;
    private final Div warning = new Div();
    private final Button saveAnyway = new Button();
    private final Consumer<PersonDetails> onCreated;

    PersonCreateDialog(PersonService people, CountryPickers countries, Locale locale,
                       Consumer<PersonDetails> onCreated) {
        this.people = people;
        this.locale = locale;
        this.onCreated = onCreated;
        setId(ID);
        setHeaderTitle(getTranslation("person.create.title"));
        setWidth("min(50em, 95vw)");
        form = new PersonForm(people, countries, locale);
        form.read(PersonChanges.blank());
        add(warning, form);

        var save = new Button(getTranslation("action.save"), e -> save(false));
        save.setId(ID_SAVE);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveAnyway.setText(getTranslation("registry.duplicates.save-anyway"));
        saveAnyway.setId(ID_SAVE_ANYWAY);
        saveAnyway.addThemeVariants(ButtonVariant.LUMO_ERROR);
        saveAnyway.addClickListener(e -> save(true));
        saveAnyway.setVisible(false);
        var cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.setId("person-create-cancel");
        getFooter().add(cancel, saveAnyway, save);
    }

    private void save(boolean despiteDuplicates) {
        var entered = form.writeIfValid();
        if (entered.isEmpty()) {
            return;
        }
        if (!despiteDuplicates) {
            var duplicates = people.findLikelyDuplicates(entered.get());
            if (!duplicates.isEmpty()) {
                warning.removeAll();
                warning.add(Registry.duplicateWarning(ID_DUPLICATES, RegistryLinks::person, duplicates, locale,
                        this));
                saveAnyway.setVisible(true);
                return;
            }
        }
        try {
            var created = people.create(entered.get());
            close();
            Notifications.saved(this);
            onCreated.accept(created);
        } catch (ConstraintViolationException | RecordNotFoundException invalid) {
            Notifications.error(this, "record.invalid");
        }
    }
}
