package ua.cooperation.portal.programme.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import ua.cooperation.portal.base.PortalTime;
import ua.cooperation.portal.base.ui.Authors;
import ua.cooperation.portal.base.ui.RemarkField;
import ua.cooperation.portal.programme.ApprovalStepItem;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import static ua.cooperation.portal.programme.ui.ProgrammeDetailsView.ID_APPROVAL_HISTORY;

/** The approval tab of a programme: every step, newest first, with its comment as the reader may read it. */
class ApprovalHistoryGrid extends Grid<ApprovalStepItem> {

    ApprovalHistoryGrid() {
        setId(ID_APPROVAL_HISTORY);
        setAllRowsVisible(true);
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setEmptyStateText(getTranslation("history.empty"));
        addColumn(row -> DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).format(row.changedAt().atZone(PortalTime.ZONE)))
                .setHeader(getTranslation("programme.approval-history.when")).setAutoWidth(true);
        addColumn(row -> (row.fromState() == null ? ""
                        : getTranslation("approval-state." + row.fromState().name()) + " → ")
                        + getTranslation("approval-state." + row.toState().name()))
                .setHeader(getTranslation("programme.approval-history.step")).setAutoWidth(true);
        addColumn(row -> RemarkField.shown(this, row.comment(), row.commentForPartners()))
                .setHeader(getTranslation("programme.approval-history.comment")).setFlexGrow(3);
        addColumn(row -> Authors.shown(this, row.changedBy()))
                .setHeader(getTranslation("programme.approval-history.by")).setAutoWidth(true);
    }
}
