package ua.cooperation.portal.proposal.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import ua.cooperation.portal.base.PortalTime;
import ua.cooperation.portal.base.RefusedException;
import ua.cooperation.portal.base.ui.EditFlow;
import ua.cooperation.portal.proposal.Acceptance;
import ua.cooperation.portal.proposal.DateOption;
import ua.cooperation.portal.proposal.ProposalDetails;

import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * An officer accepts a proposal: one of the dates the partner offered, or another date (start and end in Kyiv time).
 * The service records the meeting; the dialog closes when it is stored, and keeps what was chosen on a refusal.
 */
class AcceptProposalDialog extends Dialog implements ua.cooperation.portal.base.ui.RecordForm {

    static final String ID = "proposal-accept-dialog";
    static final String ID_CHOICE = "proposal-accept-choice";
    static final String ID_OTHER = "proposal-accept-other";
    static final String ID_START = "proposal-accept-start";
    static final String ID_END = "proposal-accept-end";
    static final String ID_CONFIRM = "proposal-accept-confirm";
    /** The choice "another date" in the radio group (offered options are 1 to 3). */
    static final int OTHER = 0;

    /** Stores the acceptance, answering the stored proposal. */
    @FunctionalInterface
    interface Accept {
        ProposalDetails store(long id, long version, Acceptance acceptance);
    }

    private final EditFlow<ProposalDetails> flow;
    private final ProposalDetails proposal;
    private final Accept accept;
    private final Consumer<ProposalDetails> onAccepted;
    final RadioButtonGroup<Integer> choice = new RadioButtonGroup<>();
    final DateTimePicker start = new DateTimePicker();
    final DateTimePicker end = new DateTimePicker();

    AcceptProposalDialog(EditFlow<ProposalDetails> flow, ProposalDetails proposal, Accept accept,
                         Consumer<ProposalDetails> onAccepted) {
        this.flow = flow;
        this.proposal = proposal;
        this.accept = accept;
        this.onAccepted = onAccepted;
        setId(ID);
        setHeaderTitle(getTranslation("proposal.accept.title"));
        setWidth("min(38em, 95vw)");
        var format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(PortalTime.ZONE);
        var items = new ArrayList<Integer>();
        for (int i = 1; i <= proposal.options().size(); i++) {
            items.add(i);
        }
        items.add(OTHER);
        choice.setId(ID_CHOICE);
        choice.setLabel(getTranslation("proposal.accept.which-date"));
        choice.setItems(items);
        choice.setItemLabelGenerator(n -> n == OTHER ? getTranslation("proposal.accept.other")
                : getTranslation("proposal.option", n, period(proposal.options().get(n - 1), format)));
        choice.addThemeVariants(com.vaadin.flow.component.radiobutton.RadioGroupVariant.LUMO_VERTICAL);
        // stable ids on each radio button, for the browser journeys
        var buttons = choice.getChildren()
                .filter(c -> "vaadin-radio-button".equals(c.getElement().getTag())).toList();
        for (int i = 0; i < buttons.size(); i++) {
            buttons.get(i).setId(i < proposal.options().size() ? "proposal-accept-option-" + (i + 1) : ID_OTHER);
        }
        for (var picker : List.of(start, end)) {
            picker.setLocale(getLocale());
            picker.setStep(Duration.ofMinutes(15));
            picker.setHelperText(getTranslation("meeting.field.kyiv-time"));
        }
        start.setId(ID_START);
        start.setLabel(getTranslation("proposal.accept.start"));
        end.setId(ID_END);
        end.setLabel(getTranslation("proposal.accept.end"));
        start.addValueChangeListener(e -> {
            if (e.getValue() != null && (end.isEmpty() || !end.getValue().isAfter(e.getValue()))) {
                end.setValue(e.getValue().plusHours(1));
            }
        });
        // one under the other: two date-time pickers side by side do not fit the dialog (nor a phone)
        start.setWidthFull();
        end.setWidthFull();
        var other = new VerticalLayout(start, end);
        other.setPadding(false);
        other.setVisible(false);
        choice.addValueChangeListener(e -> other.setVisible(e.getValue() != null && e.getValue() == OTHER));
        choice.setValue(1);
        var confirm = new Button(getTranslation("proposal.accept.confirm"), e -> confirm());
        confirm.setId(ID_CONFIRM);
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new Paragraph(getTranslation("proposal.accept.text")), choice, other);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), confirm);
    }

    private static String period(DateOption option, DateTimeFormatter format) {
        return format.format(option.startsAt()) + " – " + format.format(option.endsAt());
    }

    private void confirm() {
        var chosen = choice.getValue();
        if (chosen == null) {
            choice.setErrorMessage(getTranslation("proposal.accept.choose"));
            choice.setInvalid(true);
            return;
        }
        Acceptance acceptance;
        if (chosen == OTHER) {
            if (start.isEmpty() || end.isEmpty()) {
                var missing = start.isEmpty() ? start : end;
                missing.setErrorMessage(getTranslation("proposal.field.date-required"));
                missing.setInvalid(true);
                return;
            }
            acceptance = Acceptance.ofOtherDate(new DateOption(start.getValue().atZone(PortalTime.ZONE).toInstant(),
                    end.getValue().atZone(PortalTime.ZONE).toInstant()));
        } else {
            acceptance = Acceptance.ofOption(chosen);
        }
        flow.runInDialog(this, () -> accept.store(proposal.id(), proposal.version(), acceptance), this, onAccepted);
    }

    @Override
    public boolean showRefusal(RefusedException.Refusal refusal) {
        HasValidation field = switch (refusal.field()) {
            case "accept-start" -> choice.getValue() != null && choice.getValue() == OTHER ? start : choice;
            case "accept-end" -> choice.getValue() != null && choice.getValue() == OTHER ? end : choice;
            case "option" -> choice;
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
