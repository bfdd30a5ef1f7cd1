package ua.cooperation.portal.partnership.ui;

import ua.cooperation.portal.base.RefusedException;
import ua.cooperation.portal.base.ui.RecordForm;
import ua.cooperation.portal.base.ui.Constraints;

import ua.cooperation.portal.base.ui.FieldMessages;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import ua.cooperation.portal.partnership.CooperationArea;
import ua.cooperation.portal.partnership.Partnership;
import ua.cooperation.portal.partnership.PartnershipChanges;
import ua.cooperation.portal.partnership.PartnershipDetails;
import ua.cooperation.portal.partnership.PartnershipKind;
import ua.cooperation.portal.partnership.PartnershipType;
import ua.cooperation.portal.territory.AdminUnitOption;
import ua.cooperation.portal.territory.UnitLevel;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A partnership's fields in buffered mode: nothing changes until {@link #writeIfValid()} succeeds and the service
 * accepts it; messages appear at the fields, the service's refusals too ({@link #showRefusal}). The Ukrainian side is
 * picked from the codifier (Cyrillic or Latin), or, for a partnership between institutions, from the registry's
 * Ukrainian organisations; the partner from the registry, as a municipality or an organisation (always an
 * organisation for institutions).
 */
class PartnershipForm extends FormLayout implements RecordForm {

    static final String ID_KIND = "partnership-kind";
    static final String ID_UKRAINIAN = "partnership-ukrainian";
    static final String ID_UKRAINIAN_ORGANISATION = "partnership-ukrainian-organisation";
    static final String ID_PARTNER_KIND = "partnership-partner-kind";
    static final String ID_PARTNER_MUNICIPALITY = "partnership-partner-municipality";
    static final String ID_PARTNER_ORGANISATION = "partnership-partner-organisation";
    static final String ID_TYPE = "partnership-type";
    static final String ID_AREAS = "partnership-areas";
    static final String ID_UKRAINIAN_FOCAL = "partnership-ukrainian-focal";
    static final String ID_PARTNER_FOCAL = "partnership-partner-focal";
    static final String ID_VALID_UNTIL = "partnership-valid-until";
    static final String ID_NOTES = "partnership-notes";
    static final String ID_DESCRIPTION = "partnership-description";
    static final String ID_SHARED = "partnership-shared";

    enum PartnerKind { MUNICIPALITY, ORGANISATION }

    /** A registry record offered in a picker. */
    record Choice(long id, String name) {
    }

    /** The form's working copy, with typed accessors so that bindings are checked by the compiler. */
    static final class Draft {
        PartnershipKind kind = PartnershipKind.MUNICIPAL;
        AdminUnitOption hromada;
        Choice ukrainianOrganisation;
        PartnerKind partnerKind = PartnerKind.MUNICIPALITY;
        Choice partnerMunicipality;
        Choice partnerOrganisation;
        PartnershipType type;
        Set<CooperationArea> areas = EnumSet.noneOf(CooperationArea.class);
        Choice ukrainianFocal;
        Choice partnerFocal;
        LocalDate validUntil;
        String notes;
        String description;
        boolean shared;
    }

    final RadioButtonGroup<PartnershipKind> kind = new RadioButtonGroup<>();
    final ComboBox<AdminUnitOption> ukrainian;
    final ComboBox<Choice> ukrainianOrganisation = new ComboBox<>();
    final RadioButtonGroup<PartnerKind> partnerKind = new RadioButtonGroup<>();
    final ComboBox<Choice> partnerMunicipality = new ComboBox<>();
    final ComboBox<Choice> partnerOrganisation = new ComboBox<>();
    final Select<PartnershipType> type = new Select<>();
    final MultiSelectComboBox<CooperationArea> areas = new MultiSelectComboBox<>();
    final ComboBox<Choice> ukrainianFocal = new ComboBox<>();
    final ComboBox<Choice> partnerFocal = new ComboBox<>();
    final DatePicker validUntil = new DatePicker();
    final TextArea notes = new TextArea();
    final TextArea description = new TextArea();
    final Checkbox shared = new Checkbox();
    private final Binder<Draft> binder = new Binder<>();
    private final PartnershipLookups lookups;
    private Long id;
    private long version;

    PartnershipForm(PartnershipLookups lookups, Locale locale) {
        this.lookups = lookups;
        ukrainian = lookups.unitPicker(Set.of(UnitLevel.HROMADA));
        ukrainian.setId(ID_UKRAINIAN);
        ukrainian.setLabel(getTranslation("partnership.field.ukrainian"));
        ukrainian.setHelperText(getTranslation("partnership.field.ukrainian.helper"));
        ukrainian.setRequiredIndicatorVisible(true);
        configureKind(locale);
        configureParties(locale);
        configureTerms(locale);
        bindFields();
        partnerKind.addValueChangeListener(e -> showPartnerField(e.getValue()));
        kind.addValueChangeListener(e -> showKind(e.getValue()));

        add(kind, 2);
        add(ukrainian, ukrainianOrganisation, partnerKind, partnerMunicipality, partnerOrganisation, type, areas, ukrainianFocal,
                partnerFocal, validUntil, shared);
        add(description, 2);
        add(notes, 2);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));
        FieldMessages.applyTo(this);
        binder.readBean(new Draft());
        showKind(PartnershipKind.MUNICIPAL);
    }

    /**
     * Inter-municipal twinning (a hromada of the codifier) or a partnership between institutions (a Ukrainian
     * organisation of the registry, with a partner organisation).
     */
    private void configureKind(Locale locale) {
        kind.setId(ID_KIND);
        kind.setLabel(getTranslation("partnership.field.kind"));
        kind.setItems(PartnershipKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("partnership-kind." + k.name()));

        ukrainianOrganisation.setId(ID_UKRAINIAN_ORGANISATION);
        ukrainianOrganisation.setLabel(getTranslation("partnership.field.ukrainian-organisation"));
        ukrainianOrganisation.setHelperText(getTranslation("partnership.field.ukrainian-organisation.helper"));
        ukrainianOrganisation.setItemsPageable((pageable, filter) ->
                lookups.ukrainianOrganisations(filter, pageable, locale));
        ukrainianOrganisation.setItemLabelGenerator(Choice::name);
        ukrainianOrganisation.setRequiredIndicatorVisible(true);
    }

    private boolean institutional() {
        return kind.getValue() == PartnershipKind.INSTITUTIONAL;
    }

    /** The partner side (a municipality or an organisation, picked from the registry) and the focal people. */
    private void configureParties(Locale locale) {
        partnerKind.setId(ID_PARTNER_KIND);
        partnerKind.setLabel(getTranslation("partnership.field.partner-kind"));
        partnerKind.setItems(PartnerKind.values());
        partnerKind.setItemLabelGenerator(k -> getTranslation("partnership.partner-kind." + k.name()));

        partnerMunicipality.setId(ID_PARTNER_MUNICIPALITY);
        partnerMunicipality.setLabel(getTranslation("partnership.field.partner-municipality"));
        partnerMunicipality.setItemsPageable((pageable, filter) ->
                lookups.partnerMunicipalities(filter, pageable, locale));
        partnerMunicipality.setItemLabelGenerator(Choice::name);
        partnerMunicipality.setRequiredIndicatorVisible(true);

        partnerOrganisation.setId(ID_PARTNER_ORGANISATION);
        partnerOrganisation.setLabel(getTranslation("partnership.field.partner-organisation"));
        partnerOrganisation.setItemsPageable((pageable, filter) ->
                lookups.partnerOrganisations(filter, pageable, locale));
        partnerOrganisation.setItemLabelGenerator(Choice::name);
        partnerOrganisation.setRequiredIndicatorVisible(true);

        person(ukrainianFocal, ID_UKRAINIAN_FOCAL, "partnership.field.ukrainian-focal", "UA");
        person(partnerFocal, ID_PARTNER_FOCAL, "partnership.field.partner-focal", null);
    }

    /**
     * What the partnership is: its type, areas, validity, what it is about (partners read it, translated), the
     * office's internal notes and whether partners may read it.
     */
    private void configureTerms(Locale locale) {
        type.setId(ID_TYPE);
        type.setLabel(getTranslation("partnership.field.type"));
        type.setItems(PartnershipType.values());
        type.setItemLabelGenerator(t -> t == null ? "" : getTranslation("partnership-type." + t.name()));
        type.setRequiredIndicatorVisible(true);

        areas.setId(ID_AREAS);
        areas.setLabel(getTranslation("partnership.field.areas"));
        areas.setItems(CooperationArea.values());
        areas.setItemLabelGenerator(a -> getTranslation("cooperation-area." + a.name()));

        validUntil.setId(ID_VALID_UNTIL);
        validUntil.setLabel(getTranslation("partnership.field.valid-until"));
        validUntil.setLocale(locale);
        validUntil.setClearButtonVisible(true);

        description.setId(ID_DESCRIPTION);
        description.setLabel(getTranslation("partnership.field.description"));
        description.setHelperText(getTranslation("partnership.field.description.helper"));
        description.setMaxLength(Partnership.DESCRIPTION_MAX_LENGTH);
        description.setMinHeight("6em");

        notes.setId(ID_NOTES);
        notes.setLabel(getTranslation("partnership.field.notes"));
        notes.setHelperText(getTranslation("partnership.field.notes.helper"));
        notes.setMaxLength(Partnership.NOTES_MAX_LENGTH);
        notes.setMinHeight("6em");

        shared.setId(ID_SHARED);
        shared.setLabel(getTranslation("partnership.field.shared"));
    }

    private void bindFields() {
        binder.forField(kind).bind(d -> d.kind, (d, v) -> d.kind = v);
        binder.forField(ukrainian).withValidator(v -> v != null || institutional(),
                        getTranslation("partnership.validation.ukrainian"))
                .bind(d -> d.hromada, (d, v) -> d.hromada = v);
        binder.forField(ukrainianOrganisation).withValidator(v -> v != null || !institutional(),
                        getTranslation("partnership.validation.ukrainian-organisation"))
                .bind(d -> d.ukrainianOrganisation, (d, v) -> d.ukrainianOrganisation = v);
        binder.forField(partnerKind).bind(d -> d.partnerKind, (d, v) -> d.partnerKind = v);
        binder.forField(partnerMunicipality)
                .withValidator(v -> v != null || institutional()
                                || partnerKind.getValue() != PartnerKind.MUNICIPALITY,
                        getTranslation("partnership.validation.partner"))
                .bind(d -> d.partnerMunicipality, (d, v) -> d.partnerMunicipality = v);
        binder.forField(partnerOrganisation)
                .withValidator(v -> v != null
                                || !institutional() && partnerKind.getValue() != PartnerKind.ORGANISATION,
                        getTranslation("partnership.validation.partner"))
                .bind(d -> d.partnerOrganisation, (d, v) -> d.partnerOrganisation = v);
        binder.forField(type).asRequired(getTranslation("partnership.validation.type"))
                .bind(d -> d.type, (d, v) -> d.type = v);
        binder.forField(areas).bind(d -> d.areas, (d, v) -> d.areas = v);
        binder.forField(ukrainianFocal).bind(d -> d.ukrainianFocal, (d, v) -> d.ukrainianFocal = v);
        binder.forField(partnerFocal).bind(d -> d.partnerFocal, (d, v) -> d.partnerFocal = v);
        binder.forField(validUntil).bind(d -> d.validUntil, (d, v) -> d.validUntil = v);
        // the length rule is the one the service checks: declared once, on PartnershipChanges
        binder.forField(notes).withValidator(Constraints.of(PartnershipChanges.class, "notes"))
                .bind(d -> d.notes, (d, v) -> d.notes = v);
        binder.forField(description).withValidator(Constraints.of(PartnershipChanges.class, "description"))
                .bind(d -> d.description, (d, v) -> d.description = v);
        binder.forField(shared).bind(d -> d.shared, (d, v) -> d.shared = v);
    }

    private void person(ComboBox<Choice> field, String id, String labelKey, String country) {
        field.setId(id);
        field.setLabel(getTranslation(labelKey));
        field.setItemsPageable((pageable, filter) -> lookups.people(filter, country, pageable));
        field.setItemLabelGenerator(Choice::name);
        field.setClearButtonVisible(true);
    }

    private void showPartnerField(PartnerKind kind) {
        boolean organisation = kind == PartnerKind.ORGANISATION || institutional();
        partnerMunicipality.setVisible(!organisation);
        partnerOrganisation.setVisible(organisation);
    }

    /** An institution's partner is an organisation: the partner's kind is asked only of twinning. */
    private void showKind(PartnershipKind shown) {
        boolean institution = shown == PartnershipKind.INSTITUTIONAL;
        ukrainian.setVisible(!institution);
        ukrainianOrganisation.setVisible(institution);
        partnerKind.setVisible(!institution);
        showPartnerField(partnerKind.getValue());
    }

    void read(PartnershipDetails details) {
        id = details.id();
        version = details.version();
        var draft = new Draft();
        draft.kind = details.kind();
        boolean institution = details.kind() == PartnershipKind.INSTITUTIONAL;
        draft.hromada = institution ? null : lookups.hromada(details.ukrainianHromadaCode()).orElse(null);
        draft.ukrainianOrganisation = institution ? choice(details.ukrainian()) : null;
        draft.partnerKind = details.partnerOrganisation() != null ? PartnerKind.ORGANISATION : PartnerKind.MUNICIPALITY;
        draft.partnerMunicipality = choice(details.partnerMunicipality());
        draft.partnerOrganisation = choice(details.partnerOrganisation());
        draft.type = details.type();
        draft.areas = details.areas().isEmpty() ? EnumSet.noneOf(CooperationArea.class)
                : EnumSet.copyOf(details.areas());
        draft.ukrainianFocal = choice(details.ukrainianFocalPerson());
        draft.partnerFocal = choice(details.partnerFocalPerson());
        draft.validUntil = details.validUntil();
        draft.notes = details.notes();
        draft.description = details.description();
        draft.shared = details.sharedWithPartners();
        binder.readBean(draft);
        showKind(draft.kind);
    }

    private static Choice choice(PartnershipDetails.Party party) {
        return party == null ? null : new Choice(party.id(), party.name());
    }

    /** The user's entries on top of the version they loaded, or empty (with messages at the fields) when invalid. */
    Optional<PartnershipChanges> writeIfValid() {
        var draft = new Draft();
        if (!binder.writeBeanIfValid(draft)) {
            return Optional.empty();
        }
        boolean institution = draft.kind == PartnershipKind.INSTITUTIONAL;
        boolean byMunicipality = !institution && draft.partnerKind != PartnerKind.ORGANISATION;
        return Optional.of(new PartnershipChanges(id, version, institution ? null : draft.hromada.code(),
                byMunicipality && draft.partnerMunicipality != null ? draft.partnerMunicipality.id() : null,
                !byMunicipality && draft.partnerOrganisation != null ? draft.partnerOrganisation.id() : null,
                draft.type, draft.areas, draft.ukrainianFocal == null ? null : draft.ukrainianFocal.id(),
                draft.partnerFocal == null ? null : draft.partnerFocal.id(), draft.validUntil, draft.notes,
                draft.description, draft.shared,
                institution ? PartnershipKind.INSTITUTIONAL : PartnershipKind.MUNICIPAL,
                institution ? draft.ukrainianOrganisation.id() : null));
    }

    /** Keeps what the user typed but moves it onto a newer stored version (the "save mine anyway" choice). */
    void rebase(long newVersion) {
        version = newVersion;
    }

    void setReadOnly(boolean readOnly) {
        binder.setReadOnly(readOnly);
    }

    /** Hides the internal notes (a liaison's view). */
    void hideInternalFields() {
        notes.setVisible(false);
    }

    /** Shows the service's refusal at the field it concerns; false when no field of this form fits. */
    @Override
    public boolean showRefusal(RefusedException.Refusal refusal) {
        HasValidation field = switch (refusal.field()) {
            case "ukrainian" -> ukrainian;
            case "ukrainianOrganisation" -> ukrainianOrganisation;
            case "partner" -> partnerKind.getValue() == PartnerKind.ORGANISATION || institutional()
                    ? partnerOrganisation
                    : partnerMunicipality;
            case "focal" -> partnerFocal;
            case "validUntil" -> validUntil;
            default -> null;
        };
        if (field == null) {
            return false;
        }
        field.setErrorMessage(getTranslation(refusal.messageKey()));
        field.setInvalid(true);
        return true;
    }
}
