package ua.cooperation.portal.meeting.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.theme.lumo.LumoUtility;
import ua.cooperation.portal.base.RefusedException;
import ua.cooperation.portal.base.ui.Authors;
import ua.cooperation.portal.base.ui.EditFlow;
import ua.cooperation.portal.base.ui.FieldMessages;
import ua.cooperation.portal.base.ui.Notifications;
import ua.cooperation.portal.base.ui.RecordForm;
import ua.cooperation.portal.meeting.AgendaPointService;
import ua.cooperation.portal.meeting.AgendaPointStatus;
import ua.cooperation.portal.meeting.AgendaPointView;
import ua.cooperation.portal.meeting.AgendaPoints;
import ua.cooperation.portal.meeting.MeetingDetails;

import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The meeting's agenda points (issue 21): a partner proposes a point for an upcoming meeting and sees her country's
 * points with their status and the office's answer, and may withdraw her own while it is proposed; an officer accepts
 * a proposed point into the agenda (the page then shows the saved meeting) or answers it in a small dialog.
 */
class MeetingAgendaPointsTab extends VerticalLayout implements RecordForm {

    static final String ID_TEXT = "agenda-point-text";
    static final String ID_ADD = "agenda-point-add";
    static final String ID_LIST = "agenda-points";
    static final String ID_EMPTY = "agenda-points-empty";
    static final String ID_POINT = "agenda-point-";
    static final String ID_ACCEPT = "agenda-point-accept-";
    static final String ID_ANSWER = "agenda-point-answer-";
    static final String ID_WITHDRAW = "agenda-point-withdraw-";
    static final String ID_WITHDRAW_DIALOG = "agenda-point-withdraw-dialog";
    static final String ID_ANSWER_DIALOG = "agenda-point-answer-dialog";
    static final String ID_ANSWER_TEXT = "agenda-point-answer-text";
    static final String ID_ANSWER_CONFIRM = "agenda-point-answer-confirm";
    private static final int TEXT_MAX_LENGTH = 1000;

    private final AgendaPointService service;
    private final EditFlow<MeetingDetails> flow;
    private final Supplier<MeetingDetails> shown;
    private final Consumer<MeetingDetails> showMeeting;
    private final TextArea text = new TextArea();
    private final Button add = new Button();
    private final HorizontalLayout proposal = new HorizontalLayout(text, add);
    private final Div list = new Div();
    private final Paragraph empty = new Paragraph();

    MeetingAgendaPointsTab(AgendaPointService service, EditFlow<MeetingDetails> flow, Supplier<MeetingDetails> shown,
                           Consumer<MeetingDetails> showMeeting) {
        this.service = service;
        this.flow = flow;
        this.shown = shown;
        this.showMeeting = showMeeting;
        setPadding(false);
        text.setId(ID_TEXT);
        text.setLabel(getTranslation("agenda.point.text"));
        text.setHelperText(getTranslation("agenda.point.text.help"));
        text.setMaxLength(TEXT_MAX_LENGTH);
        text.setWidthFull();
        FieldMessages.applyTo(text);
        add.setText(getTranslation("agenda.point.add"));
        add.setId(ID_ADD);
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> propose());
        proposal.setWidthFull();
        proposal.setAlignItems(Alignment.END);
        proposal.setFlexGrow(1, text);
        list.setId(ID_LIST);
        list.setWidthFull();
        empty.setId(ID_EMPTY);
        empty.setText(getTranslation("agenda.points.empty"));
        empty.addClassName(LumoUtility.TextColor.SECONDARY);
        add(proposal, empty, list);
    }

    /** Reads the meeting's points again and shows them. */
    void refresh() {
        show(service.agendaPointsOf(shown.get().id()));
    }

    private void show(AgendaPoints points) {
        proposal.setVisible(points.mayPropose());
        list.removeAll();
        points.points().forEach(point -> list.add(card(point, points.mayDecide())));
        empty.setVisible(points.points().isEmpty());
    }

    private Div card(AgendaPointView point, boolean mayDecide) {
        var card = new Div();
        card.setId(ID_POINT + point.id());
        card.addClassNames(LumoUtility.Padding.Vertical.SMALL, LumoUtility.Border.BOTTOM,
                LumoUtility.BorderColor.CONTRAST_10);
        var status = new Span(getTranslation("agenda.point.status." + point.status().name()));
        status.addClassNames("portal-badge", "portal-badge-agenda-" + point.status().name().toLowerCase(Locale.ROOT));
        var what = new Span(point.text());
        what.addClassName(LumoUtility.Whitespace.PRE_LINE);
        var by = new Span(getTranslation("agenda.point.proposed-by", Authors.shown(this, point.proposedBy()),
                MeetingTexts.dateTime(point.proposedAt(), getLocale())));
        by.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        var head = new HorizontalLayout(status, by);
        head.setAlignItems(Alignment.BASELINE);
        card.add(head, new Paragraph(what));
        if (point.answer() != null) {
            var answer = new Paragraph(getTranslation("agenda.point.answer.shown",
                    Authors.shown(this, point.answeredBy()), point.answer()));
            answer.setId(ID_POINT + point.id() + "-answer");
            answer.addClassNames(LumoUtility.Whitespace.PRE_LINE, LumoUtility.TextColor.SECONDARY);
            card.add(answer);
        }
        var buttons = new HorizontalLayout();
        if (mayDecide && point.status() == AgendaPointStatus.PROPOSED) {
            buttons.add(button(ID_ACCEPT + point.id(), "agenda.point.accept", ButtonVariant.LUMO_PRIMARY,
                    () -> accept(point)));
            buttons.add(button(ID_ANSWER + point.id(), "agenda.point.answer", ButtonVariant.LUMO_TERTIARY,
                    () -> openAnswer(point)));
        }
        if (point.mayWithdraw()) {
            buttons.add(button(ID_WITHDRAW + point.id(), "agenda.point.withdraw", ButtonVariant.LUMO_ERROR,
                    () -> confirmWithdraw(point)));
        }
        if (buttons.getComponentCount() > 0) {
            card.add(buttons);
        }
        return card;
    }

    private Button button(String id, String labelKey, ButtonVariant variant, Runnable action) {
        var button = new Button(getTranslation(labelKey), e -> action.run());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, variant);
        return button;
    }

    private void propose() {
        text.setInvalid(false);
        long meetingId = shown.get().id();
        flow.run(() -> service.propose(meetingId, text.getValue()), this, saved -> {
            text.clear();
            Notifications.success(this, "agenda.point.added");
            refresh();
        });
    }

    private void accept(AgendaPointView point) {
        var meeting = shown.get();
        flow.run(() -> service.accept(point.id(), point.version(), meeting.version(), getLocale()),
                RecordForm.NO_FIELDS, saved -> {
                    showMeeting.accept(saved);
                    Notifications.success(this, "agenda.point.accepted");
                });
    }

    private void openAnswer(AgendaPointView point) {
        var dialog = new Dialog();
        dialog.setId(ID_ANSWER_DIALOG);
        dialog.setHeaderTitle(getTranslation("agenda.point.answer.title"));
        dialog.setWidth("min(34em, 95vw)");
        var answer = new TextArea(getTranslation("agenda.point.answer.text"));
        answer.setId(ID_ANSWER_TEXT);
        answer.setMaxLength(TEXT_MAX_LENGTH);
        answer.setWidthFull();
        FieldMessages.applyTo(answer);
        RecordForm form = refusal -> showAt(answer, refusal);
        var confirm = new Button(getTranslation("agenda.point.answer.confirm"), e -> flow.runInDialog(dialog,
                () -> service.answer(point.id(), point.version(), answer.getValue()), form, saved -> {
                    Notifications.success(this, "agenda.point.answered");
                    refresh();
                }));
        confirm.setId(ID_ANSWER_CONFIRM);
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new Paragraph(point.text()), answer);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }

    private void confirmWithdraw(AgendaPointView point) {
        var dialog = new ConfirmDialog();
        dialog.setId(ID_WITHDRAW_DIALOG);
        dialog.setHeader(getTranslation("agenda.point.withdraw.title"));
        dialog.setText(getTranslation("agenda.point.withdraw.text", point.text()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("agenda.point.withdraw"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> flow.run(() -> {
            service.withdraw(point.id(), point.version());
            return point;
        }, RecordForm.NO_FIELDS, withdrawn -> {
            Notifications.success(this, "agenda.point.withdrawn");
            refresh();
        }));
        dialog.open();
    }

    @Override
    public boolean showRefusal(RefusedException.Refusal refusal) {
        return "text".equals(refusal.field()) && showAt(text, refusal);
    }

    private boolean showAt(HasValidation field, RefusedException.Refusal refusal) {
        field.setErrorMessage(getTranslation(refusal.messageKey()));
        field.setInvalid(true);
        return true;
    }
}
