package ua.cooperation.portal.meeting.ui;

import ua.cooperation.portal.base.ui.TranslatedTexts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import ua.cooperation.portal.meeting.DecisionItem;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The meeting's decisions tab: its numbered decisions; an editor opens one (or a new one, {@code null}) to change.
 * Below them the comments of one decision, chosen by its number (a select: reachable by keyboard, and clear of the
 * grid's row clicks).
 */
class MeetingDecisionsTab extends VerticalLayout {

    static final String ID_COMMENTS_SELECT = "decision-comments-select";

    private final Grid<DecisionItem> grid = new Grid<>();
    private final Select<DecisionItem> commentsOf = new Select<>();
    private final Div comments = new Div();
    private final Function<DecisionItem, Component> commentPanel;

    MeetingDecisionsTab(boolean mayEdit, Consumer<DecisionItem> open, Function<DecisionItem, Component> commentPanel) {
        this.commentPanel = commentPanel;
        setPadding(false);
        grid.setId(MeetingDetailsView.ID_DECISIONS);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("meeting.decisions.empty"));
        grid.addColumn(d -> "№ " + d.number()).setKey("number").setHeader(getTranslation("decision.field.number"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(TranslatedTexts.renderer(this, DecisionItem::shownText)).setKey("text").setHeader(getTranslation("decision.field.text"))
                .setFlexGrow(4);
        grid.addColumn(d -> MeetingTexts.date(d.decidedOn(), getLocale())).setKey("decidedOn")
                .setHeader(getTranslation("decision.field.decided-on")).setAutoWidth(true);
        grid.addColumn(d -> MeetingTexts.date(d.effectiveFrom(), getLocale())).setKey("effectiveFrom")
                .setHeader(getTranslation("decision.field.effective-from")).setAutoWidth(true);
        // a decision without topics of its own is read with its meeting's
        grid.addColumn(d -> d.hasOwnTopics() ? Pickers.topics(this, d.areas(), d.targetGroups())
                        : getTranslation("decision.topics.as-meeting")).setKey("topics")
                .setHeader(getTranslation("decision.field.topics")).setFlexGrow(2);
        if (mayEdit) {
            grid.addItemClickListener(e -> open.accept(e.getItem()));
        }
        var add = new Button(getTranslation("decision.new"), VaadinIcon.PLUS.create(), e -> open.accept(null));
        add.setId(MeetingDetailsView.ID_DECISION_NEW);
        add.setVisible(mayEdit);
        commentsOf.setId(ID_COMMENTS_SELECT);
        commentsOf.setLabel(getTranslation("comment.decision.select"));
        commentsOf.setItemLabelGenerator(d -> "№ " + d.number());
        commentsOf.addValueChangeListener(e -> showComments(e.getValue()));
        comments.setId("decision-comments");
        comments.setWidthFull();
        add(add, grid, commentsOf, comments);
    }

    void show(List<DecisionItem> decisions) {
        grid.setItems(decisions);
        var chosen = commentsOf.getValue();
        commentsOf.setItems(decisions);
        commentsOf.setVisible(!decisions.isEmpty());
        // the same decision stays chosen after a save; else none until the reader picks one
        decisions.stream().filter(d -> chosen != null && d.id() == chosen.id()).findFirst()
                .ifPresentOrElse(commentsOf::setValue, () -> showComments(null));
    }

    private void showComments(DecisionItem decision) {
        comments.removeAll();
        if (decision != null) {
            comments.add(commentPanel.apply(decision));
        }
    }
}
