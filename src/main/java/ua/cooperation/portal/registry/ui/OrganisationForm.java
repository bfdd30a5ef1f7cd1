package ua.cooperation.portal.registry.ui;

import ua.cooperation.portal.base.RefusedException;
import ua.cooperation.portal.base.ui.Constraints;
import ua.cooperation.portal.base.ui.RecordForm;
import ua.cooperation.portal.base.ui.FieldMessages;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import ua.cooperation.portal.registry.Organisation;
import ua.cooperation.portal.registry.OrganisationChanges;
import ua.cooperation.portal.registry.OrganisationRef;
import ua.cooperation.portal.registry.OrganisationType;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * An organisation's fields in buffered mode: nothing changes until {@link #writeIfValid()} succeeds; messages appear
 * at the fields, the service's refusals too ({@link #showRefusal}). The length and format rules are the ones declared
 * on {@link OrganisationChanges}; the parent picker gets its choices through {@link RegistryLookups}. Used by the
 * create dialog and the details view.
 */
class OrganisationForm extends FormLayout implements RecordForm {

    static final String ID_TYPE = "organisation-type";
    static final String ID_NAME_ORIGINAL = "organisation-name-original";
    static final String ID_NAME_UK = "organisation-name-uk";
    static final String ID_NAME_EN = "organisation-name-en";
    static final String ID_COUNTRY = "organisation-country";
    static final String ID_PARENT = "organisation-parent";
    static final String ID_EMAIL = "organisation-email";
    static final String ID_PHONE = "organisation-phone";
    static final String ID_ADDRESS = "organisation-address";
    static final String ID_WEBSITE = "organisation-website";
    static final String ID_NOTES = "organisation-notes";

    /** The form's working copy, with typed accessors so that bindings are checked by the compiler. */
    static final class Draft {
        OrganisationType type;
        String nameOriginal;
        String nameUk;
        String nameEn;
        String countryCode;
        OrganisationRef parent;
        String email;
        String phone;
        String address;
        String website;
        String notes;
    }

    final Select<OrganisationType> type = new Select<>();
    final TextField nameOriginal = new TextField();
    final TextField nameUk = new TextField();
    final TextField nameEn = new TextField();
    final ComboBox<String> country;
    final ComboBox<OrganisationRef> parent = new ComboBox<>();
    final EmailField email = new EmailField();
    final TextField phone = new TextField();
    final TextField address = new TextField();
    final TextField website = new TextField();
    final TextArea notes = new TextArea();
    private final Binder<Draft> binder = new Binder<>();
    private OrganisationChanges loaded = OrganisationChanges.blank();

    OrganisationForm(RegistryLookups lookups, Locale locale) {
        country = lookups.countryPicker(locale);
        configureFields(lookups, locale);
        bindFields();

        add(type, country, nameOriginal, nameUk, nameEn, parent, email, phone, address, website);
        add(notes, 2);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));
        FieldMessages.applyTo(this);
    }

    private void configureFields(RegistryLookups lookups, Locale locale) {
        type.setId(ID_TYPE);
        type.setLabel(getTranslation("organisation.field.type"));
        type.setItems(OrganisationType.values());
        type.setItemLabelGenerator(t -> t == null ? "" : getTranslation("organisation-type." + t.name()));
        type.setRequiredIndicatorVisible(true);

        text(nameOriginal, ID_NAME_ORIGINAL, "organisation.field.name-original", Organisation.NAME_MAX_LENGTH);
        nameOriginal.setHelperText(getTranslation("organisation.field.names.helper"));
        text(nameUk, ID_NAME_UK, "organisation.field.name-uk", Organisation.NAME_MAX_LENGTH);
        text(nameEn, ID_NAME_EN, "organisation.field.name-en", Organisation.NAME_MAX_LENGTH);

        country.setId(ID_COUNTRY);
        country.setLabel(getTranslation("registry.field.country"));
        country.setRequiredIndicatorVisible(true);

        parent.setId(ID_PARENT);
        parent.setLabel(getTranslation("organisation.field.parent"));
        parent.setItemsPageable((pageable, filter) -> lookups.organisations(filter, pageable, locale).stream()
                .filter(ref -> loaded.id() == null || ref.id() != loaded.id()).toList());
        parent.setItemLabelGenerator(OrganisationRef::name);
        parent.setClearButtonVisible(true);

        email.setId(ID_EMAIL);
        email.setLabel(getTranslation("registry.field.email"));
        text(phone, ID_PHONE, "registry.field.phone", 100);
        text(address, ID_ADDRESS, "organisation.field.address", 500);
        text(website, ID_WEBSITE, "organisation.field.website", 500);
        website.setPlaceholder("https://");

        notes.setId(ID_NOTES);
        notes.setLabel(getTranslation("registry.field.notes"));
        notes.setMaxLength(Organisation.NOTES_MAX_LENGTH);
        notes.setMinHeight("6em");
    }

    private void bindFields() {
        binder.forField(type).asRequired(getTranslation("organisation.validation.type-required"))
                .bind(d -> d.type, (d, v) -> d.type = v);
        var nameBinding = binder.forField(nameOriginal)
                .withValidator(v -> !blank(v) || !blank(nameUk.getValue()) || !blank(nameEn.getValue()),
                        getTranslation("organisation.validation.name-required"))
                .withValidator(Constraints.of(OrganisationChanges.class, "nameOriginal"))
                .bind(d -> d.nameOriginal, (d, v) -> d.nameOriginal = v);
        binder.forField(nameUk).withValidator(Constraints.of(OrganisationChanges.class, "nameUk"))
                .bind(d -> d.nameUk, (d, v) -> d.nameUk = v);
        binder.forField(nameEn).withValidator(Constraints.of(OrganisationChanges.class, "nameEn"))
                .bind(d -> d.nameEn, (d, v) -> d.nameEn = v);
        binder.forField(country).asRequired(getTranslation("registry.validation.country-required"))
                .bind(d -> d.countryCode, (d, v) -> d.countryCode = v);
        binder.forField(parent).bind(d -> d.parent, (d, v) -> d.parent = v);
        binder.forField(email)
                .withValidator(Constraints.of(OrganisationChanges.class, "email", "registry.validation.email"))
                .bind(d -> d.email, (d, v) -> d.email = v);
        binder.forField(phone).withValidator(Constraints.of(OrganisationChanges.class, "phone"))
                .bind(d -> d.phone, (d, v) -> d.phone = v);
        binder.forField(address).withValidator(Constraints.of(OrganisationChanges.class, "address"))
                .bind(d -> d.address, (d, v) -> d.address = v);
        // the rules the service checks, declared once on OrganisationChanges
        binder.forField(website)
                .withValidator(Constraints.of(OrganisationChanges.class, "website", "organisation.validation.website"))
                .bind(d -> d.website, (d, v) -> d.website = v);
        binder.forField(notes).withValidator(Constraints.of(OrganisationChanges.class, "notes"))
                .bind(d -> d.notes, (d, v) -> d.notes = v);
        // a name typed in any of the three fields clears the "at least one name" message
        nameUk.addValueChangeListener(e -> nameBinding.validate());
        nameEn.addValueChangeListener(e -> nameBinding.validate());
    }

    private void text(TextField field, String id, String labelKey, int maxLength) {
        field.setId(id);
        field.setLabel(getTranslation(labelKey));
        field.setMaxLength(maxLength);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    void read(OrganisationChanges changes, OrganisationRef currentParent) {
        loaded = changes;
        var draft = new Draft();
        draft.type = changes.type();
        draft.nameOriginal = changes.nameOriginal();
        draft.nameUk = changes.nameUk();
        draft.nameEn = changes.nameEn();
        draft.countryCode = changes.countryCode();
        draft.parent = currentParent;
        draft.email = changes.email();
        draft.phone = changes.phone();
        draft.address = changes.address();
        draft.website = changes.website();
        draft.notes = changes.notes();
        binder.readBean(draft);
    }

    /** The user's entries on top of the version they loaded, or empty (with messages at the fields) when invalid. */
    Optional<OrganisationChanges> writeIfValid() {
        var draft = new Draft();
        if (!binder.writeBeanIfValid(draft)) {
            return Optional.empty();
        }
        return Optional.of(new OrganisationChanges(loaded.id(), loaded.version(), draft.type, draft.nameOriginal,
                draft.nameUk, draft.nameEn, draft.countryCode, draft.parent == null ? null : draft.parent.id(),
                draft.email, draft.phone, draft.address, draft.website, draft.notes));
    }

    void setReadOnly(boolean readOnly) {
        binder.setReadOnly(readOnly);
    }

    /** Keeps what the user typed but moves it onto a newer stored version (the "save mine anyway" choice). */
    void rebase(long newVersion) {
        loaded = loaded.withVersion(newVersion);
    }

    boolean isFor(long id) {
        return Objects.equals(loaded.id(), id);
    }

    /** Shows the service's refusal at the field it concerns (a parent that would make a cycle); false otherwise. */
    @Override
    public boolean showRefusal(RefusedException.Refusal refusal) {
        HasValidation field = switch (refusal.field()) {
            case "parent" -> parent;
            case "country" -> country;
            case "names" -> nameOriginal;
            default -> null;
        };
        return Registry.showAt(field, refusal, this);
    }
}
