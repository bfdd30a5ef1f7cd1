package ua.cooperation.portal.visit.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import ua.cooperation.portal.base.RefusedException;
import ua.cooperation.portal.base.ui.Constraints;
import ua.cooperation.portal.base.ui.FieldMessages;
import ua.cooperation.portal.base.ui.RecordForm;
import ua.cooperation.portal.country.CountryNames;
import ua.cooperation.portal.partnership.CooperationArea;
import ua.cooperation.portal.programme.TargetGroup;
import ua.cooperation.portal.visit.Visit;
import ua.cooperation.portal.visit.VisitChanges;
import ua.cooperation.portal.visit.VisitDetails;
import ua.cooperation.portal.visit.VisitDirection;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A visit's fields in buffered mode: nothing changes until {@link #writeIfValid()} succeeds and the service accepts
 * it. The rules are the ones declared on {@link VisitChanges}; a visit's days (end not before start, at most 31) are
 * the service's, shown at the end date. The pickers are fed by {@link VisitLookups}, so the form calls no service.
 */
class VisitForm extends FormLayout implements RecordForm {

    static final String ID_DIRECTION = "visit-direction";
    static final String ID_TITLE = "visit-title-field";
    static final String ID_PURPOSE = "visit-purpose";
    static final String ID_HOST_COUNTRY = "visit-host-country";
    static final String ID_CITY = "visit-city";
    static final String ID_HOST_ORGANISATION = "visit-host-organisation";
    static final String ID_STARTS_ON = "visit-starts-on";
    static final String ID_ENDS_ON = "visit-ends-on";
    static final String ID_COUNTRIES = "visit-countries";
    static final String ID_AREAS = "visit-areas";
    static final String ID_TARGET_GROUPS = "visit-target-groups";
    static final String ID_RESPONSIBLE = "visit-responsible";
    static final String ID_NOTES = "visit-internal-notes";
    static final String ID_SHARED = "visit-shared";

    /** The form's working copy. */
    static final class Draft {
        VisitDirection direction;
        String title;
        String purpose;
        String hostCountry;
        String city;
        Choice hostOrganisation;
        LocalDate startsOn;
        LocalDate endsOn;
        Set<String> countries = new HashSet<>();
        Set<CooperationArea> areas = new HashSet<>();
        Set<TargetGroup> targetGroups = new HashSet<>();
        Choice responsible;
        String internalNotes;
        boolean shared;
    }

    final Select<VisitDirection> direction = new Select<>();
    final TextField title = new TextField();
    final TextArea purpose = new TextArea();
    final ComboBox<String> hostCountry = new ComboBox<>();
    final TextField city = new TextField();
    final ComboBox<Choice> hostOrganisation = new ComboBox<>();
    final DatePicker startsOn = new DatePicker();
    final DatePicker endsOn = new DatePicker();
    final MultiSelectComboBox<String> countries = new MultiSelectComboBox<>();
    final MultiSelectComboBox<CooperationArea> areas = new MultiSelectComboBox<>();
    final MultiSelectComboBox<TargetGroup> targetGroups = new MultiSelectComboBox<>();
    final ComboBox<Choice> responsible = new ComboBox<>();
    final TextArea internalNotes = new TextArea();
    final Checkbox shared = new Checkbox();
    private final Binder<Draft> binder = new Binder<>();
    private Long id;
    private long version;

    VisitForm(VisitLookups lookups, Locale locale) {
        fields(lookups, locale);
        bind();
        add(direction, title, startsOn, endsOn, hostCountry, city, hostOrganisation, countries, areas, targetGroups,
                responsible);
        add(purpose, 2);
        add(internalNotes, 2);
        add(shared, 2);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));
        FieldMessages.applyTo(this);
        binder.readBean(new Draft());
    }

    private void fields(VisitLookups lookups, Locale locale) {
        direction.setId(ID_DIRECTION);
        direction.setLabel(getTranslation("visit.field.direction"));
        direction.setItems(VisitDirection.values());
        direction.setItemLabelGenerator(d -> d == null ? "" : getTranslation("visit-direction." + d.name()));
        title.setId(ID_TITLE);
        title.setLabel(getTranslation("visit.field.title"));
        title.setMaxLength(Visit.TITLE_MAX_LENGTH);
        purpose.setId(ID_PURPOSE);
        purpose.setLabel(getTranslation("visit.field.purpose"));
        purpose.setMaxLength(Visit.PURPOSE_MAX_LENGTH);
        hostCountry.setId(ID_HOST_COUNTRY);
        hostCountry.setLabel(getTranslation("visit.field.host-country"));
        hostCountry.setHelperText(getTranslation("visit.field.host-country.help"));
        hostCountry.setItemsPageable((pageable, filter) -> lookups.countryCodes(filter, pageable, locale));
        hostCountry.setItemLabelGenerator(code -> CountryNames.displayName(code, locale) + " (" + code + ")");
        city.setId(ID_CITY);
        city.setLabel(getTranslation("visit.field.city"));
        city.setMaxLength(Visit.CITY_MAX_LENGTH);
        hostOrganisation.setId(ID_HOST_ORGANISATION);
        hostOrganisation.setLabel(getTranslation("visit.field.host-organisation"));
        hostOrganisation.setItemsPageable((pageable, filter) -> lookups.organisations(filter, pageable, locale));
        hostOrganisation.setItemLabelGenerator(Choice::name);
        hostOrganisation.setClearButtonVisible(true);
        for (var picker : new DatePicker[]{startsOn, endsOn}) {
            picker.setLocale(locale);
        }
        startsOn.setId(ID_STARTS_ON);
        startsOn.setLabel(getTranslation("visit.field.starts-on"));
        endsOn.setId(ID_ENDS_ON);
        endsOn.setLabel(getTranslation("visit.field.ends-on"));
        endsOn.setHelperText(getTranslation("visit.field.ends-on.help"));
        startsOn.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null && (endsOn.isEmpty() || endsOn.getValue().isBefore(e.getValue()))) {
                endsOn.setValue(e.getValue());
            }
        });
        choiceFields(lookups, locale);
    }

    private void choiceFields(VisitLookups lookups, Locale locale) {
        countries.setId(ID_COUNTRIES);
        countries.setLabel(getTranslation("visit.field.countries"));
        countries.setHelperText(getTranslation("visit.field.countries.help"));
        countries.setItemsPageable((pageable, filter) -> lookups.countryCodes(filter, pageable, locale));
        countries.setItemLabelGenerator(code -> CountryNames.displayName(code, locale) + " (" + code + ")");
        areas.setId(ID_AREAS);
        areas.setLabel(getTranslation("visit.field.areas"));
        areas.setItems(CooperationArea.values());
        areas.setItemLabelGenerator(a -> getTranslation("cooperation-area." + a.name()));
        targetGroups.setId(ID_TARGET_GROUPS);
        targetGroups.setLabel(getTranslation("visit.field.target-groups"));
        targetGroups.setItems(TargetGroup.values());
        targetGroups.setItemLabelGenerator(g -> getTranslation("target-group." + g.name()));
        responsible.setId(ID_RESPONSIBLE);
        responsible.setLabel(getTranslation("visit.field.responsible"));
        responsible.setItemsPageable((pageable, filter) -> lookups.staff(filter, pageable));
        responsible.setItemLabelGenerator(Choice::name);
        internalNotes.setId(ID_NOTES);
        internalNotes.setLabel(getTranslation("visit.field.internal-notes"));
        internalNotes.setHelperText(getTranslation("visit.field.internal-notes.help"));
        internalNotes.setMaxLength(Visit.NOTES_MAX_LENGTH);
        shared.setId(ID_SHARED);
        shared.setLabel(getTranslation("visit.field.shared"));
    }

    private void bind() {
        binder.forField(direction).asRequired(getTranslation("visit.validation.direction"))
                .bind(d -> d.direction, (d, v) -> d.direction = v);
        binder.forField(title).asRequired(getTranslation("visit.validation.title"))
                .withValidator(Constraints.of(VisitChanges.class, "title"))
                .bind(d -> d.title, (d, v) -> d.title = v);
        binder.forField(purpose).withValidator(Constraints.of(VisitChanges.class, "purpose"))
                .bind(d -> d.purpose, (d, v) -> d.purpose = v);
        binder.forField(hostCountry).asRequired(getTranslation("visit.validation.host-country"))
                .bind(d -> d.hostCountry, (d, v) -> d.hostCountry = v);
        binder.forField(city).withValidator(Constraints.of(VisitChanges.class, "city"))
                .bind(d -> d.city, (d, v) -> d.city = v);
        binder.forField(hostOrganisation).bind(d -> d.hostOrganisation, (d, v) -> d.hostOrganisation = v);
        binder.forField(startsOn).asRequired(getTranslation("visit.validation.starts-on"))
                .bind(d -> d.startsOn, (d, v) -> d.startsOn = v);
        binder.forField(endsOn).asRequired(getTranslation("visit.validation.ends-on"))
                .bind(d -> d.endsOn, (d, v) -> d.endsOn = v);
        binder.forField(countries).bind(d -> d.countries, (d, v) -> d.countries = new HashSet<>(v));
        binder.forField(areas).bind(d -> d.areas, (d, v) -> d.areas = new HashSet<>(v));
        binder.forField(targetGroups).bind(d -> d.targetGroups, (d, v) -> d.targetGroups = new HashSet<>(v));
        binder.forField(responsible).bind(d -> d.responsible, (d, v) -> d.responsible = v);
        binder.forField(internalNotes).withValidator(Constraints.of(VisitChanges.class, "internalNotes"))
                .bind(d -> d.internalNotes, (d, v) -> d.internalNotes = v);
        binder.forField(shared).bind(d -> d.shared, (d, v) -> d.shared = v);
    }

    /** Fills the form from a stored visit. */
    void read(VisitDetails details) {
        id = details.id();
        version = details.version();
        var draft = new Draft();
        draft.direction = details.direction();
        draft.title = details.title();
        draft.purpose = details.purpose();
        draft.hostCountry = details.hostCountryCode();
        draft.city = details.city();
        draft.hostOrganisation = details.hostOrganisation() == null ? null
                : new Choice(details.hostOrganisation().id(), details.hostOrganisation().name());
        draft.startsOn = details.startsOn();
        draft.endsOn = details.endsOn();
        draft.countries = new HashSet<>(details.countryCodes());
        draft.areas = new HashSet<>(details.areas());
        draft.targetGroups = new HashSet<>(details.targetGroups());
        draft.responsible = details.responsible() == null ? null
                : new Choice(details.responsible().id(), details.responsible().name());
        draft.internalNotes = details.internalNotes();
        draft.shared = details.sharedWithPartners();
        binder.readBean(draft);
        internalNotes.setVisible(details.permissions().showsInternal());
    }

    Optional<VisitChanges> writeIfValid() {
        var draft = new Draft();
        if (!binder.writeBeanIfValid(draft)) {
            return Optional.empty();
        }
        return Optional.of(new VisitChanges(id, version, draft.direction, draft.title, draft.purpose,
                draft.hostCountry, draft.city, draft.hostOrganisation == null ? null : draft.hostOrganisation.id(),
                draft.startsOn, draft.endsOn, draft.countries, draft.areas, draft.targetGroups, draft.shared,
                draft.responsible == null ? null : draft.responsible.id(), draft.internalNotes));
    }

    void rebase(long newVersion) {
        version = newVersion;
    }

    @Override
    public boolean showRefusal(RefusedException.Refusal refusal) {
        HasValidation field = switch (refusal.field()) {
            case "endsOn" -> endsOn;
            case "countries" -> countries;
            case "hostOrganisation" -> hostOrganisation;
            case "responsible" -> responsible;
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
