package ua.cooperation.portal.meeting.ui;

import ua.cooperation.portal.base.RefusedException;
import ua.cooperation.portal.base.ui.Constraints;
import ua.cooperation.portal.base.ui.EditFlow;
import ua.cooperation.portal.base.ui.FieldMessages;
import ua.cooperation.portal.base.ui.RecordForm;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import ua.cooperation.portal.country.CountryNames;
import ua.cooperation.portal.meeting.ActionItem;
import ua.cooperation.portal.meeting.ActionItemChanges;
import ua.cooperation.portal.meeting.ActionItemStatus;
import ua.cooperation.portal.meeting.ActionItemView;
import ua.cooperation.portal.meeting.DecisionItem;
import ua.cooperation.portal.meeting.MeetingDetails;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * An officer records or changes an action item of a meeting: its owner (a portal user, liaisons included, or a
 * registry person), due date, status, the decision it follows from and optional links to a partnership or country
 * of the meeting. The rules are the ones declared on {@link ActionItemChanges}; the owners are offered by
 * {@link MeetingLookups}, and the page stores the changes ({@code store}) through its {@link EditFlow}.
 */
class ActionItemDialog extends Dialog implements RecordForm {

    static final String ID = "action-item-dialog";
    static final String ID_TITLE = "action-item-title";
    static final String ID_OWNER_KIND = "action-item-owner-kind";
    static final String ID_OWNER_USER = "action-item-owner-user";
    static final String ID_OWNER_PERSON = "action-item-owner-person";
    static final String ID_DUE = "action-item-due";
    static final String ID_STATUS = "action-item-status";
    static final String ID_NOTE = "action-item-note";
    static final String ID_DECISION = "action-item-decision";
    static final String ID_PARTNERSHIP = "action-item-partnership";
    static final String ID_COUNTRY = "action-item-country";
    static final String ID_SAVE = "action-item-save";

    enum OwnerKind { USER, PERSON }

    /** The form's working copy. */
    static final class Draft {
        String title;
        OwnerKind ownerKind = OwnerKind.USER;
        Choice ownerUser;
        Choice ownerPerson;
        LocalDate dueOn;
        ActionItemStatus status = ActionItemStatus.OPEN;
        String note;
        DecisionItem decision;
        Choice partnership;
        String country;
    }

    private final EditFlow<?> flow;
    private final Function<ActionItemChanges, ?> store;
    private final MeetingDetails meeting;
    private final ActionItemView existing;
    private final Runnable onSaved;
    private final TextField title = new TextField();
    private final RadioButtonGroup<OwnerKind> ownerKind = new RadioButtonGroup<>();
    private final ComboBox<Choice> ownerUser = new ComboBox<>();
    private final ComboBox<Choice> ownerPerson = new ComboBox<>();
    private final DatePicker dueOn = new DatePicker();
    private final Select<ActionItemStatus> status = new Select<>();
    private final TextArea note = new TextArea();
    private final Select<DecisionItem> decision = new Select<>();
    private final Select<Choice> partnership = new Select<>();
    private final Select<String> country = new Select<>();
    private final Binder<Draft> binder = new Binder<>();

    ActionItemDialog(EditFlow<?> flow, Function<ActionItemChanges, ?> store, MeetingLookups lookups,
                     MeetingDetails meeting, List<DecisionItem> decisions, ActionItemView existing, Runnable onSaved) {
        this.flow = flow;
        this.store = store;
        this.meeting = meeting;
        this.existing = existing;
        this.onSaved = onSaved;
        setId(ID);
        setHeaderTitle(getTranslation(existing == null ? "action-item.new" : "action-item.edit"));
        setWidth("min(48em, 95vw)");
        ownerFields(lookups);
        itemFields();
        linkFields(decisions);
        bind();
        var draft = draftOf(decisions);
        binder.readBean(draft);
        ownerUser.setVisible(draft.ownerKind == OwnerKind.USER);
        ownerPerson.setVisible(draft.ownerKind == OwnerKind.PERSON);

        var save = new Button(getTranslation("action.save"), e -> save());
        save.setId(ID_SAVE);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new FormLayout();
        form.add(title, 2);
        form.add(ownerKind, ownerUser, ownerPerson, dueOn, status, decision, partnership, country);
        form.add(note, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        FieldMessages.applyTo(form);
        add(form);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private void ownerFields(MeetingLookups lookups) {
        ownerKind.setLabel(getTranslation("action-item.field.owner-kind"));
        ownerKind.setId(ID_OWNER_KIND);
        ownerKind.setItems(OwnerKind.values());
        ownerKind.setItemLabelGenerator(k -> getTranslation("action-item.owner-kind." + k.name()));
        ownerUser.setLabel(getTranslation("action-item.field.owner-user"));
        ownerUser.setId(ID_OWNER_USER);
        Pickers.users(ownerUser, lookups);
        ownerPerson.setLabel(getTranslation("action-item.field.owner-person"));
        ownerPerson.setId(ID_OWNER_PERSON);
        Pickers.people(ownerPerson, lookups);
        ownerKind.addValueChangeListener(e -> {
            ownerUser.setVisible(e.getValue() != OwnerKind.PERSON);
            ownerPerson.setVisible(e.getValue() == OwnerKind.PERSON);
        });
    }

    private void itemFields() {
        title.setLabel(getTranslation("action-item.field.title"));
        title.setId(ID_TITLE);
        title.setMaxLength(ActionItem.TITLE_MAX_LENGTH);
        title.setRequiredIndicatorVisible(true);
        dueOn.setLabel(getTranslation("action-item.field.due"));
        dueOn.setId(ID_DUE);
        dueOn.setLocale(getLocale());
        dueOn.setRequiredIndicatorVisible(true);
        status.setId(ID_STATUS);
        status.setLabel(getTranslation("action-item.field.status"));
        status.setItems(ActionItemStatus.values());
        status.setItemLabelGenerator(s -> s == null ? "" : getTranslation("action-item-status." + s.name()));
        note.setLabel(getTranslation("action-item.field.completion-note"));
        note.setId(ID_NOTE);
        note.setMaxLength(ActionItem.NOTE_MAX_LENGTH);
    }

    /** The decision the item follows from, and a partnership or country of the meeting it concerns. */
    private void linkFields(List<DecisionItem> decisions) {
        decision.setId(ID_DECISION);
        decision.setLabel(getTranslation("action-item.field.decision"));
        decision.setItems(decisions);
        decision.setEmptySelectionAllowed(true);
        decision.setEmptySelectionCaption(getTranslation("action-item.no-decision"));
        decision.setItemLabelGenerator(d -> d == null ? getTranslation("action-item.no-decision")
                : "№ " + d.number() + " · " + abbreviate(d.text()));
        partnership.setId(ID_PARTNERSHIP);
        partnership.setLabel(getTranslation("action-item.field.partnership"));
        partnership.setItems(meeting.partnerships().stream().map(p -> new Choice(p.id(), p.name())).toList());
        partnership.setEmptySelectionAllowed(true);
        partnership.setItemLabelGenerator(p -> p == null ? "" : p.name());
        country.setId(ID_COUNTRY);
        country.setLabel(getTranslation("action-item.field.country"));
        country.setItems(meeting.countryCodes());
        country.setEmptySelectionAllowed(true);
        country.setItemLabelGenerator(c -> c == null ? "" : CountryNames.displayName(c, getLocale()));
    }

    private void bind() {
        binder.forField(title).asRequired(getTranslation("action-item.validation.title"))
                .withValidator(Constraints.of(ActionItemChanges.class, "title"))
                .bind(d -> d.title, (d, v) -> d.title = v);
        binder.forField(ownerKind).bind(d -> d.ownerKind, (d, v) -> d.ownerKind = v);
        binder.forField(ownerUser)
                .withValidator(v -> v != null || ownerKind.getValue() != OwnerKind.USER,
                        getTranslation("action-item.validation.owner"))
                .bind(d -> d.ownerUser, (d, v) -> d.ownerUser = v);
        binder.forField(ownerPerson)
                .withValidator(v -> v != null || ownerKind.getValue() != OwnerKind.PERSON,
                        getTranslation("action-item.validation.owner"))
                .bind(d -> d.ownerPerson, (d, v) -> d.ownerPerson = v);
        binder.forField(dueOn).asRequired(getTranslation("action-item.validation.due"))
                .bind(d -> d.dueOn, (d, v) -> d.dueOn = v);
        binder.forField(status).asRequired().bind(d -> d.status, (d, v) -> d.status = v);
        binder.forField(note).withValidator(Constraints.of(ActionItemChanges.class, "completionNote"))
                .bind(d -> d.note, (d, v) -> d.note = v);
        binder.forField(decision).bind(d -> d.decision, (d, v) -> d.decision = v);
        binder.forField(partnership).bind(d -> d.partnership, (d, v) -> d.partnership = v);
        binder.forField(country).withValidator(Constraints.of(ActionItemChanges.class, "countryCode"))
                .bind(d -> d.country, (d, v) -> d.country = v);
    }

    /** The existing item's values, or a new item's defaults. */
    private Draft draftOf(List<DecisionItem> decisions) {
        var draft = new Draft();
        if (existing == null) {
            return draft;
        }
        draft.title = existing.title();
        draft.ownerKind = existing.ownerPersonId() != null ? OwnerKind.PERSON : OwnerKind.USER;
        draft.ownerUser = existing.ownerUserId() == null ? null
                : new Choice(existing.ownerUserId(), existing.ownerName());
        draft.ownerPerson = existing.ownerPersonId() == null ? null
                : new Choice(existing.ownerPersonId(), existing.ownerName());
        draft.dueOn = existing.dueOn();
        draft.status = existing.status();
        draft.note = existing.completionNote();
        draft.decision = decisions.stream().filter(d -> existing.decisionId() != null
                && d.id() == existing.decisionId()).findFirst().orElse(null);
        draft.partnership = meeting.partnerships().stream().filter(p -> existing.partnershipId() != null
                && p.id() == existing.partnershipId()).map(p -> new Choice(p.id(), p.name())).findFirst()
                .orElse(null);
        draft.country = existing.countryCode();
        return draft;
    }

    private void save() {
        var entered = new Draft();
        if (!binder.writeBeanIfValid(entered)) {
            return;
        }
        boolean byUser = entered.ownerKind != OwnerKind.PERSON;
        var changes = new ActionItemChanges(existing == null ? null : existing.id(),
                existing == null ? 0 : existing.version(), meeting.id(),
                entered.decision == null ? null : entered.decision.id(), entered.title,
                byUser ? entered.ownerUser.id() : null, byUser ? null : entered.ownerPerson.id(),
                entered.dueOn, entered.status, entered.note,
                entered.partnership == null ? null : entered.partnership.id(), entered.country);
        flow.runInDialog(this, () -> store.apply(changes), this, saved -> onSaved.run());
    }

    /** A refusal at the field it concerns (the owner at the owner field shown); any other is shown as a message. */
    @Override
    public boolean showRefusal(RefusedException.Refusal refusal) {
        HasValidation field = switch (refusal.field()) {
            case "owner" -> ownerKind.getValue() == OwnerKind.PERSON ? ownerPerson : ownerUser;
            case "users" -> ownerUser;
            case "participants" -> ownerPerson;
            case "decision" -> decision;
            case "partnerships" -> partnership;
            case "countries" -> country;
            case "status" -> status;
            case "note" -> note;
            default -> null;
        };
        if (field == null) {
            return false;
        }
        field.setErrorMessage(getTranslation(refusal.messageKey()));
        field.setInvalid(true);
        return true;
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 59) + "…";
    }
}
