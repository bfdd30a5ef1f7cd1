package ua.cooperation.portal.country.ui;

import ua.cooperation.portal.country.CountryLinks;

import ua.cooperation.portal.base.ui.SearchField;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import ua.cooperation.portal.country.CountryFilter;
import ua.cooperation.portal.country.CountryListItem;
import ua.cooperation.portal.base.ui.ExportButtons;
import ua.cooperation.portal.country.CountryService;
import ua.cooperation.portal.export.ExportColumn;
import ua.cooperation.portal.export.ListExport;
import java.util.List;
import ua.cooperation.portal.country.PartnerStatus;

import java.time.MonthDay;
import java.time.format.DateTimeFormatter;

/**
 * All countries the user may see, filterable by name and partner status and sortable by each column. The grid loads
 * page by page from {@link CountryService}, which applies the liaison scope.
 */
@Route(CountryLinks.ROUTE)
@PermitAll
public class CountryListView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    /** Query parameter that preselects the status filter, e.g. {@code countries?status=PARTNER} from the start page. */
    public static final String QUERY_STATUS = "status";

    static final String ID_GRID = "countries-grid";
    static final String ID_SEARCH = "countries-search";
    static final String ID_STATUS = "countries-status";
    static final String ID_COUNT = "countries-count";

    private final CountryService countries;
    private final Grid<CountryListItem> grid = new Grid<>();
    private final SearchField search;
    private final Select<PartnerStatus> status = new Select<>();
    private final Span count = new Span();

    CountryListView(CountryService countries, ListExport export) {
        this.countries = countries;
        setSizeFull();
        addClassName("portal-list-view");

        search = new SearchField(ID_SEARCH, "country.list.search", () -> refresh());

        status.setId(ID_STATUS);
        status.setAriaLabel(getTranslation("country.field.status"));
        status.setItems(PartnerStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("country.list.all-statuses"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("country.list.all-statuses")
                : getTranslation("partner-status." + s.name()));
        status.addValueChangeListener(e -> refresh());

        count.setId(ID_COUNT);
        count.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);

        var locale = getLocale();
        var exports = new ExportButtons<CountryListItem>("countries", "countries", export, () -> List.of(
                new ExportColumn<>("ISO 3166-1", CountryListItem::code),
                new ExportColumn<>(getTranslation(locale, "country.field.name"), CountryListItem::name),
                new ExportColumn<>(getTranslation(locale, "country.field.status"),
                        item -> getTranslation(locale, "partner-status." + item.partnerStatus().name())),
                new ExportColumn<>(getTranslation(locale, "country.field.national-day"),
                        item -> item.nationalDay() == null ? null : item.nationalDay().toString().substring(2))),
                () -> {
                    var filter = currentFilter();
                    return pageable -> countries.findVisible(filter, pageable, locale);
                }, () -> countries.countVisible(currentFilter()));
        var filters = new HorizontalLayout(search, status, count, exports);
        filters.setAlignItems(Alignment.BASELINE);
        filters.setWidthFull();
        filters.setFlexGrow(1, search);

        configureGrid();
        add(filters, grid);
        refresh();
    }

    private void configureGrid() {
        grid.setId(ID_GRID);
        grid.setSizeFull();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("country.list.empty"));
        var dayFormat = DateTimeFormatter.ofPattern("d MMMM", getLocale());
        grid.addColumn(CountryListItem::name).setKey("name").setHeader(getTranslation("country.field.name"))
                .setSortProperty(CountryService.SORT_NAME).setFlexGrow(3);
        grid.addColumn(CountryListItem::code).setKey("code").setHeader(getTranslation("country.field.code"))
                .setSortProperty(CountryService.SORT_CODE).setWidth("7em").setFlexGrow(0);
        grid.addComponentColumn(item -> new PartnerStatusBadge(item.partnerStatus())).setKey("status")
                .setHeader(getTranslation("country.field.status")).setSortProperty(CountryService.SORT_STATUS)
                .setAutoWidth(true);
        grid.addColumn(item -> formatDay(item.nationalDay(), dayFormat)).setKey("nationalDay")
                .setHeader(getTranslation("country.field.national-day"))
                .setSortProperty(CountryService.SORT_NATIONAL_DAY).setAutoWidth(true);
        grid.setItemsPageable(pageable -> countries.findVisible(currentFilter(), pageable, getLocale()));
        grid.addItemClickListener(e -> openDetails(e.getItem()));
        // Enter on a focused row opens it, as a click does
        grid.addCellFocusListener(e -> e.getItem().ifPresent(item -> grid.select(item)));
        grid.getElement().addEventListener("keydown", e -> grid.getSelectedItems().stream().findFirst()
                .ifPresent(this::openDetails)).setFilter("event.key === 'Enter'");
    }

    private static String formatDay(MonthDay day, DateTimeFormatter format) {
        return day == null ? "" : format.format(day.atYear(2000));
    }

    private CountryFilter currentFilter() {
        return new CountryFilter(search.getValue(), status.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        count.setText(getTranslation("country.list.count", countries.countVisible(currentFilter())));
    }

    private void openDetails(CountryListItem item) {
        getUI().ifPresent(ui -> ui.navigate(CountryDetailsView.class,
                new RouteParameters(CountryDetailsView.PARAM_CODE, item.code())));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter(QUERY_STATUS)
                .flatMap(value -> java.util.Arrays.stream(PartnerStatus.values())
                        .filter(s -> s.name().equals(value)).findFirst())
                .ifPresent(status::setValue);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("country.list.title");
    }
}
