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
import ua.cooperation.portal.registry.OrganisationChanges;
import ua.cooperation.portal.registry.OrganisationDetails;
import ua.cooperation.portal.registry.OrganisationService;

import java.util.Locale;
import java.util.function.Consumer;

/**
 * A new organisation. Before saving it looks for stored organisations with a close name; if there are any it shows
 * them as links and saves only when the officer chooses "save anyway".
 */
class OrganisationCreateDialog extends Dialog {

    static final String ID = "organisation-create";
    static final String ID_SAVE = "organisation-create-save";
    static final String ID_SAVE_ANYWAY = "organisation-create-save-anyway";
    static final String ID_DUPLICATES = "organisation-duplicates";

    private final OrganisationService organisations;
    private final Locale locale;
    private final OrganisationForm form;
    private final Div warning = new Div();
    private final Button saveAnyway = new Button();
    private final Consumer<OrganisationDetails> onCreated;

    OrganisationCreateDialog(OrganisationService organisations, CountryPickers countries, Locale locale,
                             Consumer<OrganisationDetails> onCreated) {
        this.organisations = organisations;
        this.locale = locale;
        this.onCreated = onCreated;
        setId(ID);
        setHeaderTitle(getTranslation("organisation.create.title"));
        setWidth("min(56em, 95vw)");
        form = new OrganisationForm(organisations, countries, locale);
        form.read(OrganisationChanges.blank(), null);
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
        cancel.setId("organisation-create-cancel");
        getFooter().add(cancel, saveAnyway, save);
    }

    private void save(boolean despiteDuplicates) {
        var entered = form.writeIfValid();
        if (entered.isEmpty()) {
            return;
        }
        if (!despiteDuplicates) {
            var duplicates = organisations.findLikelyDuplicates(entered.get(), locale);
            if (!duplicates.isEmpty()) {
                warning.removeAll();
                warning.add(Registry.duplicateWarning(ID_DUPLICATES, RegistryLinks::organisation, duplicates,
                        locale, this));
                saveAnyway.setVisible(true);
                return;
            }
        }
        try {
            var created = organisations.create(entered.get(), locale);
            close();
            Notifications.saved(this);
            onCreated.accept(created);
        } catch (ConstraintViolationException | RecordNotFoundException invalid) {
            Notifications.error(this, "record.invalid");
        }
    }
}
