package ua.cooperation.portal.proposal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import ua.cooperation.portal.base.PortalTime;
import ua.cooperation.portal.base.ui.Authors;
import ua.cooperation.portal.base.ui.EditFlow;
import ua.cooperation.portal.base.ui.Notifications;
import ua.cooperation.portal.base.ui.RecordForm;
import ua.cooperation.portal.base.ui.RouteIds;
import ua.cooperation.portal.country.CountryNames;
import ua.cooperation.portal.meeting.MeetingLinks;
import ua.cooperation.portal.proposal.DateOption;
import ua.cooperation.portal.proposal.ProposalDetails;
import ua.cooperation.portal.proposal.ProposalLinks;
import ua.cooperation.portal.proposal.ProposalService;
import ua.cooperation.portal.proposal.ProposalStatus;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * One proposal: what the partner proposed (kind, topic, description, the dates she offered, place or link, who comes),
 * where it stands (the meeting it became, or the reason it was declined) and its history. Officers accept or decline
 * an open one in a small dialog; the proposer withdraws it after a confirmation. A proposal the reader may not see
 * shows the same "not found" page as a missing one.
 */
@Route(ProposalLinks.ROUTE + "/:" + ProposalDetailsView.PARAM_ID + RouteIds.ID_PATTERN)
@PermitAll
public class ProposalDetailsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String PARAM_ID = "id";
    static final String ID_TITLE = "proposal-page-title";
    static final String ID_STATUS = "proposal-status";
    static final String ID_ACCEPT = "proposal-accept";
    static final String ID_DECLINE = "proposal-decline";
    static final String ID_WITHDRAW = "proposal-withdraw";
    static final String ID_MEETING_LINK = "proposal-meeting-link";
    static final String ID_DECLINE_REASON = "proposal-decline-reason-shown";
    static final String ID_OPTIONS = "proposal-options";
    static final String ID_HISTORY = "proposal-history";

    private final ProposalService proposals;
    private final EditFlow<ProposalDetails> flow;
    private final H2 title = new H2();
    private final Span status = new Span();
    private final Div body = new Div();
    private final HorizontalLayout actions = new HorizontalLayout();
    private final DateTimeFormatter format;
    private ProposalDetails shown;

    ProposalDetailsView(ProposalService proposals) {
        this.proposals = proposals;
        this.format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(PortalTime.ZONE);
        this.flow = new EditFlow<>(this, "proposal-conflict",
                () -> shown == null ? java.util.Optional.empty() : proposals.findVisibleById(shown.id()), this::show,
                () -> getUI().ifPresent(ui -> ui.navigate(ProposalListView.class)));
        title.setId(ID_TITLE);
        title.addClassNames(LumoUtility.Margin.NONE);
        status.setId(ID_STATUS);
        status.getElement().getThemeList().add("badge");
        var header = new HorizontalLayout(title, status);
        header.setAlignItems(Alignment.BASELINE);
        add(header, actions, body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var found = RouteIds.id(event, PARAM_ID).flatMap(proposals::findVisibleById);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(found.get());
    }

    void show(ProposalDetails details) {
        shown = details;
        title.setText(details.title());
        status.setText(getTranslation("proposal-status." + details.status().name()));
        actions.removeAll();
        if (details.mayDecide()) {
            var accept = new Button(getTranslation("proposal.accept"), e -> new AcceptProposalDialog(flow, shown,
                    proposals::accept, this::accepted).open());
            accept.setId(ID_ACCEPT);
            accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            var decline = new Button(getTranslation("proposal.decline"), e -> new DeclineProposalDialog(flow, shown,
                    proposals::decline, this::declined).open());
            decline.setId(ID_DECLINE);
            actions.add(accept, decline);
        }
        if (details.mayWithdraw()) {
            var withdraw = new Button(getTranslation("proposal.withdraw"), e -> confirmWithdraw());
            withdraw.setId(ID_WITHDRAW);
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(withdraw);
        }
        body.removeAll();
        body.add(outcome(details));
        body.add(fact("proposal.field.kind", getTranslation("meeting-type." + details.type().name())));
        body.add(fact("proposal.field.country", CountryNames.displayName(details.countryCode(), getLocale())));
        body.add(fact("proposal.field.proposer", Authors.shown(this, details.proposer())));
        if (details.description() != null) {
            body.add(fact("proposal.field.description", details.description()));
        }
        body.add(new H3(getTranslation("proposal.field.options")));
        var options = new UnorderedList();
        options.setId(ID_OPTIONS);
        int number = 1;
        for (var option : details.options()) {
            options.add(new ListItem(getTranslation("proposal.option", number++, period(option))));
        }
        body.add(options);
        if (details.place() != null) {
            body.add(fact("proposal.field.place", details.place()));
        }
        if (details.onlineLink() != null) {
            var link = new Anchor(details.onlineLink(), details.onlineLink());
            link.setTarget("_blank");
            link.getElement().setAttribute("rel", "noopener noreferrer");
            var line = new Paragraph(new Span(getTranslation("proposal.field.online-link") + ": "), link);
            body.add(line);
        }
        if (details.participants() != null) {
            body.add(fact("proposal.field.participants", details.participants()));
        }
        body.add(history(details));
    }

    private Component outcome(ProposalDetails details) {
        var outcome = new Div();
        if (details.status() == ProposalStatus.ACCEPTED && details.meetingId() != null) {
            var link = new Anchor(MeetingLinks.details(details.meetingId()), getTranslation("proposal.meeting-link"));
            link.setId(ID_MEETING_LINK);
            outcome.add(new Paragraph(link));
        }
        if (details.status() == ProposalStatus.DECLINED && details.declineReason() != null) {
            var reason = new Paragraph(getTranslation("proposal.declined-because", details.declineReason()));
            reason.setId(ID_DECLINE_REASON);
            outcome.add(reason);
        }
        return outcome;
    }

    private Component history(ProposalDetails details) {
        var section = new Div(new H3(getTranslation("proposal.history")));
        var list = new UnorderedList();
        list.setId(ID_HISTORY);
        for (var step : details.history()) {
            list.add(new ListItem(getTranslation("proposal.history." + step.status().name(),
                    format(step.at()), Authors.shown(this, step.by()))));
        }
        section.add(list);
        return section;
    }

    private Component fact(String labelKey, String value) {
        var label = new Span(getTranslation(labelKey) + ": ");
        label.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        var text = new Span(value);
        text.addClassName(LumoUtility.Whitespace.PRE_LINE);
        return new Paragraph(label, text);
    }

    String period(DateOption option) {
        return format(option.startsAt()) + " – " + format(option.endsAt());
    }

    private String format(Instant instant) {
        return instant == null ? "" : format.format(instant);
    }

    private void confirmWithdraw() {
        var confirm = new ConfirmDialog();
        confirm.setId("proposal-withdraw-dialog");
        confirm.setHeader(getTranslation("proposal.withdraw.title"));
        confirm.setText(getTranslation("proposal.withdraw.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("proposal.withdraw"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> flow.run(() -> proposals.withdraw(shown.id(), shown.version()),
                RecordForm.NO_FIELDS, withdrawn -> {
                    show(withdrawn);
                    Notifications.success(this, "proposal.withdrawn");
                }));
        confirm.open();
    }

    private void accepted(ProposalDetails details) {
        show(details);
        Notifications.success(this, "proposal.accepted");
    }

    private void declined(ProposalDetails details) {
        show(details);
        Notifications.success(this, "proposal.declined");
    }

    @Override
    public String getPageTitle() {
        return shown == null ? getTranslation("proposal.list.title") : shown.title();
    }
}
