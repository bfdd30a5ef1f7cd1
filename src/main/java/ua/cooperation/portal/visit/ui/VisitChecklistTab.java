package ua.cooperation.portal.visit.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import ua.cooperation.portal.base.ui.EditFlow;
import ua.cooperation.portal.base.ui.RecordForm;
import ua.cooperation.portal.visit.ChecklistItemView;
import ua.cooperation.portal.visit.VisitChecklistService;
import ua.cooperation.portal.visit.VisitDetails;

import java.util.function.Supplier;

/**
 * The visit's logistics checklist (staff only): items by due day, each with its kind, owner and state; an item past
 * due and not done carries an "overdue" badge with text. An editor adds, edits, ticks and deletes (after asking).
 */
class VisitChecklistTab extends VerticalLayout {

    static final String ID_GRID = "visit-checklist-grid";
    static final String ID_NEW = "visit-checklist-new";
    static final String ID_DELETE_DIALOG = "visit-checklist-delete-dialog";

    private final VisitChecklistService checklist;
    private final VisitLookups lookups;
    private final EditFlow<VisitDetails> flow;
    private final Supplier<VisitDetails> shown;
    private final Grid<ChecklistItemView> grid = new Grid<>();
    private final Button create;

    VisitChecklistTab(VisitChecklistService checklist, VisitLookups lookups, EditFlow<VisitDetails> flow,
                      Supplier<VisitDetails> shown) {
        this.checklist = checklist;
        this.lookups = lookups;
        this.flow = flow;
        this.shown = shown;
        setPadding(false);
        create = new Button(getTranslation("visit.checklist.new"), VaadinIcon.PLUS.create(), e -> open(null));
        create.setId(ID_NEW);
        grid.setId(ID_GRID);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("visit.checklist.empty"));
        grid.addComponentColumn(this::doneBox).setKey("done").setHeader(getTranslation("visit.checklist.done"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ChecklistItemView::title).setKey("title").setHeader(getTranslation("visit.checklist.title"))
                .setFlexGrow(3);
        grid.addColumn(i -> getTranslation("checklist-kind." + i.kind().name())).setKey("kind")
                .setHeader(getTranslation("visit.checklist.kind")).setAutoWidth(true);
        grid.addColumn(i -> i.ownerName() == null ? "" : i.ownerName()).setKey("owner")
                .setHeader(getTranslation("visit.checklist.owner")).setAutoWidth(true);
        grid.addComponentColumn(this::due).setKey("due").setHeader(getTranslation("visit.checklist.due"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        add(create, grid);
    }

    void refresh() {
        var mayEdit = shown.get().permissions().mayEdit();
        create.setVisible(mayEdit);
        grid.getColumnByKey("actions").setVisible(mayEdit);
        grid.setItems(checklist.checklistOf(shown.get().id()));
    }

    private Component doneBox(ChecklistItemView item) {
        var box = new Checkbox(item.done());
        box.setId("visit-checklist-tick-" + item.id());
        box.setAriaLabel(getTranslation("visit.checklist.done"));
        box.setReadOnly(!shown.get().permissions().mayEdit());
        box.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                flow.run(() -> {
                    checklist.tick(shown.get().id(), item.id(), item.version(), e.getValue());
                    return item;
                }, RecordForm.NO_FIELDS, done -> refresh());
            }
        });
        return box;
    }

    private Component due(ChecklistItemView item) {
        var text = new Span(item.done() && item.doneOn() != null
                ? getTranslation("visit.checklist.done-on", VisitTexts.date(item.doneOn(), getLocale()))
                : VisitTexts.date(item.dueOn(), getLocale()));
        var cell = new HorizontalLayout(text);
        cell.setSpacing(true);
        if (item.overdue()) {
            var badge = new Span(getTranslation("visit.checklist.overdue"));
            badge.setId("visit-checklist-overdue-" + item.id());
            badge.addClassNames("portal-badge", "portal-badge-overdue");
            cell.add(badge);
        }
        return cell;
    }

    private Component actions(ChecklistItemView item) {
        var edit = new Button(VaadinIcon.EDIT.create(), e -> open(item));
        edit.setId("visit-checklist-edit-" + item.id());
        edit.setAriaLabel(getTranslation("visit.checklist.edit"));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var delete = new Button(VaadinIcon.TRASH.create(), e -> confirmDelete(item));
        delete.setId("visit-checklist-delete-" + item.id());
        delete.setAriaLabel(getTranslation("visit.checklist.delete"));
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        return new HorizontalLayout(edit, delete);
    }

    private void open(ChecklistItemView existing) {
        long visitId = shown.get().id();
        new ChecklistItemDialog(flow, lookups, existing, changes -> checklist.saveItem(visitId, changes),
                this::refresh).open();
    }

    private void confirmDelete(ChecklistItemView item) {
        var dialog = new ConfirmDialog();
        dialog.setId(ID_DELETE_DIALOG);
        dialog.setHeader(getTranslation("visit.checklist.delete"));
        dialog.setText(getTranslation("visit.checklist.delete.text", item.title()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("visit.checklist.delete"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> flow.run(() -> {
            checklist.deleteItem(shown.get().id(), item.id(), item.version());
            return item;
        }, RecordForm.NO_FIELDS, deleted -> refresh()));
        dialog.open();
    }
}
