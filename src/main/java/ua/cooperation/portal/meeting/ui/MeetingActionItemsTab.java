package ua.cooperation.portal.meeting.ui;

import ua.cooperation.portal.base.ui.TranslatedTexts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import ua.cooperation.portal.base.ui.Authors;
import ua.cooperation.portal.meeting.ActionItemView;

import java.util.List;
import java.util.function.Consumer;

/**
 * The meeting's action items tab, overdue ones marked. The owner of an item moves its status here
 * ({@code progress}); an editor opens an item (or a new one, {@code null}) to change ({@code edit}).
 */
class MeetingActionItemsTab extends VerticalLayout {

    private final Grid<ActionItemView> grid = new Grid<>();
    private final boolean mayEdit;
    private final Consumer<ActionItemView> progress;
    private final Consumer<ActionItemView> edit;

    MeetingActionItemsTab(boolean mayEdit, Consumer<ActionItemView> progress, Consumer<ActionItemView> edit) {
        this.mayEdit = mayEdit;
        this.progress = progress;
        this.edit = edit;
        setPadding(false);
        grid.setId(MeetingDetailsView.ID_ACTION_ITEMS);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("meeting.action-items.empty"));
        grid.setPartNameGenerator(item -> item.overdue() ? "portal-overdue" : null);
        grid.addColumn(TranslatedTexts.renderer(this, ActionItemView::shownTitle)).setKey("title").setHeader(getTranslation("action-item.field.title"))
                .setFlexGrow(3);
        grid.addColumn(item -> Authors.shown(this, item.ownerName())).setKey("owner")
                .setHeader(getTranslation("action-item.field.owner")).setFlexGrow(1);
        grid.addComponentColumn(item -> MeetingTexts.due(item.dueOn(), item.overdue(), getLocale()))
                .setKey("due").setHeader(getTranslation("action-item.field.due")).setAutoWidth(true);
        grid.addComponentColumn(item -> MeetingTexts.status(item.status(), item.overdue())).setKey("status")
                .setHeader(getTranslation("action-item.field.status")).setAutoWidth(true);
        grid.addColumn(item -> item.decisionNumber() == null ? "" : "№ " + item.decisionNumber())
                .setKey("decision").setHeader(getTranslation("action-item.field.decision")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(TranslatedTexts.renderer(this, ActionItemView::shownCompletionNote)).setKey("note")
                .setHeader(getTranslation("action-item.field.completion-note")).setFlexGrow(1);
        grid.addComponentColumn(this::buttons).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        var add = new Button(getTranslation("action-item.new"), VaadinIcon.PLUS.create(), e -> edit.accept(null));
        add.setId(MeetingDetailsView.ID_ACTION_ITEM_NEW);
        add.setVisible(mayEdit);
        add(add, grid);
    }

    void show(List<ActionItemView> items) {
        grid.setItems(items);
    }

    private HorizontalLayout buttons(ActionItemView item) {
        var buttons = new HorizontalLayout();
        if (item.mine()) {
            buttons.add(button(VaadinIcon.CHECK_SQUARE_O, "meeting-action-item-progress-" + item.id(),
                    "action-item.progress", () -> progress.accept(item)));
        }
        if (mayEdit) {
            buttons.add(button(VaadinIcon.EDIT, "meeting-action-item-edit-" + item.id(), "action-item.edit",
                    () -> edit.accept(item)));
        }
        return buttons;
    }

    private Button button(VaadinIcon icon, String id, String labelKey, Runnable action) {
        var button = new Button(icon.create(), e -> action.run());
        button.setId(id);
        button.setAriaLabel(getTranslation(labelKey));
        button.setTooltipText(getTranslation(labelKey));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return button;
    }
}
