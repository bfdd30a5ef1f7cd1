package ua.cooperation.portal.partnership.ui;

import ua.cooperation.portal.base.RefusedException;
import ua.cooperation.portal.base.ui.EditFlow;
import ua.cooperation.portal.base.ui.RecordForm;

import ua.cooperation.portal.base.ui.Notifications;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import ua.cooperation.portal.base.ConcurrentEditException;
import ua.cooperation.portal.base.ui.RemarkField;
import ua.cooperation.portal.partnership.PartnershipDetails;
import ua.cooperation.portal.partnership.PartnershipService;
import ua.cooperation.portal.partnership.PartnershipStatus;

import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The one dialog for every step of a partnership's lifecycle: a plain move (officer), proposing SIGNED with the
 * signed date (officer), and confirming or returning that proposal (head). The service decides; its refusals are
 * shown at the field they concern and the dialog stays open with what was typed.
 */
class StatusDialog extends Dialog implements RecordForm {

    enum Step { MOVE, PROPOSE_SIGNING, CONFIRM_SIGNING, RETURN_SIGNING }

    static final String ID = "partnership-status-dialog";
    static final String ID_TARGET = "partnership-status-target";
    static final String ID_DATE = "partnership-status-date";
    static final String ID_NOTE = "partnership-status-note";
    static final String ID_SAVE = "partnership-status-save";
    static final String ID_PROBLEM = "partnership-status-problem";

    private final Select<PartnershipStatus> target = new Select<>();
    private final DatePicker date = new DatePicker();
    private final RemarkField remark;
    private final TextArea note;
    private final Paragraph problem = new Paragraph();
    private final Step step;
    private final PartnershipDetails partnership;
    private final PartnershipService partnerships;
    private final Locale locale;
    private final LocalDate today;
    private final Consumer<PartnershipDetails> onDone;
    private final Runnable onConflict;

    StatusDialog(Step step, PartnershipDetails partnership, PartnershipService partnerships, LocalDate today,
                 Locale locale,
                 Consumer<PartnershipDetails> onDone, Runnable onConflict) {
        this.step = step;
        this.partnership = partnership;
        this.partnerships = partnerships;
        this.locale = locale;
        this.today = today;
        this.onDone = onDone;
        this.onConflict = onConflict;
        setId(ID);
        setHeaderTitle(getTranslation("partnership.step." + step.name()));
        setWidth("min(36em, 95vw)");
        date.setId(ID_DATE);
        date.setLocale(locale);
        target.setId(ID_TARGET);
        remark = new RemarkField(ID_NOTE, getTranslation(step == Step.RETURN_SIGNING
                ? "partnership.step.note-required" : "partnership.step.note"), 2000);
        note = remark.text();
        note.setRequired(step == Step.RETURN_SIGNING);
        problem.setId(ID_PROBLEM);
        problem.addClassName("portal-text-error");
        problem.setVisible(false);
        add(form());

        var save = new Button(getTranslation("partnership.step." + step.name() + ".save"), e -> save());
        save.setId(ID_SAVE);
        save.addThemeVariants(step == Step.RETURN_SIGNING ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    /** The fields this step needs: a move names its target and date, a proposal the signed date. */
    private FormLayout form() {
        var form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        date.setMax(today);
        switch (step) {
            case MOVE -> {
                target.setLabel(getTranslation("partnership.step.target"));
                target.setItems(partnership.status().next().stream()
                        .filter(s -> s != PartnershipStatus.SIGNED).toList());
                target.setItemLabelGenerator(s -> s == null ? "" : getTranslation("partnership-status." + s.name()));
                date.setLabel(getTranslation("partnership.step.effective-on"));
                date.setValue(today);
                form.add(target, date);
            }
            case PROPOSE_SIGNING -> {
                date.setLabel(getTranslation("partnership.field.signed-on"));
                date.setRequired(true);
                date.setValue(partnership.signedOn());
                form.add(new Paragraph(getTranslation("partnership.step.PROPOSE_SIGNING.text")), date);
            }
            case CONFIRM_SIGNING -> form.add(new Paragraph(getTranslation("partnership.step.CONFIRM_SIGNING.text",
                    PartnershipBadges.date(partnership.signedOn(), locale))));
            case RETURN_SIGNING -> form.add(new Paragraph(getTranslation("partnership.step.RETURN_SIGNING.text")));
        }
        form.add(remark, problem);
        return form;
    }

    private void save() {
        clearProblems();
        if (step == Step.MOVE && target.getValue() == null) {
            invalid(target, getTranslation("partnership.validation.target"));
            return;
        }
        if (date.isInvalid()) {
            return;
        }
        try {
            var done = switch (step) {
                case MOVE -> partnerships.changeStatus(partnership.id(), partnership.version(), target.getValue(),
                        date.getValue(), remark.value(), locale);
                case PROPOSE_SIGNING -> partnerships.proposeSigning(partnership.id(), partnership.version(),
                        date.getValue(), remark.value(), locale);
                case CONFIRM_SIGNING -> partnerships.confirmSigning(partnership.id(), partnership.version(),
                        remark.value(), locale);
                case RETURN_SIGNING -> partnerships.returnSigning(partnership.id(), partnership.version(),
                        remark.value(), locale);
            };
            close();
            onDone.accept(done);
            Notifications.success(this, "partnership.step.done");
        } catch (RefusedException refused) {
            EditFlow.showRefusal(this, this, refused);
        } catch (ConcurrentEditException conflict) {
            close();
            onConflict.run();
        }
    }

    /** A refusal at the field it concerns; one without a field of this dialog under the fields. */
    @Override
    public boolean showRefusal(RefusedException.Refusal refusal) {
        var message = getTranslation(refusal.messageKey());
        switch (refusal.field()) {
            case "note" -> invalid(note, message);
            case "signedOn", "effectiveOn", "validUntil" -> invalid(date, message);
            case "status" -> invalid(target, message);
            default -> {
                problem.setText(message);
                problem.setVisible(true);
            }
        }
        return true;
    }

    private void invalid(HasValidation field, String message) {
        if (field == target && target.getParent().isEmpty()) {
            problem.setText(message);
            problem.setVisible(true);
            return;
        }
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    private void clearProblems() {
        target.setInvalid(false);
        date.setInvalid(false);
        note.setInvalid(false);
        problem.setVisible(false);
    }
}
