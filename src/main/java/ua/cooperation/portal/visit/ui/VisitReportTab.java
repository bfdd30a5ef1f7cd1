package ua.cooperation.portal.visit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.theme.lumo.LumoUtility;
import ua.cooperation.portal.base.ui.Constraints;
import ua.cooperation.portal.base.ui.EditFlow;
import ua.cooperation.portal.base.ui.RecordForm;
import ua.cooperation.portal.base.ui.TranslatedTexts;
import ua.cooperation.portal.meeting.ActionItemView;
import ua.cooperation.portal.meeting.MeetingLinks;
import ua.cooperation.portal.visit.Visit;
import ua.cooperation.portal.visit.VisitDetails;
import ua.cooperation.portal.visit.VisitReportChanges;
import ua.cooperation.portal.visit.VisitReportService;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The post-visit report: its text (an editor changes it here) and its outcomes, each decision with its action items
 * and their state, recorded on the report meeting that the tab links to.
 */
class VisitReportTab extends VerticalLayout {

    static final String ID_TEXT = "visit-report-text";
    static final String ID_EDITOR = "visit-report-editor";
    static final String ID_SAVE = "visit-report-save";
    static final String ID_OUTCOMES = "visit-report-outcomes";
    static final String ID_MEETING = "visit-report-meeting";
    static final String ID_NEW_DECISION = "visit-report-new-decision";
    static final String ID_NEW_ITEM = "visit-report-new-item";

    private final VisitReportService reports;
    private final VisitLookups lookups;
    private final EditFlow<VisitDetails> flow;
    private final Supplier<VisitDetails> shown;
    private final Consumer<VisitDetails> show;
    private final Div text = new Div();
    private final TextArea editor = new TextArea();
    private final Button save;
    private final Div outcomes = new Div();
    private final HorizontalLayout actions;

    VisitReportTab(VisitReportService reports, VisitLookups lookups, EditFlow<VisitDetails> flow,
                   Supplier<VisitDetails> shown, Consumer<VisitDetails> show) {
        this.reports = reports;
        this.lookups = lookups;
        this.flow = flow;
        this.shown = shown;
        this.show = show;
        setPadding(false);
        text.setId(ID_TEXT);
        text.addClassName("portal-preserve-lines");
        editor.setId(ID_EDITOR);
        editor.setLabel(getTranslation("visit.field.report"));
        editor.setWidthFull();
        editor.setMinHeight("8em");
        editor.setMaxLength(Visit.REPORT_MAX_LENGTH);
        save = new Button(getTranslation("visit.report.save"), e -> saveText());
        save.setId(ID_SAVE);
        outcomes.setId(ID_OUTCOMES);
        outcomes.setWidthFull();
        var newDecision = new Button(getTranslation("visit.report.new-decision"), VaadinIcon.PLUS.create(),
                e -> openDecision());
        newDecision.setId(ID_NEW_DECISION);
        var newItem = new Button(getTranslation("visit.report.new-item"), VaadinIcon.PLUS.create(), e -> openItem());
        newItem.setId(ID_NEW_ITEM);
        actions = new HorizontalLayout(newDecision, newItem);
        add(text, editor, save, new H4(getTranslation("visit.report.outcomes")), actions, outcomes);
    }

    void refresh() {
        var visit = shown.get();
        var mayEdit = visit.permissions().mayEdit();
        var report = visit.texts().get("report");
        text.setText(report == null || report.isEmpty() ? getTranslation("visit.report.none") : report.text());
        text.setVisible(!mayEdit);
        editor.setVisible(mayEdit);
        save.setVisible(mayEdit);
        editor.setValue(visit.reportText() == null ? "" : visit.reportText());
        actions.setVisible(mayEdit);
        outcomes.removeAll();
        var found = reports.outcomesOf(visit.id(), getLocale());
        if (found.reportMeetingId() != null) {
            var link = new Anchor(MeetingLinks.details(found.reportMeetingId()), getTranslation("visit.report.meeting"));
            link.setId(ID_MEETING);
            outcomes.add(new Paragraph(link));
        }
        if (found.decisions().isEmpty() && found.otherItems().isEmpty()) {
            var none = new Span(getTranslation("visit.report.no-outcomes"));
            none.addClassName(LumoUtility.TextColor.SECONDARY);
            outcomes.add(none);
        }
        for (var outcome : found.decisions()) {
            var decision = new Div(new Span("№ " + outcome.decision().number() + ". "),
                    TranslatedTexts.inline(this, outcome.decision().shownText(),
                            "visit-report-decision-" + outcome.decision().id()));
            decision.addClassName(LumoUtility.FontWeight.SEMIBOLD);
            outcomes.add(decision, items(outcome.items()));
        }
        if (!found.otherItems().isEmpty()) {
            outcomes.add(new Div(new Span(getTranslation("action-item.no-decision"))), items(found.otherItems()));
        }
    }

    private UnorderedList items(List<ActionItemView> items) {
        var list = new UnorderedList();
        for (var item : items) {
            var line = new ListItem(item.shownTitle() == null ? item.title() : item.shownTitle().text());
            line.setId("visit-report-item-" + item.id());
            var state = new Span(getTranslation("action-item-status." + item.status().name()));
            state.addClassNames("portal-badge", "portal-badge-action-" + item.status().name().toLowerCase());
            line.add(new Span(" · " + (item.ownerName() == null ? "" : item.ownerName()) + " · "
                    + VisitTexts.date(item.dueOn(), getLocale()) + " "), state);
            if (item.overdue()) {
                var overdue = new Span(getTranslation("action-item.overdue"));
                overdue.addClassNames("portal-badge", "portal-badge-overdue");
                line.add(overdue);
            }
            list.add(line);
        }
        return list;
    }

    private void saveText() {
        var visit = shown.get();
        var changes = new VisitReportChanges(visit.id(), visit.version(), editor.getValue());
        if (!Constraints.allows(VisitReportChanges.class, "text", editor.getValue())) {
            editor.setInvalid(true);
            return;
        }
        flow.run(() -> reports.saveReport(changes, getLocale()), RecordForm.NO_FIELDS, saved -> show.accept(saved));
    }

    private void openDecision() {
        var visit = shown.get();
        OutcomeDialog.decision(flow, visit.endsOn(), changes -> reports.saveDecision(visit.id(), changes),
                flow::reload).open();
    }

    private void openItem() {
        var visit = shown.get();
        var found = reports.outcomesOf(visit.id(), getLocale());
        OutcomeDialog.actionItem(flow, lookups, found.decisions().stream().map(o -> o.decision()).toList(),
                changes -> reports.saveActionItem(visit.id(), changes, getLocale()), flow::reload).open();
    }
}
