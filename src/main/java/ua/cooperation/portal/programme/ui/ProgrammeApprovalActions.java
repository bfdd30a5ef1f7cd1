package ua.cooperation.portal.programme.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import ua.cooperation.portal.base.Remark;
import ua.cooperation.portal.base.ui.EditFlow;
import ua.cooperation.portal.base.ui.Notifications;
import ua.cooperation.portal.base.ui.RecordForm;
import ua.cooperation.portal.base.ui.RemarkField;
import com.vaadin.flow.theme.lumo.LumoUtility;
import ua.cooperation.portal.programme.ApprovalState;
import ua.cooperation.portal.programme.ProgrammeApprovalService;
import ua.cooperation.portal.programme.ProgrammeDetails;

import java.util.function.Consumer;

import static ua.cooperation.portal.programme.ui.ProgrammeDetailsView.ID_APPROVE;
import static ua.cooperation.portal.programme.ui.ProgrammeDetailsView.ID_RETURN;
import static ua.cooperation.portal.programme.ui.ProgrammeDetailsView.ID_REVISION;
import static ua.cooperation.portal.programme.ui.ProgrammeDetailsView.ID_STEP_COMMENT;
import static ua.cooperation.portal.programme.ui.ProgrammeDetailsView.ID_STEP_CONFIRM;
import static ua.cooperation.portal.programme.ui.ProgrammeDetailsView.ID_STEP_DIALOG;
import static ua.cooperation.portal.programme.ui.ProgrammeDetailsView.ID_SUBMIT;

/**
 * The approval steps a programme page offers: submit, approve, return, start a revision, each confirmed in a small
 * dialog with a comment. The buttons follow what the reader may do and the programme's state; the service checks
 * both again. The page's {@link EditFlow} answers a refusal (at the fields of {@code refusals}), a conflict or a
 * programme gone meanwhile; a moved programme goes to {@code moved}.
 */
class ProgrammeApprovalActions extends HorizontalLayout {

    /** An approval step the view offers, with the translation key of its button and whether a comment is required. */
    enum Step {
        SUBMIT(false), APPROVE(false), RETURN(true), REVISION(false);

        final boolean commentRequired;

        Step(boolean commentRequired) {
            this.commentRequired = commentRequired;
        }
    }

    private final ProgrammeApprovalService approvals;
    private final EditFlow<ProgrammeDetails> flow;
    private final RecordForm refusals;
    private final Consumer<ProgrammeDetails> moved;
    private final Button submit = new Button();
    private final Button approve = new Button();
    private final Button returnButton = new Button();
    private final Button revision = new Button();
    private ProgrammeDetails shown;

    ProgrammeApprovalActions(ProgrammeApprovalService approvals, EditFlow<ProgrammeDetails> flow, RecordForm refusals,
                             Consumer<ProgrammeDetails> moved) {
        this.approvals = approvals;
        this.flow = flow;
        this.refusals = refusals;
        this.moved = moved;
        stepButton(submit, ID_SUBMIT, Step.SUBMIT, VaadinIcon.PAPERPLANE);
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        stepButton(approve, ID_APPROVE, Step.APPROVE, VaadinIcon.CHECK);
        approve.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
        stepButton(returnButton, ID_RETURN, Step.RETURN, VaadinIcon.ARROW_BACKWARD);
        stepButton(revision, ID_REVISION, Step.REVISION, VaadinIcon.EDIT);
        add(submit, approve, returnButton, revision);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        addClassName(LumoUtility.FlexWrap.WRAP);
    }

    private void stepButton(Button button, String id, Step step, VaadinIcon icon) {
        button.setId(id);
        button.setText(getTranslation("programme.step." + step.name()));
        button.setIcon(icon.create());
        button.addClickListener(e -> openStep(step));
    }

    void show(ProgrammeDetails details) {
        shown = details;
        var state = details.approval();
        boolean mayEdit = details.permissions().mayEdit();
        boolean mayDecide = details.permissions().mayDecide();
        submit.setVisible(mayEdit && (state == ApprovalState.DRAFT || state == ApprovalState.RETURNED));
        approve.setVisible(mayDecide && state == ApprovalState.SUBMITTED);
        returnButton.setVisible(mayDecide && state == ApprovalState.SUBMITTED);
        revision.setVisible(mayEdit && state == ApprovalState.APPROVED);
    }

    private void openStep(Step step) {
        var dialog = new Dialog(getTranslation("programme.step." + step.name()));
        dialog.setId(ID_STEP_DIALOG);
        dialog.setWidth("min(32em, 95vw)");
        var remark = new RemarkField(ID_STEP_COMMENT, getTranslation(step.commentRequired
                ? "programme.step.comment-required" : "programme.step.comment"),
                ProgrammeApprovalService.COMMENT_MAX_LENGTH);
        var comment = remark.text();
        comment.setRequiredIndicatorVisible(step.commentRequired);
        var confirm = new Button(getTranslation("programme.step." + step.name()), e -> {
            if (step.commentRequired && comment.getValue().isBlank()) {
                comment.setErrorMessage(getTranslation("programme.refused.COMMENT_REQUIRED"));
                comment.setInvalid(true);
                return;
            }
            take(step, remark.value(), dialog);
        });
        confirm.setId(ID_STEP_CONFIRM);
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(remark);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }

    private void take(Step step, Remark text, Dialog dialog) {
        var done = flow.run(() -> switch (step) {
            case SUBMIT -> approvals.submit(shown.id(), shown.version(), text, getLocale());
            case APPROVE -> approvals.approve(shown.id(), shown.version(), text, getLocale());
            case RETURN -> approvals.returnToOfficers(shown.id(), shown.version(), text, getLocale());
            case REVISION -> approvals.startRevision(shown.id(), shown.version(), text, getLocale());
        }, refusals, result -> {
            dialog.close();
            moved.accept(result);
            Notifications.success(this, "programme.step.done." + step.name());
        });
        if (!done) {
            dialog.close();
        }
    }
}
