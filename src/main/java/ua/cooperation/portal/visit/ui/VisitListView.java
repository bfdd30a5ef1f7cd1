package ua.cooperation.portal.visit.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
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
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import org.springframework.data.domain.Sort;
import ua.cooperation.portal.base.ListCount;
import ua.cooperation.portal.base.export.ExportColumn;
import ua.cooperation.portal.base.export.ExportRows;
import ua.cooperation.portal.base.ui.CountryPickers;
import ua.cooperation.portal.base.ui.CreateDialog;
import ua.cooperation.portal.base.ui.ExportButtons;
import ua.cooperation.portal.base.ui.RouteIds;
import ua.cooperation.portal.base.ui.SearchField;
import ua.cooperation.portal.base.ui.TranslatedTexts;
import ua.cooperation.portal.country.CountryNames;
import ua.cooperation.portal.export.ListExport;
import ua.cooperation.portal.partnership.CooperationArea;
import ua.cooperation.portal.programme.TargetGroup;
import ua.cooperation.portal.visit.VisitDirection;
import ua.cooperation.portal.visit.VisitFilter;
import ua.cooperation.portal.visit.VisitLinks;
import ua.cooperation.portal.visit.VisitListItem;
import ua.cooperation.portal.visit.VisitService;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The visits the user may see, newest first, filterable by direction, country, period, cooperation area, target group
 * and text, loaded page by page; the filters are kept in the address ({@code ?country=LT&direction=OUTGOING}), so a
 * filtered list can be linked to and survives a reload.
 */
@Route(VisitLinks.ROUTE)
@PermitAll
public class VisitListView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID_GRID = "visits-grid";
    static final String ID_SEARCH = "visits-search";
    static final String ID_DIRECTION = "visits-direction";
    static final String ID_COUNTRY = "visits-country";
    static final String ID_FROM = "visits-from";
    static final String ID_TO = "visits-to";
    static final String ID_AREA = "visits-area";
    static final String ID_TARGET_GROUP = "visits-target-group";
    static final String ID_COUNT = "visits-count";
    static final String ID_NEW = "visits-new";
    static final String ID_EXPORTS = "visits-exports";

    private final VisitService visits;
    private final Grid<VisitListItem> grid = new Grid<>();
    private final SearchField search;
    private final Select<VisitDirection> direction = new Select<>();
    private final ComboBox<String> country;
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Select<CooperationArea> area = new Select<>();
    private final Select<TargetGroup> targetGroup = new Select<>();
    private final Span count = new Span();
    private Long organisationId;
    private boolean applyingQuery;

    VisitListView(VisitService visits, CountryPickers countryPickers, VisitLookups lookups, ListExport export) {
        this.visits = visits;
        setSizeFull();
        search = new SearchField(ID_SEARCH, "visit.list.search", this::refresh);
        country = countryPickers.create(getLocale());
        filterFields();
        count.setId(ID_COUNT);
        count.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        var create = new Button(getTranslation("visit.new"), VaadinIcon.PLUS.create(), e -> openCreate(lookups));
        create.setId(ID_NEW);
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(visits.permissions().mayEdit());
        var filters = new HorizontalLayout(search, direction, country, from, to, area, targetGroup, count,
                exports(export), create);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWidthFull();
        filters.setFlexGrow(1, search);
        filters.addClassName(LumoUtility.FlexWrap.WRAP);
        configureGrid();
        add(filters, grid);
    }

    private void filterFields() {
        direction.setId(ID_DIRECTION);
        direction.setAriaLabel(getTranslation("visit.field.direction"));
        direction.setItems(VisitDirection.values());
        direction.setEmptySelectionAllowed(true);
        direction.setEmptySelectionCaption(getTranslation("visit.list.all-directions"));
        direction.setItemLabelGenerator(d -> d == null ? getTranslation("visit.list.all-directions")
                : getTranslation("visit-direction." + d.name()));
        direction.addValueChangeListener(e -> refresh());
        country.setId(ID_COUNTRY);
        country.setPlaceholder(getTranslation("registry.list.all-countries"));
        country.setAriaLabel(getTranslation("visit.field.countries"));
        country.addValueChangeListener(e -> refresh());
        for (var picker : new DatePicker[]{from, to}) {
            picker.setClearButtonVisible(true);
            picker.setLocale(getLocale());
            picker.addValueChangeListener(e -> refresh());
        }
        from.setId(ID_FROM);
        from.setPlaceholder(getTranslation("visit.list.from"));
        from.setAriaLabel(getTranslation("visit.list.from"));
        to.setId(ID_TO);
        to.setPlaceholder(getTranslation("visit.list.to"));
        to.setAriaLabel(getTranslation("visit.list.to"));
        area.setId(ID_AREA);
        area.setAriaLabel(getTranslation("visit.field.areas"));
        area.setItems(CooperationArea.values());
        area.setEmptySelectionAllowed(true);
        area.setEmptySelectionCaption(getTranslation("visit.list.all-areas"));
        area.setItemLabelGenerator(a -> a == null ? getTranslation("visit.list.all-areas")
                : getTranslation("cooperation-area." + a.name()));
        area.addValueChangeListener(e -> refresh());
        targetGroup.setId(ID_TARGET_GROUP);
        targetGroup.setAriaLabel(getTranslation("visit.field.target-groups"));
        targetGroup.setItems(TargetGroup.values());
        targetGroup.setEmptySelectionAllowed(true);
        targetGroup.setEmptySelectionCaption(getTranslation("visit.list.all-target-groups"));
        targetGroup.setItemLabelGenerator(g -> g == null ? getTranslation("visit.list.all-target-groups")
                : getTranslation("target-group." + g.name()));
        targetGroup.addValueChangeListener(e -> refresh());
    }

    private Component exports(ListExport export) {
        var language = getLocale();
        var exports = ExportButtons.inBatches("visits", "visits", export, this::exportColumns,
                () -> {
                    var filter = currentFilter();
                    return ExportRows.byIds(() -> visits.findVisibleIds(filter, Sort.unsorted()),
                            ids -> visits.findVisibleByIds(ids, language), VisitListItem::id);
                }, () -> visits.countVisible(currentFilter()));
        exports.setId(ID_EXPORTS);
        return exports;
    }

    private void configureGrid() {
        grid.setId(ID_GRID);
        grid.setSizeFull();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("visit.list.empty"));
        grid.addColumn(item -> VisitTexts.period(item.startsOn(), item.endsOn(), getLocale())).setKey("dates")
                .setHeader(getTranslation("visit.field.dates")).setSortProperty(VisitService.SORT_START)
                .setAutoWidth(true);
        grid.addColumn(item -> getTranslation("visit-direction." + item.direction().name())).setKey("direction")
                .setHeader(getTranslation("visit.field.direction")).setSortProperty(VisitService.SORT_DIRECTION)
                .setAutoWidth(true);
        grid.addColumn(TranslatedTexts.renderer(this, VisitListItem::shownTitle)).setKey("title")
                .setHeader(getTranslation("visit.field.title")).setSortProperty(VisitService.SORT_TITLE)
                .setFlexGrow(3).setTooltipGenerator(item -> item.shownTitle().orEmpty());
        grid.addColumn(item -> CountryNames.displayName(item.hostCountryCode(), getLocale())).setKey("host")
                .setHeader(getTranslation("visit.field.host-country")).setAutoWidth(true);
        grid.addColumn(item -> item.city() == null ? "" : item.city()).setKey("city")
                .setHeader(getTranslation("visit.field.city")).setAutoWidth(true);
        grid.addColumn(item -> getTranslation("visit-state." + item.state().name())).setKey("state")
                .setHeader(getTranslation("visit.field.state")).setAutoWidth(true);
        grid.setItemsPageable(pageable -> visits.findVisible(currentFilter(), pageable, getLocale()));
        grid.addItemClickListener(e -> open(e.getItem().id()));
    }

    private List<ExportColumn<VisitListItem>> exportColumns() {
        var locale = getLocale();
        return List.of(
                new ExportColumn<>(getTranslation(locale, "visit.field.starts-on"), VisitListItem::startsOn),
                new ExportColumn<>(getTranslation(locale, "visit.field.ends-on"), VisitListItem::endsOn),
                new ExportColumn<>(getTranslation(locale, "visit.field.direction"),
                        item -> getTranslation(locale, "visit-direction." + item.direction().name())),
                new ExportColumn<>(getTranslation(locale, "visit.field.title"), item -> item.shownTitle().orEmpty()),
                new ExportColumn<>(getTranslation(locale, "visit.field.host-country"),
                        item -> CountryNames.displayName(item.hostCountryCode(), locale)),
                new ExportColumn<>(getTranslation(locale, "visit.field.city"), VisitListItem::city),
                new ExportColumn<>(getTranslation(locale, "visit.field.state"),
                        item -> getTranslation(locale, "visit-state." + item.state().name())));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var query = event.getLocation().getQueryParameters();
        applyingQuery = true;
        try {
            query.getSingleParameter(VisitLinks.QUERY_TEXT).ifPresent(search::setValue);
            query.getSingleParameter(VisitLinks.QUERY_DIRECTION).flatMap(t -> enumOf(VisitDirection::valueOf, t))
                    .ifPresent(direction::setValue);
            query.getSingleParameter(VisitLinks.QUERY_COUNTRY).filter(c -> c.matches("[A-Z]{2}"))
                    .ifPresent(country::setValue);
            query.getSingleParameter(VisitLinks.QUERY_FROM).flatMap(VisitListView::dateOf).ifPresent(from::setValue);
            query.getSingleParameter(VisitLinks.QUERY_TO).flatMap(VisitListView::dateOf).ifPresent(to::setValue);
            query.getSingleParameter(VisitLinks.QUERY_AREA).flatMap(t -> enumOf(CooperationArea::valueOf, t))
                    .ifPresent(area::setValue);
            query.getSingleParameter(VisitLinks.QUERY_TARGET_GROUP).flatMap(t -> enumOf(TargetGroup::valueOf, t))
                    .ifPresent(targetGroup::setValue);
            organisationId = query.getSingleParameter(VisitLinks.QUERY_ORGANISATION).flatMap(VisitListView::idOf)
                    .orElse(null);
        } finally {
            applyingQuery = false;
        }
        refresh();
    }

    private static <E> Optional<E> enumOf(Function<String, E> valueOf, String text) {
        try {
            return Optional.of(valueOf.apply(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> dateOf(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<Long> idOf(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private VisitFilter currentFilter() {
        return new VisitFilter(search.getValue(), direction.getValue(), country.getValue(), from.getValue(),
                to.getValue(), area.getValue(), targetGroup.getValue(), organisationId);
    }

    private void refresh() {
        if (applyingQuery) {
            return;
        }
        grid.getDataProvider().refreshAll();
        var counted = visits.countVisibleUpTo(currentFilter(), ListCount.LABEL_LIMIT);
        count.setText(getTranslation(counted.labelKey("visit.list.count"), counted.value()));
        keepInAddress();
    }

    /** The filters in the address, without a new history entry. */
    private void keepInAddress() {
        var parameters = new HashMap<String, String>();
        var filter = currentFilter();
        if (filter.text() != null && !filter.text().isBlank()) {
            parameters.put(VisitLinks.QUERY_TEXT, filter.text().strip());
        }
        putIf(parameters, VisitLinks.QUERY_DIRECTION, filter.direction());
        putIf(parameters, VisitLinks.QUERY_COUNTRY, filter.countryCode());
        putIf(parameters, VisitLinks.QUERY_FROM, filter.from());
        putIf(parameters, VisitLinks.QUERY_TO, filter.to());
        putIf(parameters, VisitLinks.QUERY_AREA, filter.area());
        putIf(parameters, VisitLinks.QUERY_TARGET_GROUP, filter.targetGroup());
        putIf(parameters, VisitLinks.QUERY_ORGANISATION, filter.organisationId());
        var location = new Location(VisitLinks.ROUTE, QueryParameters.simple(parameters));
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, location));
    }

    private static void putIf(java.util.Map<String, String> parameters, String name, Object value) {
        if (value != null) {
            parameters.put(name, value instanceof Enum<?> e ? e.name() : value.toString());
        }
    }

    private void openCreate(VisitLookups lookups) {
        CreateDialog.open(this, "visit", "visit.new", new VisitForm(lookups, getLocale()),
                VisitForm::writeIfValid, changes -> visits.create(changes, getLocale()),
                created -> open(created.id())).dialog().setWidth("min(60em, 95vw)");
    }

    private void open(long id) {
        getUI().ifPresent(ui -> ui.navigate(VisitDetailsView.class, RouteIds.of(VisitDetailsView.PARAM_ID, id)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("visit.list.title");
    }
}
