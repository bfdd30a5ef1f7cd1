package ua.cooperation.portal.proposal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import ua.cooperation.portal.base.RefusedException;
import ua.cooperation.portal.base.ui.EditFlow;
import ua.cooperation.portal.base.ui.FieldMessages;
import ua.cooperation.portal.base.ui.RecordForm;
import ua.cooperation.portal.proposal.MeetingProposal;
import ua.cooperation.portal.proposal.ProposalDetails;

import java.util.function.Consumer;

/**
 * An officer declines a proposal with a reason, which the partner reads on her proposal and in her notification. The
 * reason is required; the dialog keeps it on a refusal.
 */
class DeclineProposalDialog extends Dialog implements RecordForm {

    static final String ID = "proposal-decline-dialog";
    static final String ID_REASON = "proposal-decline-reason";
    static final String ID_CONFIRM = "proposal-decline-confirm";

    /** Stores the decline, answering the stored proposal. */
    @FunctionalInterface
    interface Decline {
        ProposalDetails store(long id, long version, String reason);
    }

    private final EditFlow<ProposalDetails> flow;
    private final ProposalDetails proposal;
    private final Decline decline;
    private final Consumer<ProposalDetails> onDeclined;
    final TextArea reason = new TextArea();

    DeclineProposalDialog(EditFlow<ProposalDetails> flow, ProposalDetails proposal, Decline decline,
                          Consumer<ProposalDetails> onDeclined) {
        this.flow = flow;
        this.proposal = proposal;
        this.decline = decline;
        this.onDeclined = onDeclined;
        setId(ID);
        setHeaderTitle(getTranslation("proposal.decline.title"));
        setWidth("min(34em, 95vw)");
        reason.setId(ID_REASON);
        reason.setLabel(getTranslation("proposal.decline.reason"));
        reason.setHelperText(getTranslation("proposal.decline.reason-help"));
        reason.setMaxLength(MeetingProposal.REASON_MAX_LENGTH);
        reason.setRequiredIndicatorVisible(true);
        reason.setWidthFull();
        reason.setMinHeight("6em");
        FieldMessages.applyTo(reason);
        var confirm = new Button(getTranslation("proposal.decline.confirm"), e -> confirm());
        confirm.setId(ID_CONFIRM);
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        add(new Paragraph(proposal.title()), reason);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), confirm);
    }

    private void confirm() {
        flow.runInDialog(this, () -> decline.store(proposal.id(), proposal.version(), reason.getValue()), this,
                onDeclined);
    }

    @Override
    public boolean showRefusal(RefusedException.Refusal refusal) {
        if (!"reason".equals(refusal.field())) {
            return false;
        }
        reason.setErrorMessage(getTranslation(refusal.messageKey()));
        reason.setInvalid(true);
        return true;
    }
}
