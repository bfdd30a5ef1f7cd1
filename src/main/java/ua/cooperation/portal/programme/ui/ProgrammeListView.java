package ua.cooperation.portal.programme.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import org.springframework.data.domain.Sort;
import ua.cooperation.portal.base.ui.CountryPickers;
import ua.cooperation.portal.base.ui.CreateDialog;
import ua.cooperation.portal.base.ui.ExportButtons;
import ua.cooperation.portal.base.ui.RouteIds;
import ua.cooperation.portal.base.ui.SearchField;
import ua.cooperation.portal.country.CountryNames;
import ua.cooperation.portal.base.export.ExportColumn;
import ua.cooperation.portal.base.export.ExportFormat;
import ua.cooperation.portal.export.FiveWExport;
import ua.cooperation.portal.base.export.ExportRows;
import ua.cooperation.portal.export.ListExport;
import ua.cooperation.portal.programme.ActivityStatus;
import ua.cooperation.portal.programme.ApprovalState;
import ua.cooperation.portal.programme.IatiExport;
import ua.cooperation.portal.programme.IatiExportRefusedException;
import ua.cooperation.portal.programme.ProgrammeFilter;
import ua.cooperation.portal.programme.ProgrammeLinks;
import ua.cooperation.portal.base.ui.TranslatedTexts;
import ua.cooperation.portal.programme.ProgrammeListItem;
import ua.cooperation.portal.programme.ProgrammeService;
import ua.cooperation.portal.programme.Sector;
import ua.cooperation.portal.programme.TargetGroup;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The programmes the user may see, filterable by country, IATI status, approval state, sector, target group and text
 * (identifier or title in any language), sortable, loaded page by page. {@code ?approval=SUBMITTED} (or, for heads,
 * the "awaiting my approval" box, {@code ?awaiting=true}) and {@code ?country=LT} open it filtered. The filtered set
 * can be exported as one IATI file.
 */
@Route(ProgrammeLinks.ROUTE)
@PermitAll
public class ProgrammeListView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String QUERY_COUNTRY = ProgrammeLinks.QUERY_COUNTRY;
    public static final String QUERY_APPROVAL = ProgrammeLinks.QUERY_APPROVAL;
    public static final String QUERY_AWAITING = ProgrammeLinks.QUERY_AWAITING;
    public static final String QUERY_STATUS = ProgrammeLinks.QUERY_STATUS;
    public static final String QUERY_SECTOR = ProgrammeLinks.QUERY_SECTOR;
    static final String ID_GRID = "programmes-grid";
    static final String ID_SEARCH = "programmes-search";
    static final String ID_COUNTRY = "programmes-country";
    static final String ID_STATUS = "programmes-status";
    static final String ID_APPROVAL = "programmes-approval";
    static final String ID_SECTOR = "programmes-sector";
    static final String ID_TARGET_GROUP = "programmes-target-group";
    static final String ID_AWAITING = "programmes-awaiting";
    static final String ID_COUNT = "programmes-count";
    static final String ID_NEW = "programmes-new";
    static final String ID_EXPORT = "programmes-iati-export";
    static final String ID_EXPORT_DIALOG = "programmes-iati-dialog";
    static final String ID_EXPORT_DOWNLOAD = "programmes-iati-download";
    static final String ID_CREATE_DIALOG = "programme-create-dialog";
    static final String ID_CREATE = "programme-create";
    static final String ID_EXPORTS = "programmes-exports";
    static final String ID_FIVE_W = "programmes-export-5w";

    private final ProgrammeService programmes;
    private final IatiExport export;
    private final Grid<ProgrammeListItem> grid = new Grid<>();
    private final SearchField search;
    private final ComboBox<String> country;
    private final Select<ActivityStatus> status = new Select<>();
    private final Select<ApprovalState> approval = new Select<>();
    private final Select<Sector> sector = new Select<>();
    private final Select<TargetGroup> targetGroup = new Select<>();
    private final Checkbox awaiting = new Checkbox();
    private final Span count = new Span();
    private boolean applyingQuery;

    ProgrammeListView(ProgrammeService programmes, IatiExport export,
                      CountryPickers countryPickers, ProgrammeLookups lookups, ListExport listExport,
                      FiveWExport fiveW) {
        this.programmes = programmes;
        this.export = export;
        setSizeFull();
        search = new SearchField(ID_SEARCH, "programme.list.search", this::refresh);
        country = countryPickers.create(getLocale());
        country.setId(ID_COUNTRY);
        country.setPlaceholder(getTranslation("registry.list.all-countries"));
        country.setAriaLabel(getTranslation("registry.field.country"));
        country.addValueChangeListener(e -> refresh());
        select(status, ID_STATUS, ActivityStatus.values(), "programme.field.activity-status",
                "programme.list.all-statuses", "activity-status.");
        select(approval, ID_APPROVAL, ApprovalState.values(), "programme.field.approval",
                "programme.list.all-approval", "approval-state.");
        select(sector, ID_SECTOR, Sector.values(), "programme.field.sector", "programme.list.all-sectors",
                "sector.");
        select(targetGroup, ID_TARGET_GROUP, TargetGroup.values(), "programme.field.target-groups",
                "programme.list.all-target-groups", "target-group.");
        var may = programmes.permissions();
        awaiting.setId(ID_AWAITING);
        awaiting.setLabel(getTranslation("programme.list.awaiting"));
        awaiting.setVisible(may.mayDecide());
        awaiting.addValueChangeListener(e -> {
            if (!applyingQuery) {
                approval.setValue(e.getValue() ? ApprovalState.SUBMITTED : null);
            }
        });
        count.setId(ID_COUNT);
        count.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);

        var create = new Button(getTranslation("programme.new"), VaadinIcon.PLUS.create(),
                e -> openCreate(lookups));
        create.setId(ID_NEW);
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(may.mayEdit());
        var iati = new Button(getTranslation("programme.iati.export-list"), VaadinIcon.DOWNLOAD.create(),
                e -> exportFiltered());
        iati.setId(ID_EXPORT);
        var exports = exports(listExport, fiveW);
        var filters = new HorizontalLayout(search, country, status, approval, sector, targetGroup, awaiting, count,
                exports, iati, create);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWidthFull();
        filters.setFlexGrow(1, search);
        filters.addClassName(LumoUtility.FlexWrap.WRAP);
        configureGrid();
        add(filters, grid);
    }

    /** The list's own export, and the 5W export of the same filtered programmes. */
    private ExportButtons<ProgrammeListItem> exports(ListExport listExport, FiveWExport fiveW) {
        var exports = ExportButtons.inBatches("programmes", "programmes", listExport, this::exportColumns,
                () -> {
                    var filter = currentFilter();
                    var locale = getLocale();
                    return ExportRows.byIds(() -> programmes.findVisibleIds(filter, Sort.unsorted(), locale),
                            ids -> programmes.findVisibleByIds(ids, locale), ProgrammeListItem::id);
                }, () -> programmes.countVisible(currentFilter()));
        exports.setId(ID_EXPORTS);
        // who, what, where, when, for whom: the same filtered programmes for humanitarian coordination, with HXL tags
        exports.addDownload(ID_FIVE_W, getTranslation("five-w.export"), getTranslation("five-w.export.title"),
                "programmes-5w", ExportFormat.XLSX, () -> {
                    var filter = currentFilter();
                    var locale = getLocale();
                    return (out, progress) -> fiveW.write(filter, locale, ExportFormat.XLSX, out, progress);
                }, () -> programmes.countVisible(currentFilter()));
        return exports;
    }

    private <T extends Enum<T>> void select(Select<T> select, String id, T[] values, String labelKey, String allKey,
                                            String valuePrefix) {
        select.setId(id);
        select.setAriaLabel(getTranslation(labelKey));
        select.setItems(values);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation(allKey));
        select.setItemLabelGenerator(v -> v == null ? getTranslation(allKey) : getTranslation(valuePrefix + v.name()));
        select.addValueChangeListener(e -> refresh());
    }

    private void configureGrid() {
        grid.setId(ID_GRID);
        grid.setSizeFull();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setEmptyStateText(getTranslation("programme.list.empty"));
        grid.addColumn(ProgrammeListItem::identifier).setKey("identifier")
                .setHeader(getTranslation("programme.field.identifier"))
                .setSortProperty(ProgrammeService.SORT_IDENTIFIER).setAutoWidth(true);
        // in the reader's language, else the original with its language as a note (ADR 0040); sorted by the original
        grid.addColumn(TranslatedTexts.renderer(this, ProgrammeListItem::title)).setKey("title")
                .setHeader(getTranslation("programme.field.title"))
                .setSortProperty(ProgrammeService.SORT_TITLE).setWidth("14em").setFlexGrow(2)
                .setTooltipGenerator(item -> item.title().orEmpty());
        grid.addColumn(item -> item.countryCodes().stream().map(c -> CountryNames.displayName(c, getLocale()))
                        .sorted().collect(Collectors.joining(", "))).setKey("countries")
                .setHeader(getTranslation("programme.field.countries")).setAutoWidth(true);
        grid.addComponentColumn(item -> ProgrammeBadges.status(item.activityStatus())).setKey("status")
                .setHeader(getTranslation("programme.field.activity-status"))
                .setSortProperty(ProgrammeService.SORT_STATUS).setAutoWidth(true);
        grid.addComponentColumn(item -> ProgrammeBadges.approval(item.approval())).setKey("approval")
                .setHeader(getTranslation("programme.field.approval"))
                .setSortProperty(ProgrammeService.SORT_APPROVAL).setAutoWidth(true);
        grid.addColumn(item -> ProgrammeBadges.date(item.plannedStart(), getLocale())).setKey("plannedStart")
                .setHeader(getTranslation("programme.field.planned-start"))
                .setSortProperty(ProgrammeService.SORT_START).setAutoWidth(true);
        grid.addColumn(item -> ProgrammeBadges.date(item.plannedEnd(), getLocale())).setKey("plannedEnd")
                .setHeader(getTranslation("programme.field.planned-end"))
                .setSortProperty(ProgrammeService.SORT_END).setAutoWidth(true);
        grid.setItemsPageable(pageable -> programmes.findVisible(currentFilter(), pageable, getLocale()));
        grid.addItemClickListener(e -> open(e.getItem().id()));
        grid.addCellFocusListener(e -> e.getItem().ifPresent(grid::select));
        grid.getElement().addEventListener("keydown", e -> grid.getSelectedItems().stream().findFirst()
                .ifPresent(item -> open(item.id()))).setFilter("event.key === 'Enter'");
    }

    /** The export has every column of the list and the actual dates the grid leaves to the details page. */
    private List<ExportColumn<ProgrammeListItem>> exportColumns() {
        var locale = getLocale();
        return List.of(
                new ExportColumn<>(getTranslation(locale, "programme.field.identifier"), ProgrammeListItem::identifier),
                new ExportColumn<>(getTranslation(locale, "programme.field.title"),
                        item -> item.title().orEmpty()),
                new ExportColumn<>(getTranslation(locale, "programme.field.countries"),
                        item -> item.countryCodes().stream().map(c -> CountryNames.displayName(c, locale)).sorted()
                                .collect(Collectors.joining(", "))),
                new ExportColumn<>(getTranslation(locale, "programme.field.activity-status"),
                        item -> getTranslation(locale, "activity-status." + item.activityStatus().name())),
                new ExportColumn<>(getTranslation(locale, "programme.field.approval"),
                        item -> getTranslation(locale, "approval-state." + item.approval().name())),
                new ExportColumn<>(getTranslation(locale, "programme.field.planned-start"),
                        ProgrammeListItem::plannedStart),
                new ExportColumn<>(getTranslation(locale, "programme.field.planned-end"),
                        ProgrammeListItem::plannedEnd));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var query = event.getLocation().getQueryParameters();
        applyingQuery = true;
        try {
            query.getSingleParameter(QUERY_COUNTRY).filter(c -> c.matches("[A-Z]{2}")).ifPresent(country::setValue);
            query.getSingleParameter(QUERY_APPROVAL).flatMap(ProgrammeListView::approvalOf)
                    .ifPresent(approval::setValue);
            // the dashboard's charts link here with these (an unknown value is ignored)
            query.getSingleParameter(QUERY_STATUS).flatMap(v -> enumOf(ActivityStatus.class, v))
                    .ifPresent(status::setValue);
            query.getSingleParameter(QUERY_SECTOR).flatMap(v -> enumOf(Sector.class, v)).ifPresent(sector::setValue);
            if (query.getSingleParameter(QUERY_AWAITING).filter("true"::equals).isPresent()) {
                approval.setValue(ApprovalState.SUBMITTED);
            }
            awaiting.setValue(approval.getValue() == ApprovalState.SUBMITTED);
        } finally {
            applyingQuery = false;
        }
        refresh();
    }

    private static <E extends Enum<E>> Optional<E> enumOf(Class<E> type, String text) {
        try {
            return Optional.of(Enum.valueOf(type, text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<ApprovalState> approvalOf(String text) {
        try {
            return Optional.of(ApprovalState.valueOf(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    ProgrammeFilter currentFilter() {
        return new ProgrammeFilter(search.getValue(), country.getValue(), status.getValue(), approval.getValue(),
                sector.getValue(), targetGroup.getValue());
    }

    private void refresh() {
        if (applyingQuery) {
            return;
        }
        awaiting.setValue(approval.getValue() == ApprovalState.SUBMITTED);
        grid.getDataProvider().refreshAll();
        count.setText(getTranslation("programme.list.count", programmes.countVisible(currentFilter())));
    }

    /** Checks the filtered set first: either what is missing, or a link to the validated file. */
    private void exportFiltered() {
        var filter = currentFilter();
        var dialog = new Dialog(getTranslation("programme.iati.title"));
        dialog.setId(ID_EXPORT_DIALOG);
        dialog.setWidth("min(40em, 95vw)");
        try {
            var file = export.exportVisible(filter);
            dialog.add(IatiDownloads.link(ID_EXPORT_DOWNLOAD, getTranslation("programme.iati.download-file",
                    file.fileName()), () -> file));
        } catch (IatiExportRefusedException refused) {
            dialog.add(IatiDownloads.missingList(this, refused.missing(), true));
        }
        dialog.getFooter().add(new Button(getTranslation("action.close"), e -> dialog.close()));
        dialog.open();
    }

    private void openCreate(ProgrammeLookups lookups) {
        CreateDialog.open(this, "programme", "programme.new",
                        new ProgrammeForm(lookups, getLocale()),
                        form -> form.writeIfValid(null, 0), changes -> programmes.create(changes, getLocale()),
                        created -> open(created.id()))
                .dialog().setWidth("min(70em, 95vw)");
    }

    private void open(long id) {
        getUI().ifPresent(ui -> ui.navigate(ProgrammeDetailsView.class,
                RouteIds.of(ProgrammeDetailsView.PARAM_ID, id)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("programme.list.title");
    }
}
