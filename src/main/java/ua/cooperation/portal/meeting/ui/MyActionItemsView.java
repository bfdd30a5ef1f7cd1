package ua.cooperation.portal.meeting.ui;

import ua.cooperation.portal.base.ui.TranslatedTexts;
import ua.cooperation.portal.meeting.MeetingLinks;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import ua.cooperation.portal.base.ui.ExportButtons;
import ua.cooperation.portal.country.CountryNames;
import ua.cooperation.portal.base.export.ExportColumn;
import ua.cooperation.portal.base.export.ExportRows;
import ua.cooperation.portal.export.ListExport;
import ua.cooperation.portal.base.ui.EditFlow;
import ua.cooperation.portal.meeting.ActionItemService;
import ua.cooperation.portal.meeting.ActionItemView;

import java.util.List;
import java.util.Optional;

/**
 * The action items the signed-in user owns, for every user (liaisons included): overdue ones first and marked, then by
 * due date, loaded page by page; a quick status change with a completion note. Closed items are shown on request.
 */
@Route("my-action-items")
@PermitAll
public class MyActionItemsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** {@code ?overdue=true} shows only the overdue items (the dashboard's figure links here). */
    public static final String QUERY_OVERDUE = "overdue";
    static final String ID_GRID = "my-action-items-grid";
    static final String ID_OVERDUE_ONLY = "my-action-items-overdue-only";
    static final String ID_SHOW_CLOSED = "my-action-items-show-closed";
    static final String ID_SUMMARY = "my-action-items-summary";
    static final String ID_PROGRESS = "my-action-item-progress-";
    static final String ID_EXPORTS = "my-action-items-exports";

    private final ActionItemService meetings;
    private final Grid<ActionItemView> grid = new Grid<>();
    private final Checkbox showClosed = new Checkbox();
    private final Checkbox overdueOnly = new Checkbox();
    private final Span summary = new Span();
    /** The page shows no one record: a stale item (changed or gone meanwhile) shows the list again. */
    private final EditFlow<ActionItemView> flow = new EditFlow<>(this, "my-action-items-conflict", Optional::empty,
            item -> refresh(), this::refresh);

    MyActionItemsView(ActionItemService meetings, ListExport export) {
        this.meetings = meetings;
        setSizeFull();
        var heading = new H2(getTranslation("my-action-items.title"));
        heading.addClassName(LumoUtility.Margin.NONE);
        showClosed.setId(ID_SHOW_CLOSED);
        showClosed.setLabel(getTranslation("my-action-items.show-closed"));
        showClosed.addValueChangeListener(e -> refresh());
        overdueOnly.setId(ID_OVERDUE_ONLY);
        overdueOnly.setLabel(getTranslation("dashboard.my-items.overdue-only"));
        overdueOnly.addValueChangeListener(e -> refresh());
        summary.setId(ID_SUMMARY);
        summary.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        // the reader's own items in the list's order: their ordered ids once, then the rows by chunks of ids
        var exports = ExportButtons.inBatches("my-action-items", "my-action-items", export, this::exportColumns,
                () -> {
                    boolean closed = showClosed.getValue();
                    boolean overdue = overdueOnly.getValue();
                    var locale = getLocale();
                    return ExportRows.byIds(() -> meetings.myActionItemIds(closed, overdue),
                            ids -> meetings.myActionItemsByIds(ids, locale), ActionItemView::id);
                }, () -> meetings.countMyActionItems(showClosed.getValue(), overdueOnly.getValue()));
        exports.setId(ID_EXPORTS);
        var bar = new HorizontalLayout(heading, summary, showClosed, overdueOnly, exports);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.addClassName(LumoUtility.FlexWrap.WRAP);

        grid.setId(ID_GRID);
        grid.setSizeFull();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("my-action-items.empty"));
        grid.setPartNameGenerator(item -> item.overdue() ? "portal-overdue" : null);
        grid.addComponentColumn(item -> MeetingTexts.due(item.dueOn(), item.overdue(), getLocale())).setKey("due")
                .setHeader(getTranslation("action-item.field.due")).setAutoWidth(true);
        grid.addColumn(TranslatedTexts.renderer(this, ActionItemView::shownTitle)).setKey("title").setHeader(getTranslation("action-item.field.title"))
                .setFlexGrow(3);
        grid.addComponentColumn(item -> MeetingTexts.status(item.status(), item.overdue())).setKey("status")
                .setHeader(getTranslation("action-item.field.status")).setAutoWidth(true);
        grid.addComponentColumn(item -> {
                    var link = new Anchor(MeetingLinks.details(item.meetingId()), item.meetingTitle());
                    link.setId("my-action-item-meeting-" + item.id());
                    return link;
                }).setKey("meeting").setHeader(getTranslation("action-item.field.meeting")).setFlexGrow(2);
        grid.addColumn(TranslatedTexts.renderer(this, ActionItemView::shownCompletionNote)).setKey("note")
                .setHeader(getTranslation("action-item.field.completion-note")).setFlexGrow(2);
        grid.addComponentColumn(item -> {
            var progress = new Button(getTranslation("action-item.progress"), VaadinIcon.CHECK_SQUARE_O.create(),
                    e -> openProgress(item));
            progress.setId(ID_PROGRESS + item.id());
            progress.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return progress;
        }).setKey("progress").setAutoWidth(true).setFlexGrow(0);
        // a click on the row opens the same quick update as the button
        grid.addItemClickListener(e -> openProgress(e.getItem()));
        // page by page, overdue first, sorted and cut in the database
        grid.setItemsPageable(pageable -> meetings.myActionItems(showClosed.getValue(), overdueOnly.getValue(),
                pageable, getLocale()));
        add(bar, grid);
        refresh();
    }

    private void openProgress(ActionItemView item) {
        new ActionItemProgressDialog(flow, item, (status, note) -> meetings.updateMyActionItem(item.id(),
                item.version(), status, note, getLocale()), saved -> refresh()).open();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        overdueOnly.setValue(event.getLocation().getQueryParameters().getSingleParameter(QUERY_OVERDUE)
                .filter("true"::equals).isPresent());
    }

    private List<ExportColumn<ActionItemView>> exportColumns() {
        var locale = getLocale();
        return List.of(
                new ExportColumn<>(getTranslation(locale, "action-item.field.due"), ActionItemView::dueOn),
                new ExportColumn<>(getTranslation(locale, "action-item.field.title"),
                        item -> item.shownTitle().orEmpty()),
                new ExportColumn<>(getTranslation(locale, "action-item.field.status"),
                        item -> getTranslation(locale, "action-item-status." + item.status().name())
                                + (item.overdue() ? " (" + getTranslation(locale, "action-item.overdue") + ")" : "")),
                new ExportColumn<>(getTranslation(locale, "action-item.field.meeting"), ActionItemView::meetingTitle),
                new ExportColumn<>(getTranslation(locale, "action-item.field.decision"),
                        ActionItemView::decisionNumber),
                new ExportColumn<>(getTranslation(locale, "action-item.field.country"),
                        item -> item.countryCode() == null ? null
                                : CountryNames.displayName(item.countryCode(), locale)),
                new ExportColumn<>(getTranslation(locale, "action-item.field.completion-note"),
                        item -> item.shownCompletionNote().orEmpty()));
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        summary.setText(getTranslation("my-action-items.summary", meetings.countMyActionItems(false, false),
                meetings.countMyActionItems(false, true)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("my-action-items.title");
    }
}
