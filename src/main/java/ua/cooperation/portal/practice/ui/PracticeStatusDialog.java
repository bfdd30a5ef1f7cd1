package ua.cooperation.portal.practice.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import ua.cooperation.portal.base.RefusedException;
import ua.cooperation.portal.base.ui.Constraints;
import ua.cooperation.portal.base.ui.FieldMessages;
import ua.cooperation.portal.base.ui.RecordForm;
import ua.cooperation.portal.practice.PracticeDetails;
import ua.cooperation.portal.practice.PracticeStatus;
import ua.cooperation.portal.practice.PracticeStep;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * A practice's status step: the new state (only forward, or set aside), the day it took effect, who decided (asked
 * for piloted and adopted) and the reason (asked for set aside). The page saves it with {@code EditFlow.runInDialog}:
 * the service's refusals appear at their fields and the dialog stays open with what was typed.
 */
class PracticeStatusDialog extends Dialog implements RecordForm {

    static final String ID = "practice-status-dialog";
    static final String ID_TARGET = "practice-status-target";
    static final String ID_DATE = "practice-status-date";
    static final String ID_DECIDED_BY = "practice-status-decided-by";
    static final String ID_REASON = "practice-status-reason";
    static final String ID_SAVE = "practice-status-save";
    static final String ID_PROBLEM = "practice-status-problem";

    /** The dialog's working copy. */
    static final class Draft {
        PracticeStatus target;
        LocalDate effectiveOn;
        String decidedBy;
        String reason;
    }

    final Select<PracticeStatus> target = new Select<>();
    final DatePicker date = new DatePicker();
    final TextField decidedBy = new TextField();
    final TextArea reason = new TextArea();
    final Button save = new Button();
    private final Paragraph problem = new Paragraph();
    private final Binder<Draft> binder = new Binder<>();

    PracticeStatusDialog(PracticeDetails practice, LocalDate today, Locale locale) {
        setId(ID);
        setHeaderTitle(getTranslation("practice.step"));
        setWidth("min(36em, 95vw)");
        target.setId(ID_TARGET);
        target.setLabel(getTranslation("practice.step.target"));
        target.setItems(practice.status().next());
        target.setItemLabelGenerator(s -> s == null ? "" : getTranslation("practice-status." + s.name()));
        target.addValueChangeListener(e -> showFieldsFor(e.getValue()));
        date.setId(ID_DATE);
        date.setLabel(getTranslation("practice.step.effective-on"));
        date.setLocale(locale);
        date.setMin(practice.statusSince());
        date.setMax(today);
        decidedBy.setId(ID_DECIDED_BY);
        decidedBy.setLabel(getTranslation("practice.step.decided-by"));
        decidedBy.setHelperText(getTranslation("practice.step.decided-by.helper"));
        decidedBy.setMaxLength(PracticeStep.DECIDED_BY_MAX_LENGTH);
        reason.setId(ID_REASON);
        reason.setLabel(getTranslation("practice.step.reason"));
        reason.setMaxLength(PracticeStep.REASON_MAX_LENGTH);
        reason.setVisible(false);
        problem.setId(ID_PROBLEM);
        problem.addClassName("portal-text-error");
        problem.setVisible(false);
        binder.forField(target).asRequired(getTranslation("practice.validation.target"))
                .bind(d -> d.target, (d, v) -> d.target = v);
        binder.forField(date).bind(d -> d.effectiveOn, (d, v) -> d.effectiveOn = v);
        binder.forField(decidedBy).withValidator(Constraints.of(PracticeStep.class, "decidedBy"))
                .bind(d -> d.decidedBy, (d, v) -> d.decidedBy = v);
        binder.forField(reason).withValidator(Constraints.of(PracticeStep.class, "reason"))
                .bind(d -> d.reason, (d, v) -> d.reason = v);
        var draft = new Draft();
        draft.effectiveOn = today;
        binder.readBean(draft);
        var form = new FormLayout(target, date, decidedBy, reason, problem);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        // the fields' own limits (maximum length) say so in the reader's language
        FieldMessages.applyTo(form);
        save.setId(ID_SAVE);
        save.setText(getTranslation("practice.step.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private void showFieldsFor(PracticeStatus status) {
        decidedBy.setRequiredIndicatorVisible(status != null && status.needsDecidedBy());
        reason.setVisible(status == PracticeStatus.SET_ASIDE);
        reason.setRequiredIndicatorVisible(status == PracticeStatus.SET_ASIDE);
    }

    /** The step as entered, or empty (messages at the fields) when invalid. */
    Optional<PracticeStep> writeIfValid() {
        problem.setVisible(false);
        var draft = new Draft();
        if (!binder.writeBeanIfValid(draft)) {
            return Optional.empty();
        }
        return Optional.of(new PracticeStep(draft.target, draft.effectiveOn, draft.decidedBy,
                draft.target == PracticeStatus.SET_ASIDE ? draft.reason : null));
    }

    /** A refusal at the field it concerns; one without a field of this dialog under the fields. */
    @Override
    public boolean showRefusal(RefusedException.Refusal refusal) {
        var message = getTranslation(refusal.messageKey());
        HasValidation field = switch (refusal.field()) {
            case "status" -> target;
            case "effectiveOn" -> date;
            case "decidedBy" -> decidedBy;
            case "reason" -> reason;
            default -> null;
        };
        if (field == null) {
            problem.setText(message);
            problem.setVisible(true);
        } else {
            field.setErrorMessage(message);
            field.setInvalid(true);
        }
        return true;
    }
}
