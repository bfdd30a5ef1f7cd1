package ua.cooperation.portal.practice.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import ua.cooperation.portal.base.RefusedException;
import ua.cooperation.portal.base.ui.Constraints;
import ua.cooperation.portal.base.ui.FieldMessages;
import ua.cooperation.portal.base.ui.RecordForm;
import ua.cooperation.portal.partnership.CooperationArea;
import ua.cooperation.portal.practice.Practice;
import ua.cooperation.portal.practice.PracticeChanges;
import ua.cooperation.portal.practice.PracticeDetails;
import ua.cooperation.portal.practice.PracticeDirection;
import ua.cooperation.portal.programme.TargetGroup;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A practice's fields in buffered mode: nothing changes until {@link #writeIfValid()} succeeds and the service
 * accepts it; the service's refusals appear at their fields. The source document is one of the source meeting's; the
 * source visit is picked among the visits the editor may see, shown as "dates · title".
 */
class PracticeForm extends FormLayout implements RecordForm {

    static final String ID_TITLE = "practice-title-field";
    static final String ID_DESCRIPTION = "practice-description";
    static final String ID_DIRECTION = "practice-direction";
    static final String ID_COUNTRY = "practice-country";
    static final String ID_ORGANISATION = "practice-organisation";
    static final String ID_AREAS = "practice-areas";
    static final String ID_TARGET_GROUPS = "practice-target-groups";
    static final String ID_SOURCE_MEETING = "practice-source-meeting";
    static final String ID_SOURCE_DOCUMENT = "practice-source-document";
    static final String ID_SOURCE_VISIT = "practice-source-visit";
    static final String ID_NOTES = "practice-notes";
    static final String ID_SHARED = "practice-shared";

    /** A record offered in a picker. */
    record Choice(long id, String name) {
    }

    /** The form's working copy. */
    static final class Draft {
        String title;
        String description;
        PracticeDirection direction;
        String country;
        Choice organisation;
        Set<CooperationArea> areas = EnumSet.noneOf(CooperationArea.class);
        Set<TargetGroup> targetGroups = EnumSet.noneOf(TargetGroup.class);
        Choice sourceMeeting;
        Choice sourceDocument;
        Choice sourceVisit;
        String notes;
        boolean shared;
    }

    final TextField title = new TextField();
    final TextArea description = new TextArea();
    final Select<PracticeDirection> direction = new Select<>();
    final ComboBox<String> country;
    final ComboBox<Choice> organisation = new ComboBox<>();
    final MultiSelectComboBox<CooperationArea> areas = new MultiSelectComboBox<>();
    final MultiSelectComboBox<TargetGroup> targetGroups = new MultiSelectComboBox<>();
    final ComboBox<Choice> sourceMeeting = new ComboBox<>();
    final ComboBox<Choice> sourceDocument = new ComboBox<>();
    final ComboBox<Choice> sourceVisit = new ComboBox<>();
    final TextArea notes = new TextArea();
    final Checkbox shared = new Checkbox();
    private final Binder<Draft> binder = new Binder<>();
    private final PracticeLookups lookups;
    private final Locale locale;
    private Long id;
    private long version;

    PracticeForm(PracticeLookups lookups, Locale locale) {
        this.lookups = lookups;
        this.locale = locale;
        country = lookups.countryPicker(locale);
        configureFields();
        bindFields();
        add(title, 2);
        add(direction, country, organisation, areas, targetGroups, sourceMeeting, sourceDocument, sourceVisit,
                shared);
        add(description, 2);
        add(notes, 2);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));
        FieldMessages.applyTo(this);
        binder.readBean(new Draft());
    }

    /** Starts a new practice from a meeting (its page's "record a practice"). */
    PracticeForm fromMeeting(Choice meeting) {
        sourceMeeting.setValue(meeting);
        return this;
    }

    /**
     * Starts a new practice from a visit (its page's "record a practice"): the visit as the source, its host country
     * as the country, its areas and target groups.
     */
    PracticeForm fromVisit(PracticeLookups.VisitSeed seed) {
        sourceVisit.setValue(seed.visit());
        country.setValue(seed.countryCode());
        areas.setValue(seed.areas().isEmpty() ? EnumSet.noneOf(CooperationArea.class) : EnumSet.copyOf(seed.areas()));
        targetGroups.setValue(seed.targetGroups().isEmpty() ? EnumSet.noneOf(TargetGroup.class)
                : EnumSet.copyOf(seed.targetGroups()));
        return this;
    }

    private void configureFields() {
        title.setId(ID_TITLE);
        title.setLabel(getTranslation("practice.field.title"));
        title.setMaxLength(Practice.TITLE_MAX_LENGTH);
        title.setRequiredIndicatorVisible(true);
        description.setId(ID_DESCRIPTION);
        description.setLabel(getTranslation("practice.field.description"));
        description.setHelperText(getTranslation("practice.field.description.helper"));
        description.setMaxLength(Practice.DESCRIPTION_MAX_LENGTH);
        description.setMinHeight("6em");
        direction.setId(ID_DIRECTION);
        direction.setLabel(getTranslation("practice.field.direction"));
        direction.setItems(PracticeDirection.values());
        direction.setItemLabelGenerator(d -> d == null ? "" : getTranslation("practice-direction." + d.name()));
        direction.setRequiredIndicatorVisible(true);
        country.setId(ID_COUNTRY);
        country.setLabel(getTranslation("practice.field.country"));
        country.setHelperText(getTranslation("practice.field.country.helper"));
        country.setRequiredIndicatorVisible(true);
        organisation.setId(ID_ORGANISATION);
        organisation.setLabel(getTranslation("practice.field.organisation"));
        organisation.setItemsPageable((pageable, filter) -> lookups.organisations(filter, pageable, locale));
        organisation.setItemLabelGenerator(Choice::name);
        organisation.setClearButtonVisible(true);
        areas.setId(ID_AREAS);
        areas.setLabel(getTranslation("practice.field.areas"));
        areas.setItems(CooperationArea.values());
        areas.setItemLabelGenerator(a -> getTranslation("cooperation-area." + a.name()));
        targetGroups.setId(ID_TARGET_GROUPS);
        targetGroups.setLabel(getTranslation("practice.field.target-groups"));
        targetGroups.setItems(TargetGroup.values());
        targetGroups.setItemLabelGenerator(g -> getTranslation("target-group." + g.name()));
        sourceMeeting.setId(ID_SOURCE_MEETING);
        sourceMeeting.setLabel(getTranslation("practice.field.source-meeting"));
        sourceMeeting.setItemsPageable((pageable, filter) -> lookups.meetings(filter, pageable, locale));
        sourceMeeting.setItemLabelGenerator(Choice::name);
        sourceMeeting.setClearButtonVisible(true);
        sourceMeeting.addValueChangeListener(e -> documentsOf(e.getValue()));
        sourceDocument.setId(ID_SOURCE_DOCUMENT);
        sourceDocument.setLabel(getTranslation("practice.field.source-document"));
        sourceDocument.setItemLabelGenerator(Choice::name);
        sourceDocument.setClearButtonVisible(true);
        sourceDocument.setEnabled(false);
        sourceVisit.setId(ID_SOURCE_VISIT);
        sourceVisit.setLabel(getTranslation("practice.field.source-visit"));
        sourceVisit.setItemsPageable((pageable, filter) -> lookups.visits(filter, pageable, locale));
        sourceVisit.setItemLabelGenerator(Choice::name);
        sourceVisit.setClearButtonVisible(true);
        notes.setId(ID_NOTES);
        notes.setLabel(getTranslation("practice.field.notes"));
        notes.setHelperText(getTranslation("practice.field.notes.helper"));
        notes.setMaxLength(Practice.NOTES_MAX_LENGTH);
        notes.setMinHeight("5em");
        shared.setId(ID_SHARED);
        shared.setLabel(getTranslation("practice.field.shared"));
    }

    /** The documents of the chosen meeting; none without a meeting. */
    private void documentsOf(Choice meeting) {
        var kept = sourceDocument.getValue();
        List<Choice> offered = meeting == null ? List.of() : lookups.documentsOf(meeting.id(), locale);
        sourceDocument.setItems(offered);
        sourceDocument.setValue(kept != null && offered.contains(kept) ? kept : null);
        sourceDocument.setEnabled(meeting != null);
    }

    private void bindFields() {
        // the rules are the service's: declared once, on PracticeChanges
        binder.forField(title).asRequired(getTranslation("practice.validation.title"))
                .withValidator(Constraints.of(PracticeChanges.class, "title"))
                .bind(d -> d.title, (d, v) -> d.title = v);
        binder.forField(description).withValidator(Constraints.of(PracticeChanges.class, "description"))
                .bind(d -> d.description, (d, v) -> d.description = v);
        binder.forField(direction).asRequired(getTranslation("practice.validation.direction"))
                .bind(d -> d.direction, (d, v) -> d.direction = v);
        binder.forField(country).asRequired(getTranslation("practice.validation.country"))
                .bind(d -> d.country, (d, v) -> d.country = v);
        binder.forField(organisation).bind(d -> d.organisation, (d, v) -> d.organisation = v);
        binder.forField(areas).bind(d -> d.areas, (d, v) -> d.areas = v);
        binder.forField(targetGroups).bind(d -> d.targetGroups, (d, v) -> d.targetGroups = v);
        binder.forField(sourceMeeting).bind(d -> d.sourceMeeting, (d, v) -> d.sourceMeeting = v);
        binder.forField(sourceDocument).bind(d -> d.sourceDocument, (d, v) -> d.sourceDocument = v);
        binder.forField(sourceVisit).bind(d -> d.sourceVisit, (d, v) -> d.sourceVisit = v);
        binder.forField(notes).withValidator(Constraints.of(PracticeChanges.class, "notes"))
                .bind(d -> d.notes, (d, v) -> d.notes = v);
        binder.forField(shared).bind(d -> d.shared, (d, v) -> d.shared = v);
    }

    void read(PracticeDetails details) {
        id = details.id();
        version = details.version();
        var draft = new Draft();
        draft.title = details.title();
        draft.description = details.description();
        draft.direction = details.direction();
        draft.country = details.countryCode();
        draft.organisation = choice(details.organisation());
        draft.areas = details.areas().isEmpty() ? EnumSet.noneOf(CooperationArea.class)
                : EnumSet.copyOf(details.areas());
        draft.targetGroups = details.targetGroups().isEmpty() ? EnumSet.noneOf(TargetGroup.class)
                : EnumSet.copyOf(details.targetGroups());
        draft.sourceMeeting = choice(details.sourceMeeting());
        documentsOf(draft.sourceMeeting);
        draft.sourceDocument = choice(details.sourceDocument());
        // as the picker offers it ("dates · title"), the title alone if it cannot be read again
        draft.sourceVisit = details.sourceVisit() == null ? null
                : lookups.visit(details.sourceVisit().id(), locale).orElse(choice(details.sourceVisit()));
        draft.notes = details.notes();
        draft.shared = details.sharedWithPartners();
        binder.readBean(draft);
    }

    private static Choice choice(PracticeDetails.Named named) {
        return named == null ? null : new Choice(named.id(), named.name());
    }

    /** The entries on top of the version loaded, or empty (with messages at the fields) when invalid. */
    Optional<PracticeChanges> writeIfValid() {
        var draft = new Draft();
        if (!binder.writeBeanIfValid(draft)) {
            return Optional.empty();
        }
        return Optional.of(new PracticeChanges(id, version, draft.title, draft.description, draft.direction,
                draft.country, draft.organisation == null ? null : draft.organisation.id(), draft.areas,
                draft.targetGroups, draft.sourceMeeting == null ? null : draft.sourceMeeting.id(),
                draft.sourceMeeting == null || draft.sourceDocument == null ? null : draft.sourceDocument.id(),
                draft.sourceVisit == null ? null : draft.sourceVisit.id(), draft.notes, draft.shared));
    }

    /** Keeps what the user typed but moves it onto a newer stored version ("save mine anyway"). */
    void rebase(long newVersion) {
        version = newVersion;
    }

    /** Shows the service's refusal at the field it concerns; false when no field of this form fits. */
    @Override
    public boolean showRefusal(RefusedException.Refusal refusal) {
        HasValidation field = switch (refusal.field()) {
            case "country" -> country;
            case "organisation" -> organisation;
            case "sourceMeeting" -> sourceMeeting;
            case "sourceDocument" -> sourceDocument;
            case "sourceVisit" -> sourceVisit;
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
