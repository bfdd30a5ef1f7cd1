package ua.cooperation.portal.meeting.ui;

import ua.cooperation.portal.base.ui.TranslatedTexts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import ua.cooperation.portal.meeting.DecisionItem;

import java.util.List;
import java.util.function.Consumer;

/** The meeting's decisions tab: its numbered decisions; an editor opens one (or a new one, {@code null}) to change. */
class MeetingDecisionsTab extends VerticalLayout {

    private final Grid<DecisionItem> grid = new Grid<>();

    MeetingDecisionsTab(boolean mayEdit, Consumer<DecisionItem> open) {
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
        if (mayEdit) {
            grid.addItemClickListener(e -> open.accept(e.getItem()));
        }
        var add = new Button(getTranslation("decision.new"), VaadinIcon.PLUS.create(), e -> open.accept(null));
        add.setId(MeetingDetailsView.ID_DECISION_NEW);
        add.setVisible(mayEdit);
        add(add, grid);
    }

    void show(List<DecisionItem> decisions) {
        grid.setItems(decisions);
    }
}
