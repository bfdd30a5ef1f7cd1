package ua.cooperation.portal.country.ui;

import ua.cooperation.portal.base.RefusedException;
import ua.cooperation.portal.base.ui.Constraints;
import ua.cooperation.portal.base.ui.FieldMessages;
import ua.cooperation.portal.base.ui.RecordForm;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import ua.cooperation.portal.base.ui.MonthDayField;
import ua.cooperation.portal.country.Country;
import ua.cooperation.portal.country.CountryChanges;
import ua.cooperation.portal.country.PartnerStatus;

import java.time.MonthDay;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The editable part of a country, in buffered mode: fields change nothing until {@link #writeIfValid()} succeeds,
 * and validation messages appear at the fields. The status and notes rules are {@link CountryChanges}'s own, checked
 * again by the service; the form calls no service.
 */
class CountryForm extends FormLayout implements RecordForm {

    static final String ID_STATUS = "country-status";
    static final String ID_NATIONAL_DAY = "country-national-day";
    static final String ID_NOTES = "country-notes";
    static final String ID_PARTNER_LANGUAGE = "country-partner-language";
    static final String ID_NOTES_FOR_PARTNERS = "country-notes-for-partners";

    /** The form's working copy; typed getters and setters so that bindings are checked by the compiler. */
    static final class Draft {
        private PartnerStatus partnerStatus;
        private MonthDay nationalDay;
        private String notes;
        private String partnerLanguage;
        private String notesForPartners;

        String getNotesForPartners() {
            return notesForPartners;
        }

        void setNotesForPartners(String notesForPartners) {
            this.notesForPartners = notesForPartners;
        }

        String getPartnerLanguage() {
            return partnerLanguage;
        }

        void setPartnerLanguage(String partnerLanguage) {
            this.partnerLanguage = partnerLanguage;
        }

        PartnerStatus getPartnerStatus() {
            return partnerStatus;
        }

        void setPartnerStatus(PartnerStatus partnerStatus) {
            this.partnerStatus = partnerStatus;
        }

        MonthDay getNationalDay() {
            return nationalDay;
        }

        void setNationalDay(MonthDay nationalDay) {
            this.nationalDay = nationalDay;
        }

        String getNotes() {
            return notes;
        }

        void setNotes(String notes) {
            this.notes = notes;
        }
    }

    final Select<PartnerStatus> status = new Select<>();
    final MonthDayField nationalDay;
    final TextArea notes = new TextArea();
    final Select<String> partnerLanguage = new Select<>();
    final TextArea notesForPartners = new TextArea();
    private final Binder<Draft> binder = new Binder<>();
    private CountryChanges loaded;

    /** {@code languages}: the portal's content languages, one of which the country's embassy reads. */
    CountryForm(Locale locale, List<String> languages) {
        partnerLanguage.setId(ID_PARTNER_LANGUAGE);
        partnerLanguage.setLabel(getTranslation("country.field.partner-language"));
        partnerLanguage.setHelperText(getTranslation("country.field.partner-language.helper"));
        partnerLanguage.setItems(languages);
        partnerLanguage.setItemLabelGenerator(code -> code == null ? "" : getTranslation("language." + code));
        notesForPartners.setId(ID_NOTES_FOR_PARTNERS);
        notesForPartners.setLabel(getTranslation("country.field.notes-for-partners"));
        notesForPartners.setHelperText(getTranslation("country.field.notes-for-partners.helper"));
        notesForPartners.setMaxLength(Country.NOTES_MAX_LENGTH);
        notesForPartners.setMinHeight("5em");
        notesForPartners.setI18n(new TextArea.TextAreaI18n().setMaxLengthErrorMessage(
                getTranslation("country.validation.notes-too-long", Country.NOTES_MAX_LENGTH)));

        status.setId(ID_STATUS);
        status.setLabel(getTranslation("country.field.status"));
        status.setItems(PartnerStatus.values());
        status.setItemLabelGenerator(s -> s == null ? "" : getTranslation("partner-status." + s.name()));
        status.setRequiredIndicatorVisible(true);

        nationalDay = new MonthDayField(getTranslation("country.field.national-day"), locale);
        nationalDay.setId(ID_NATIONAL_DAY);
        nationalDay.setHelperText(getTranslation("country.field.national-day.helper"));

        notes.setId(ID_NOTES);
        notes.setLabel(getTranslation("country.field.notes"));
        notes.setMaxLength(Country.NOTES_MAX_LENGTH);
        notes.setHelperText(getTranslation("country.field.notes.helper", Country.NOTES_MAX_LENGTH));
        notes.setMinHeight("8em");
        // the component checks its own max length; give that check the same clear message as the binder's
        notes.setI18n(new TextArea.TextAreaI18n().setMaxLengthErrorMessage(
                getTranslation("country.validation.notes-too-long", Country.NOTES_MAX_LENGTH)));

        // the rules are the ones declared on CountryChanges, which the service checks again
        binder.forField(status)
                .withValidator(Constraints.of(CountryChanges.class, "partnerStatus",
                        "country.validation.status-required"))
                .bind(Draft::getPartnerStatus, Draft::setPartnerStatus);
        binder.forField(nationalDay)
                .withValidator(value -> !nationalDay.hasInvalidInput(),
                        getTranslation("country.validation.national-day"))
                .bind(Draft::getNationalDay, Draft::setNationalDay);
        binder.forField(notes)
                .withValidator(Constraints.of(CountryChanges.class, "notes"))
                .bind(Draft::getNotes, Draft::setNotes);
        binder.forField(partnerLanguage).bind(Draft::getPartnerLanguage, Draft::setPartnerLanguage);
        binder.forField(notesForPartners)
                .withValidator(Constraints.of(CountryChanges.class, "notesForPartners"))
                .bind(Draft::getNotesForPartners, Draft::setNotesForPartners);

        add(status, nationalDay);
        add(partnerLanguage);
        add(notesForPartners, 2);
        add(notes, 2);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));
        FieldMessages.applyTo(this);
    }

    void read(CountryChanges changes) {
        loaded = changes;
        var draft = new Draft();
        draft.setPartnerStatus(changes.partnerStatus());
        draft.setNationalDay(changes.nationalDay());
        draft.setNotes(changes.notes());
        draft.setNotesForPartners(changes.notesForPartners());
        // a country without one is read in English (ADR 0040): show what partners actually get
        draft.setPartnerLanguage(changes.partnerLanguage() == null ? "en" : changes.partnerLanguage());
        binder.readBean(draft);
    }

    /** The user's changes on top of the version they loaded, or empty (with messages at the fields) when invalid. */
    Optional<CountryChanges> writeIfValid() {
        var draft = new Draft();
        if (!binder.writeBeanIfValid(draft)) {
            return Optional.empty();
        }
        return Optional.of(loaded.withPartnerStatus(draft.getPartnerStatus())
                .withNationalDay(draft.getNationalDay())
                .withNotes(draft.getNotes())
                .withPartnerLanguage(draft.getPartnerLanguage())
                .withNotesForPartners(draft.getNotesForPartners() == null ? "" : draft.getNotesForPartners()));
    }

    boolean hasChanges() {
        return binder.hasChanges();
    }

    void setReadOnly(boolean readOnly) {
        binder.setReadOnly(readOnly);
    }

    /** Keeps what the user typed but moves it onto a newer stored version (the "save mine anyway" choice). */
    void rebase(long newVersion) {
        loaded = new CountryChanges(loaded.code(), newVersion, loaded.partnerStatus(), loaded.nationalDay(),
                loaded.notes(), loaded.partnerLanguage(), loaded.notesForPartners());
    }

    /** The only refusal at a field: a partner language that is not a content language. */
    @Override
    public boolean showRefusal(RefusedException.Refusal refusal) {
        if (!"partnerLanguage".equals(refusal.field())) {
            return false;
        }
        partnerLanguage.setErrorMessage(getTranslation(refusal.messageKey()));
        partnerLanguage.setInvalid(true);
        return true;
    }
}
