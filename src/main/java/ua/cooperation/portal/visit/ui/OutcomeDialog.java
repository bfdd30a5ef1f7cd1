package ua.cooperation.portal.visit.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import ua.cooperation.portal.base.RefusedException;
import ua.cooperation.portal.base.ui.Constraints;
import ua.cooperation.portal.base.ui.EditFlow;
import ua.cooperation.portal.base.ui.FieldMessages;
import ua.cooperation.portal.base.ui.RecordForm;
import ua.cooperation.portal.meeting.ActionItemChanges;
import ua.cooperation.portal.meeting.ActionItemStatus;
import ua.cooperation.portal.meeting.DecisionChanges;
import ua.cooperation.portal.meeting.DecisionItem;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * Records an outcome of a visit's report: a decision (its text and day) or an action item (what, for which decision,
 * whose, by when). The page stores it through the visit's report service, which records it on the report meeting.
 */
class OutcomeDialog extends Dialog implements RecordForm {

    static final String ID_DECISION = "visit-outcome-decision-dialog";
    static final String ID_ITEM = "visit-outcome-item-dialog";
    static final String ID_TEXT = "visit-outcome-text";
    static final String ID_DATE = "visit-outcome-date";
    static final String ID_DECISION_PICKER = "visit-outcome-decision";
    static final String ID_OWNER = "visit-outcome-owner";
    static final String ID_SAVE = "visit-outcome-save";

    static final class Draft {
        String text;
        LocalDate date;
        DecisionItem decision;
        Choice owner;
    }

    private final Binder<Draft> binder = new Binder<>();
    private final DatePicker date = new DatePicker();
    private final ComboBox<Choice> owner = new ComboBox<>();

    private OutcomeDialog(String id, String titleKey) {
        setId(id);
        setHeaderTitle(getTranslation(titleKey));
        setWidth("min(36em, 95vw)");
        date.setId(ID_DATE);
        date.setLocale(getLocale());
    }

    /** A new decision of the visit, dated its last day unless changed. */
    static OutcomeDialog decision(EditFlow<?> flow, LocalDate lastDay, Function<DecisionChanges, ?> store,
                                  Runnable onSaved) {
        var dialog = new OutcomeDialog(ID_DECISION, "visit.report.new-decision");
        var text = new TextArea(dialog.getTranslation("decision.field.text"));
        text.setId(ID_TEXT);
        text.setMinHeight("6em");
        dialog.date.setLabel(dialog.getTranslation("decision.field.decided-on"));
        dialog.binder.forField(text).asRequired(dialog.getTranslation("decision.validation.text"))
                .withValidator(Constraints.of(DecisionChanges.class, "text")).bind(d -> d.text, (d, v) -> d.text = v);
        dialog.binder.forField(dialog.date).asRequired(dialog.getTranslation("decision.validation.decided-on"))
                .bind(d -> d.date, (d, v) -> d.date = v);
        var draft = new Draft();
        draft.date = lastDay;
        dialog.binder.readBean(draft);
        dialog.finish(new FormLayout(dialog.date, text), () -> {
            var entered = new Draft();
            if (!dialog.binder.writeBeanIfValid(entered)) {
                return;
            }
            var changes = new DecisionChanges(null, 0, entered.text, entered.date, null);
            flow.runInDialog(dialog, () -> store.apply(changes), dialog, saved -> onSaved.run());
        });
        return dialog;
    }

    /** A new action item of the visit, of one of its decisions or of none, owned by a staff member. */
    static OutcomeDialog actionItem(EditFlow<?> flow, VisitLookups lookups, List<DecisionItem> decisions,
                                    Function<ActionItemChanges, ?> store, Runnable onSaved) {
        var dialog = new OutcomeDialog(ID_ITEM, "visit.report.new-item");
        var title = new TextField(dialog.getTranslation("action-item.field.title"));
        title.setId(ID_TEXT);
        var decision = new Select<DecisionItem>();
        decision.setId(ID_DECISION_PICKER);
        decision.setLabel(dialog.getTranslation("action-item.field.decision"));
        decision.setItems(decisions);
        decision.setEmptySelectionAllowed(true);
        decision.setEmptySelectionCaption(dialog.getTranslation("action-item.no-decision"));
        decision.setItemLabelGenerator(d -> d == null ? dialog.getTranslation("action-item.no-decision")
                : "№ " + d.number() + " " + d.text());
        dialog.owner.setId(ID_OWNER);
        dialog.owner.setLabel(dialog.getTranslation("action-item.field.owner"));
        dialog.owner.setItemsPageable((pageable, filter) -> lookups.staff(filter, pageable));
        dialog.owner.setItemLabelGenerator(Choice::name);
        dialog.date.setLabel(dialog.getTranslation("action-item.field.due"));
        dialog.binder.forField(title).asRequired(dialog.getTranslation("action-item.validation.title"))
                .withValidator(Constraints.of(ActionItemChanges.class, "title")).bind(d -> d.text, (d, v) -> d.text = v);
        dialog.binder.forField(decision).bind(d -> d.decision, (d, v) -> d.decision = v);
        dialog.binder.forField(dialog.owner).asRequired(dialog.getTranslation("action-item.validation.owner"))
                .bind(d -> d.owner, (d, v) -> d.owner = v);
        dialog.binder.forField(dialog.date).asRequired(dialog.getTranslation("action-item.validation.due"))
                .bind(d -> d.date, (d, v) -> d.date = v);
        var draft = new Draft();
        draft.decision = decisions.isEmpty() ? null : decisions.getLast();
        dialog.binder.readBean(draft);
        dialog.finish(new FormLayout(title, decision, dialog.owner, dialog.date), () -> {
            var entered = new Draft();
            if (!dialog.binder.writeBeanIfValid(entered)) {
                return;
            }
            var changes = new ActionItemChanges(null, 0, 0, entered.decision == null ? null : entered.decision.id(),
                    entered.text, entered.owner.id(), null, entered.date, ActionItemStatus.OPEN, null, null, null);
            flow.runInDialog(dialog, () -> store.apply(changes), dialog, saved -> onSaved.run());
        });
        return dialog;
    }

    private void finish(FormLayout form, Runnable save) {
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        FieldMessages.applyTo(form);
        add(form);
        var saveButton = new Button(getTranslation("action.save"), e -> save.run());
        saveButton.setId(ID_SAVE);
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), saveButton);
    }

    @Override
    public boolean showRefusal(RefusedException.Refusal refusal) {
        HasValidation field = switch (refusal.field()) {
            case "owner" -> owner;
            case "decidedOn", "dueOn" -> date;
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
