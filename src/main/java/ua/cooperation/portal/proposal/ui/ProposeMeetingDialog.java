package ua.cooperation.portal.proposal.ui;

import com.vaadin.flow.component.Component;
import ua.cooperation.portal.base.ui.CreateDialog;
import ua.cooperation.portal.proposal.ProposalDetails;
import ua.cooperation.portal.proposal.ProposalService;

import java.util.Locale;
import java.util.function.Consumer;

/**
 * A partner's "Propose a meeting or visit": the kit's {@link CreateDialog} (ids {@code proposal-create-dialog},
 * {@code proposal-create}) around a {@link ProposalForm}; it stays open on a refusal, shown at its field.
 */
final class ProposeMeetingDialog {

    private ProposeMeetingDialog() {
    }

    static CreateDialog<ProposalForm, ?, ProposalDetails> open(Component source, Locale locale,
                                                                ProposalService proposals,
                                                                Consumer<ProposalDetails> created) {
        return CreateDialog.open(source, "proposal", "proposal.new",
                new ProposalForm(proposals.proposableCountries(), locale), ProposalForm::writeIfValid,
                proposals::propose, created);
    }
}
