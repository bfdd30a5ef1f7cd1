package ua.cooperation.portal.meeting.ui;

import ua.cooperation.portal.base.RefusedException;
import ua.cooperation.portal.base.ui.Constraints;
import ua.cooperation.portal.base.ui.EditFlow;
import ua.cooperation.portal.base.ui.FieldMessages;
import ua.cooperation.portal.base.ui.RecordForm;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import ua.cooperation.portal.meeting.Decision;
import ua.cooperation.portal.meeting.DecisionChanges;
import ua.cooperation.portal.meeting.DecisionItem;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import ua.cooperation.portal.partnership.CooperationArea;
import ua.cooperation.portal.programme.TargetGroup;
import java.util.function.Function;

/**
 * Records a new decision (the service gives it the next number) or changes one, in a buffered form. The rules are the
 * ones declared on {@link DecisionChanges}; the page stores the changes ({@code store}) through its {@link EditFlow}.
 */
class DecisionDialog extends Dialog implements RecordForm {

    static final String ID = "decision-dialog";
    static final String ID_TEXT = "decision-text";
    static final String ID_DECIDED_ON = "decision-decided-on";
    static final String ID_EFFECTIVE_FROM = "decision-effective-from";
    static final String ID_AREAS = "decision-areas";
    static final String ID_TARGET_GROUPS = "decision-target-groups";
    static final String ID_SAVE = "decision-save";

    /** The form's working copy. */
    static final class Draft {
        String text;
        LocalDate decidedOn;
        LocalDate effectiveFrom;
        Set<CooperationArea> areas = new HashSet<>();
        Set<TargetGroup> targetGroups = new HashSet<>();
    }

    private final EditFlow<?> flow;
    private final Function<DecisionChanges, ?> store;
    private final DecisionItem existing;
    private final Runnable onSaved;
    private final TextArea text = new TextArea();
    private final DatePicker decidedOn = new DatePicker();
    private final DatePicker effectiveFrom = new DatePicker();
    private final MultiSelectComboBox<CooperationArea> areas = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<TargetGroup> targetGroups = new MultiSelectComboBox<>();
    private final Binder<Draft> binder = new Binder<>();

    DecisionDialog(EditFlow<?> flow, Function<DecisionChanges, ?> store, DecisionItem existing, LocalDate meetingDay,
                   Runnable onSaved) {
        this.flow = flow;
        this.store = store;
        this.existing = existing;
        this.onSaved = onSaved;
        setId(ID);
        setHeaderTitle(existing == null ? getTranslation("decision.new")
                : getTranslation("decision.edit", existing.number()));
        setWidth("min(40em, 95vw)");
        fields();
        var draft = new Draft();
        if (existing != null) {
            draft.text = existing.text();
            draft.decidedOn = existing.decidedOn();
            draft.effectiveFrom = existing.effectiveFrom();
            draft.areas = new HashSet<>(existing.areas());
            draft.targetGroups = new HashSet<>(existing.targetGroups());
        } else {
            draft.decidedOn = meetingDay;
        }
        binder.readBean(draft);
        var save = new Button(getTranslation("action.save"), e -> save());
        save.setId(ID_SAVE);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new FormLayout(decidedOn, effectiveFrom);
        form.add(text, 2);
        form.add(areas, targetGroups);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        FieldMessages.applyTo(form);
        add(form);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private void fields() {
        text.setLabel(getTranslation("decision.field.text"));
        text.setId(ID_TEXT);
        text.setMaxLength(Decision.TEXT_MAX_LENGTH);
        text.setMinHeight("6em");
        text.setRequiredIndicatorVisible(true);
        decidedOn.setLabel(getTranslation("decision.field.decided-on"));
        decidedOn.setId(ID_DECIDED_ON);
        decidedOn.setLocale(getLocale());
        decidedOn.setRequiredIndicatorVisible(true);
        effectiveFrom.setLabel(getTranslation("decision.field.effective-from"));
        effectiveFrom.setId(ID_EFFECTIVE_FROM);
        effectiveFrom.setLocale(getLocale());
        effectiveFrom.setClearButtonVisible(true);
        for (var topics : List.of(areas, targetGroups)) {
            topics.setHelperText(getTranslation("decision.field.topics.helper"));
        }
        areas.setLabel(getTranslation("meeting.field.areas"));
        areas.setId(ID_AREAS);
        Pickers.areas(areas);
        targetGroups.setLabel(getTranslation("meeting.field.target-groups"));
        targetGroups.setId(ID_TARGET_GROUPS);
        Pickers.targetGroups(targetGroups);
        binder.forField(areas).bind(d -> d.areas, (d, v) -> d.areas = v);
        binder.forField(targetGroups).bind(d -> d.targetGroups, (d, v) -> d.targetGroups = v);
        binder.forField(text).asRequired(getTranslation("decision.validation.text"))
                .withValidator(Constraints.of(DecisionChanges.class, "text"))
                .bind(d -> d.text, (d, v) -> d.text = v);
        binder.forField(decidedOn).asRequired(getTranslation("decision.validation.decided-on"))
                .bind(d -> d.decidedOn, (d, v) -> d.decidedOn = v);
        binder.forField(effectiveFrom).bind(d -> d.effectiveFrom, (d, v) -> d.effectiveFrom = v);
    }

    private void save() {
        var entered = new Draft();
        if (!binder.writeBeanIfValid(entered)) {
            return;
        }
        var changes = new DecisionChanges(existing == null ? null : existing.id(),
                existing == null ? 0 : existing.version(), entered.text, entered.decidedOn, entered.effectiveFrom,
                entered.areas, entered.targetGroups);
        flow.runInDialog(this, () -> store.apply(changes), this, saved -> onSaved.run());
    }

    /** A refusal at the field it concerns; any other is shown as a message. */
    @Override
    public boolean showRefusal(RefusedException.Refusal refusal) {
        HasValidation field = switch (refusal.field()) {
            case "text" -> text;
            case "decidedOn" -> decidedOn;
            case "effectiveFrom" -> effectiveFrom;
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
