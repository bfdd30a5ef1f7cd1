package ua.cooperation.portal.meeting.ui;

import ua.cooperation.portal.base.PortalTime;

import ua.cooperation.portal.base.ui.FieldMessages;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import ua.cooperation.portal.base.ui.Constraints;
import ua.cooperation.portal.country.CountryNames;
import ua.cooperation.portal.meeting.Meeting;
import ua.cooperation.portal.meeting.MeetingChanges;
import ua.cooperation.portal.meeting.MeetingDetails;
import ua.cooperation.portal.base.RefusedException;
import ua.cooperation.portal.base.ui.RecordForm;
import ua.cooperation.portal.meeting.MeetingService;
import ua.cooperation.portal.meeting.MeetingType;

import java.time.LocalDateTime;
import ua.cooperation.portal.partnership.CooperationArea;
import ua.cooperation.portal.programme.TargetGroup;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A meeting's fields in buffered mode: nothing changes until {@link #writeIfValid()} succeeds and the service accepts
 * it. Start and end are entered in Europe/Kyiv time; the online link must be an https address. The length and
 * required rules are the ones declared on {@link MeetingChanges} (the service checks them again); the pickers are fed
 * by {@link MeetingLookups}, so the form calls no service.
 */
class MeetingForm extends FormLayout implements RecordForm {

    static final String ID_TYPE = "meeting-type";
    static final String ID_TITLE = "meeting-title-field";
    static final String ID_START = "meeting-start";
    static final String ID_END = "meeting-end";
    static final String ID_PLACE = "meeting-place";
    static final String ID_LINK = "meeting-online-link";
    static final String ID_COUNTRIES = "meeting-countries";
    static final String ID_ORGANISATIONS = "meeting-organisations";
    static final String ID_USERS = "meeting-users";
    static final String ID_RESPONSIBLE = "meeting-responsible";
    static final String ID_PARTNERSHIPS = "meeting-partnerships";
    static final String ID_PROGRAMMES = "meeting-programmes";
    static final String ID_AREAS = "meeting-areas";
    static final String ID_TARGET_GROUPS = "meeting-target-groups";
    static final String ID_AGENDA = "meeting-agenda";
    static final String ID_MINUTES = "meeting-minutes";
    static final String ID_NOTES = "meeting-internal-notes";
    static final String ID_SHARED = "meeting-shared";

    /** The form's working copy, with typed accessors so that bindings are checked by the compiler. */
    static final class Draft {
        MeetingType type;
        String title;
        LocalDateTime start;
        LocalDateTime end;
        String place;
        String onlineLink;
        Set<String> countries = new HashSet<>();
        Set<Choice> organisations = new HashSet<>();
        Set<Choice> users = new HashSet<>();
        Choice responsible;
        Set<Choice> partnerships = new HashSet<>();
        Set<Choice> programmes = new HashSet<>();
        Set<CooperationArea> areas = new HashSet<>();
        Set<TargetGroup> targetGroups = new HashSet<>();
        String agenda;
        String minutes;
        String internalNotes;
        boolean shared;
    }

    final Select<MeetingType> type = new Select<>();
    final TextField title = new TextField();
    final DateTimePicker start = new DateTimePicker();
    final DateTimePicker end = new DateTimePicker();
    final TextField place = new TextField();
    final TextField onlineLink = new TextField();
    final MultiSelectComboBox<String> countries = new MultiSelectComboBox<>();
    final MultiSelectComboBox<Choice> organisations = new MultiSelectComboBox<>();
    final MultiSelectComboBox<Choice> users = new MultiSelectComboBox<>();
    final ComboBox<Choice> responsible = new ComboBox<>();
    final MultiSelectComboBox<Choice> partnerships = new MultiSelectComboBox<>();
    final MultiSelectComboBox<Choice> programmes = new MultiSelectComboBox<>();
    final MultiSelectComboBox<CooperationArea> areas = new MultiSelectComboBox<>();
    final MultiSelectComboBox<TargetGroup> targetGroups = new MultiSelectComboBox<>();
    final TextArea agenda = new TextArea();
    final TextArea minutes = new TextArea();
    final TextArea internalNotes = new TextArea();
    final Checkbox shared = new Checkbox();
    private final Binder<Draft> binder = new Binder<>();
    private Long id;
    private long version;

    MeetingForm(MeetingLookups lookups, Locale locale) {
        whatAndWhenFields(locale);
        placeFields();
        linkFields(lookups, locale);
        textFields();
        bind();
        add(type, title, start, end, place, onlineLink, countries, organisations, users, responsible, partnerships,
                programmes, areas, targetGroups);
        add(agenda, 2);
        add(minutes, 2);
        add(internalNotes, 2);
        add(shared, 2);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));
        FieldMessages.applyTo(this);
        binder.readBean(new Draft());
    }

    private void whatAndWhenFields(Locale locale) {
        type.setId(ID_TYPE);
        type.setLabel(getTranslation("meeting.field.type"));
        type.setItems(MeetingType.values());
        type.setItemLabelGenerator(t -> t == null ? "" : getTranslation("meeting-type." + t.name()));
        type.setRequiredIndicatorVisible(true);

        title.setId(ID_TITLE);
        title.setLabel(getTranslation("meeting.field.title"));
        title.setMaxLength(Meeting.TITLE_MAX_LENGTH);
        title.setRequiredIndicatorVisible(true);

        for (var picker : new DateTimePicker[]{start, end}) {
            picker.setLocale(locale);
            picker.setStep(java.time.Duration.ofMinutes(15));
            picker.setHelperText(getTranslation("meeting.field.kyiv-time"));
            picker.setRequiredIndicatorVisible(true);
        }
        start.setId(ID_START);
        start.setLabel(getTranslation("meeting.field.start"));
        end.setId(ID_END);
        end.setLabel(getTranslation("meeting.field.end"));
        start.addValueChangeListener(e -> {
            // a new meeting: the end follows the start an hour later until the user sets it
            if (e.isFromClient() && e.getValue() != null && (end.isEmpty() || !end.getValue().isAfter(e.getValue()))) {
                end.setValue(e.getValue().plusHours(1));
            }
        });
    }

    private void placeFields() {
        place.setId(ID_PLACE);
        place.setLabel(getTranslation("meeting.field.place"));
        place.setMaxLength(Meeting.PLACE_MAX_LENGTH);
        onlineLink.setId(ID_LINK);
        onlineLink.setLabel(getTranslation("meeting.field.online-link"));
        onlineLink.setPlaceholder("https://");
        onlineLink.setMaxLength(Meeting.LINK_MAX_LENGTH);
    }

    /** The records the meeting concerns; the pickers offer only those the reader may see. */
    private void linkFields(MeetingLookups lookups, Locale locale) {
        countries.setId(ID_COUNTRIES);
        countries.setLabel(getTranslation("meeting.field.countries"));
        countries.setItemsPageable((pageable, filter) -> lookups.countryCodes(filter, pageable, locale));
        countries.setItemLabelGenerator(code -> CountryNames.displayName(code, locale) + " (" + code + ")");
        countries.setRequiredIndicatorVisible(true);

        organisations.setId(ID_ORGANISATIONS);
        organisations.setLabel(getTranslation("meeting.field.organisations"));
        Pickers.organisations(organisations, lookups, locale);
        users.setId(ID_USERS);
        users.setLabel(getTranslation("meeting.field.users"));
        Pickers.users(users, lookups);
        responsible.setId(ID_RESPONSIBLE);
        responsible.setLabel(getTranslation("meeting.field.responsible"));
        responsible.setHelperText(getTranslation("meeting.field.responsible.help"));
        responsible.setItemLabelGenerator(Choice::name);
        responsible.setItemsPageable((pageable, filter) -> lookups.staff(filter, pageable));
        partnerships.setId(ID_PARTNERSHIPS);
        partnerships.setLabel(getTranslation("meeting.field.partnerships"));
        Pickers.partnerships(partnerships, lookups, locale);
        programmes.setId(ID_PROGRAMMES);
        programmes.setLabel(getTranslation("meeting.field.programmes"));
        Pickers.programmes(programmes, lookups, locale);
        areas.setId(ID_AREAS);
        areas.setLabel(getTranslation("meeting.field.areas"));
        Pickers.areas(areas);
        targetGroups.setId(ID_TARGET_GROUPS);
        targetGroups.setLabel(getTranslation("meeting.field.target-groups"));
        Pickers.targetGroups(targetGroups);
    }

    private void textFields() {
        agenda.setId(ID_AGENDA);
        agenda.setLabel(getTranslation("meeting.field.agenda"));
        agenda.setMaxLength(Meeting.AGENDA_MAX_LENGTH);
        minutes.setId(ID_MINUTES);
        minutes.setLabel(getTranslation("meeting.field.minutes"));
        minutes.setMaxLength(Meeting.MINUTES_MAX_LENGTH);
        minutes.setMinHeight("8em");
        internalNotes.setId(ID_NOTES);
        internalNotes.setLabel(getTranslation("meeting.field.internal-notes"));
        internalNotes.setHelperText(getTranslation("meeting.field.internal-notes.helper"));
        internalNotes.setMaxLength(Meeting.NOTES_MAX_LENGTH);
        shared.setId(ID_SHARED);
        shared.setLabel(getTranslation("meeting.field.shared"));
    }

    private void bind() {
        binder.forField(type).asRequired(getTranslation("meeting.validation.type"))
                .bind(d -> d.type, (d, v) -> d.type = v);
        binder.forField(title).asRequired(getTranslation("meeting.validation.title"))
                .withValidator(Constraints.of(MeetingChanges.class, "title"))
                .bind(d -> d.title, (d, v) -> d.title = v);
        binder.forField(start).asRequired(getTranslation("meeting.validation.start"))
                .bind(d -> d.start, (d, v) -> d.start = v);
        binder.forField(end).asRequired(getTranslation("meeting.validation.end"))
                .withValidator(v -> start.getValue() == null || v.isAfter(start.getValue()),
                        getTranslation("meeting.refused.END_NOT_AFTER_START"))
                .withValidator(v -> start.getValue() == null || MeetingService.isWithinMaxDuration(
                                start.getValue().atZone(PortalTime.ZONE).toInstant(),
                                v.atZone(PortalTime.ZONE).toInstant()),
                        getTranslation("meeting.refused.TOO_LONG"))
                .bind(d -> d.end, (d, v) -> d.end = v);
        binder.forField(place).withValidator(Constraints.of(MeetingChanges.class, "place"))
                .bind(d -> d.place, (d, v) -> d.place = v);
        binder.forField(onlineLink).withValidator(Constraints.of(MeetingChanges.class, "onlineLink"))
                .withValidator(v -> v == null || v.isBlank() || MeetingService.isHttpsUrl(v),
                        getTranslation("meeting.refused.LINK_NOT_HTTPS"))
                .bind(d -> d.onlineLink, (d, v) -> d.onlineLink = v);
        binder.forField(countries)
                .withValidator(Constraints.of(MeetingChanges.class, "countryCodes", "meeting.validation.countries"))
                .bind(d -> d.countries, (d, v) -> d.countries = v);
        binder.forField(organisations).bind(d -> d.organisations, (d, v) -> d.organisations = v);
        binder.forField(users).bind(d -> d.users, (d, v) -> d.users = v);
        binder.forField(responsible).bind(d -> d.responsible, (d, v) -> d.responsible = v);
        binder.forField(partnerships).bind(d -> d.partnerships, (d, v) -> d.partnerships = v);
        binder.forField(programmes).bind(d -> d.programmes, (d, v) -> d.programmes = v);
        binder.forField(areas).bind(d -> d.areas, (d, v) -> d.areas = v);
        binder.forField(targetGroups).bind(d -> d.targetGroups, (d, v) -> d.targetGroups = v);
        binder.forField(agenda).withValidator(Constraints.of(MeetingChanges.class, "agenda"))
                .bind(d -> d.agenda, (d, v) -> d.agenda = v);
        binder.forField(minutes).withValidator(Constraints.of(MeetingChanges.class, "minutes"))
                .bind(d -> d.minutes, (d, v) -> d.minutes = v);
        binder.forField(internalNotes).withValidator(Constraints.of(MeetingChanges.class, "internalNotes"))
                .bind(d -> d.internalNotes, (d, v) -> d.internalNotes = v);
        binder.forField(shared).bind(d -> d.shared, (d, v) -> d.shared = v);
    }

    void read(MeetingDetails details) {
        id = details.id();
        version = details.version();
        var draft = new Draft();
        draft.type = details.type();
        draft.title = details.title();
        draft.start = MeetingTexts.kyiv(details.startsAt());
        draft.end = MeetingTexts.kyiv(details.endsAt());
        draft.place = details.place();
        draft.onlineLink = details.onlineLink();
        draft.countries = new HashSet<>(details.countryCodes());
        draft.organisations = choices(details.organisations());
        draft.users = choices(details.users());
        draft.responsible = details.responsible() == null ? null
                : new Choice(details.responsible().id(), details.responsible().name());
        draft.partnerships = choices(details.partnerships());
        draft.programmes = choices(details.programmes());
        draft.areas = new HashSet<>(details.areas());
        draft.targetGroups = new HashSet<>(details.targetGroups());
        draft.agenda = details.agenda();
        draft.minutes = details.minutes();
        draft.internalNotes = details.internalNotes();
        draft.shared = details.sharedWithPartners();
        binder.readBean(draft);
    }

    private static Set<Choice> choices(java.util.List<MeetingDetails.Named> named) {
        return named.stream().map(n -> new Choice(n.id(), n.name())).collect(Collectors.toCollection(HashSet::new));
    }

    /** The user's entries on top of the version they loaded, or empty (with messages at the fields) when invalid. */
    Optional<MeetingChanges> writeIfValid() {
        var draft = new Draft();
        if (!binder.writeBeanIfValid(draft)) {
            return Optional.empty();
        }
        var partnershipIds = ids(draft.partnerships);
        return Optional.of(new MeetingChanges(id, version, draft.type, draft.title, MeetingTexts.instant(draft.start),
                MeetingTexts.instant(draft.end), draft.place, draft.onlineLink, draft.countries, ids(draft.organisations),
                ids(draft.users), partnershipIds, ids(draft.programmes), draft.agenda, draft.minutes, draft.internalNotes,
                draft.shared, draft.responsible == null ? null : draft.responsible.id())
                .withTopics(draft.areas, draft.targetGroups));
    }

    private static Set<Long> ids(Set<Choice> choices) {
        return choices.stream().map(Choice::id).collect(Collectors.toSet());
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
        internalNotes.setVisible(false);
    }

    /** Shows the service's refusal at the field it concerns; false when no field of this form fits. */
    @Override
    public boolean showRefusal(RefusedException.Refusal refusal) {
        HasValidation field = switch (refusal.field()) {
            case "end" -> end;
            case "onlineLink" -> onlineLink;
            case "countries" -> countries;
            case "organisations" -> organisations;
            case "users" -> users;
            case "responsible" -> responsible;
            case "partnerships" -> partnerships;
            case "programmes" -> programmes;
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
