package ua.cooperation.portal.registry.ui;

import ua.cooperation.portal.base.RefusedException;
import ua.cooperation.portal.base.ui.Constraints;
import ua.cooperation.portal.base.ui.RecordForm;
import ua.cooperation.portal.base.ui.FieldMessages;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import ua.cooperation.portal.registry.Person;
import ua.cooperation.portal.registry.PersonChanges;

import java.util.Locale;
import java.util.Optional;

/**
 * A person's fields in buffered mode. When a Latin field is empty it is filled from {@link RegistryLookups#latin}
 * (the name itself if already Latin, else the official Ukrainian transliteration); the officer can change it where the
 * person prefers another spelling. The length and format rules are the ones declared on {@link PersonChanges}.
 */
class PersonForm extends FormLayout implements RecordForm {

    static final String ID_GIVEN = "person-given-name";
    static final String ID_FAMILY = "person-family-name";
    static final String ID_GIVEN_LATIN = "person-given-name-latin";
    static final String ID_FAMILY_LATIN = "person-family-name-latin";
    static final String ID_COUNTRY = "person-country";
    static final String ID_EMAIL = "person-email";
    static final String ID_PHONE = "person-phone";
    static final String ID_NOTES = "person-notes";

    static final class Draft {
        String givenName;
        String familyName;
        String givenNameLatin;
        String familyNameLatin;
        String countryCode;
        String email;
        String phone;
        String notes;
    }

    final TextField givenName = new TextField();
    final TextField familyName = new TextField();
    final TextField givenNameLatin = new TextField();
    final TextField familyNameLatin = new TextField();
    final ComboBox<String> country;
    final EmailField email = new EmailField();
    final TextField phone = new TextField();
    final TextArea notes = new TextArea();
    private final Binder<Draft> binder = new Binder<>();
    private PersonChanges loaded = PersonChanges.blank();

    PersonForm(RegistryLookups lookups, Locale locale) {
        text(givenName, ID_GIVEN, "person.field.given-name");
        text(familyName, ID_FAMILY, "person.field.family-name");
        givenName.setRequiredIndicatorVisible(true);
        familyName.setRequiredIndicatorVisible(true);
        givenName.setHelperText(getTranslation("person.field.original-script.helper"));
        text(givenNameLatin, ID_GIVEN_LATIN, "person.field.given-name-latin");
        text(familyNameLatin, ID_FAMILY_LATIN, "person.field.family-name-latin");
        givenNameLatin.setHelperText(getTranslation("person.field.latin.helper"));
        suggestLatin(lookups, givenName, givenNameLatin);
        suggestLatin(lookups, familyName, familyNameLatin);

        country = lookups.countryPicker(locale);
        country.setId(ID_COUNTRY);
        country.setLabel(getTranslation("registry.field.country"));
        country.setHelperText(getTranslation("person.field.country.helper"));
        country.setRequiredIndicatorVisible(true);
        email.setId(ID_EMAIL);
        email.setLabel(getTranslation("registry.field.email"));
        phone.setId(ID_PHONE);
        phone.setLabel(getTranslation("registry.field.phone"));
        phone.setMaxLength(100);
        notes.setId(ID_NOTES);
        notes.setLabel(getTranslation("registry.field.notes"));
        notes.setMaxLength(Person.NOTES_MAX_LENGTH);
        notes.setMinHeight("6em");

        binder.forField(givenName).asRequired(getTranslation("person.validation.given-name-required"))
                .withValidator(Constraints.of(PersonChanges.class, "givenName"))
                .bind(d -> d.givenName, (d, v) -> d.givenName = v);
        binder.forField(familyName).asRequired(getTranslation("person.validation.family-name-required"))
                .withValidator(Constraints.of(PersonChanges.class, "familyName"))
                .bind(d -> d.familyName, (d, v) -> d.familyName = v);
        binder.forField(givenNameLatin).withValidator(Constraints.of(PersonChanges.class, "givenNameLatin"))
                .bind(d -> d.givenNameLatin, (d, v) -> d.givenNameLatin = v);
        binder.forField(familyNameLatin).withValidator(Constraints.of(PersonChanges.class, "familyNameLatin"))
                .bind(d -> d.familyNameLatin, (d, v) -> d.familyNameLatin = v);
        binder.forField(country).asRequired(getTranslation("registry.validation.country-required"))
                .bind(d -> d.countryCode, (d, v) -> d.countryCode = v);
        // the rules the service checks, declared once on PersonChanges
        binder.forField(email)
                .withValidator(Constraints.of(PersonChanges.class, "email", "registry.validation.email"))
                .bind(d -> d.email, (d, v) -> d.email = v);
        binder.forField(phone).withValidator(Constraints.of(PersonChanges.class, "phone"))
                .bind(d -> d.phone, (d, v) -> d.phone = v);
        binder.forField(notes).withValidator(Constraints.of(PersonChanges.class, "notes"))
                .bind(d -> d.notes, (d, v) -> d.notes = v);

        add(givenName, familyName, givenNameLatin, familyNameLatin, country, email, phone);
        add(notes, 2);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));
        FieldMessages.applyTo(this);
    }

    private void text(TextField field, String id, String labelKey) {
        field.setId(id);
        field.setLabel(getTranslation(labelKey));
        field.setMaxLength(Person.NAME_MAX_LENGTH);
    }

    private static void suggestLatin(RegistryLookups lookups, TextField original, TextField latin) {
        original.addValueChangeListener(e -> {
            if (e.isFromClient() && !latin.isReadOnly() && latin.getValue().isBlank()) {
                lookups.latin(e.getValue()).ifPresent(latin::setValue);
            }
        });
    }

    void read(PersonChanges changes) {
        loaded = changes;
        var draft = new Draft();
        draft.givenName = changes.givenName();
        draft.familyName = changes.familyName();
        draft.givenNameLatin = changes.givenNameLatin();
        draft.familyNameLatin = changes.familyNameLatin();
        draft.countryCode = changes.countryCode();
        draft.email = changes.email();
        draft.phone = changes.phone();
        draft.notes = changes.notes();
        binder.readBean(draft);
    }

    Optional<PersonChanges> writeIfValid() {
        var draft = new Draft();
        if (!binder.writeBeanIfValid(draft)) {
            return Optional.empty();
        }
        return Optional.of(new PersonChanges(loaded.id(), loaded.version(), draft.givenName, draft.familyName,
                draft.givenNameLatin, draft.familyNameLatin, draft.countryCode, draft.email, draft.phone,
                draft.notes));
    }

    void setReadOnly(boolean readOnly) {
        binder.setReadOnly(readOnly);
    }

    void rebase(long newVersion) {
        loaded = loaded.withVersion(newVersion);
    }

    /** Shows the service's refusal at the field it concerns; false when no field of this form fits. */
    @Override
    public boolean showRefusal(RefusedException.Refusal refusal) {
        return Registry.showAt("country".equals(refusal.field()) ? country : null, refusal, this);
    }
}
