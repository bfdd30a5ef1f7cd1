package ua.cooperation.portal.partnership.ui;

import ua.cooperation.portal.base.ui.CreateDialog;
import ua.cooperation.portal.base.ui.RouteIds;

import ua.cooperation.portal.base.PortalTime;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
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
import ua.cooperation.portal.base.ui.CountryPickers;
import org.springframework.data.domain.Sort;
import ua.cooperation.portal.base.ui.ExportButtons;
import ua.cooperation.portal.base.export.ExportColumn;
import ua.cooperation.portal.base.export.ExportRows;
import ua.cooperation.portal.export.ListExport;
import ua.cooperation.portal.base.ui.SearchField;
import ua.cooperation.portal.country.CountryNames;
import ua.cooperation.portal.partnership.CooperationArea;
import ua.cooperation.portal.partnership.PartnershipFilter;
import ua.cooperation.portal.partnership.PartnershipKind;
import ua.cooperation.portal.partnership.PartnershipLinks;
import ua.cooperation.portal.partnership.PartnershipListItem;
import ua.cooperation.portal.partnership.PartnershipService;
import ua.cooperation.portal.partnership.PartnershipStatus;
import ua.cooperation.portal.registry.MunicipalityService;
import ua.cooperation.portal.registry.OrganisationService;
import ua.cooperation.portal.territory.AdminUnitOption;
import ua.cooperation.portal.territory.UnitLevel;

import java.util.Optional;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The partnerships the user may see, filterable by country, Ukrainian territory, status, cooperation area and text,
 * sortable, loaded page by page. {@code ?country=LT}, {@code ?status=ACTIVE} and {@code ?awaiting=true} open it
 * filtered, so that other pages can link to a list.
 */
@Route(PartnershipLinks.ROUTE)
@PermitAll
public class PartnershipListView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String QUERY_COUNTRY = PartnershipLinks.QUERY_COUNTRY;
    public static final String QUERY_STATUS = PartnershipLinks.QUERY_STATUS;
    public static final String QUERY_AWAITING = PartnershipLinks.QUERY_AWAITING;
    /** The partnerships of one municipality (either side), as its page links to them. */
    public static final String QUERY_MUNICIPALITY = PartnershipLinks.QUERY_MUNICIPALITY;
    static final String ID_GRID = "partnerships-grid";
    static final String ID_SEARCH = "partnerships-search";
    static final String ID_COUNTRY = "partnerships-country";
    static final String ID_UNIT = "partnerships-unit";
    static final String ID_STATUS = "partnerships-status";
    static final String ID_AREA = "partnerships-area";
    static final String ID_KIND = "partnerships-kind";
    static final String ID_AWAITING = "partnerships-awaiting";
    static final String ID_COUNT = "partnerships-count";
    static final String ID_NEW = "partnerships-new";
    static final String ID_CREATE_DIALOG = "partnership-create-dialog";
    static final String ID_CREATE = "partnership-create";
    /** Agreements ending within this many days are marked in the list. */
    static final int EXPIRY_WARNING_DAYS = 60;

    private final PartnershipService partnerships;
    private final PortalTime time;
    private final MunicipalityService municipalities;
    private final OrganisationService organisations;
    private final Grid<PartnershipListItem> grid = new Grid<>();
    private final SearchField search;
    private final ComboBox<String> country;
    private final ComboBox<AdminUnitOption> unit;
    private final Select<PartnershipStatus> status = new Select<>();
    private final Select<CooperationArea> area = new Select<>();
    private final Select<PartnershipKind> kind = new Select<>();
    private final Checkbox awaiting = new Checkbox();
    private final Span count = new Span();
    private final Button municipalityFilter = new Button();
    private Long municipalityId;
    private Long organisationId;
    private boolean applyingQuery;

    PartnershipListView(PartnershipService partnerships, CountryPickers countries, PartnershipLookups lookups,
                        MunicipalityService municipalities, OrganisationService organisations, ListExport export,
                        PortalTime time) {
        this.organisations = organisations;
        this.partnerships = partnerships;
        this.time = time;
        setSizeFull();
        search = new SearchField(ID_SEARCH, "partnership.list.search", this::refresh);
        country = countries.create(getLocale());
        country.setId(ID_COUNTRY);
        country.setPlaceholder(getTranslation("registry.list.all-countries"));
        country.setAriaLabel(getTranslation("registry.field.country"));
        country.addValueChangeListener(e -> refresh());
        unit = lookups.unitPicker(Set.of(UnitLevel.OBLAST, UnitLevel.RAION, UnitLevel.HROMADA));
        unit.setId(ID_UNIT);
        unit.setPlaceholder(getTranslation("partnership.list.all-territory"));
        unit.setAriaLabel(getTranslation("partnership.list.territory"));
        unit.addValueChangeListener(e -> refresh());
        configureChoiceFilters();
        count.setId(ID_COUNT);
        count.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);

        var may = partnerships.permissions();
        var create = new Button(getTranslation("partnership.new"), VaadinIcon.PLUS.create(),
                e -> openCreate(lookups));
        create.setId(ID_NEW);
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(may.mayEdit());
        awaiting.setVisible(may.showsInternal());
        configureMunicipalityFilter();
        this.municipalities = municipalities;

        var filters = new HorizontalLayout(search, kind, country, unit, status, area, awaiting, municipalityFilter,
                count, exports(export), create);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWidthFull();
        filters.setFlexGrow(1, search);
        filters.addClassName(LumoUtility.FlexWrap.WRAP);
        configureGrid();
        add(filters, grid);
    }

    /** Status, area and "awaiting confirmation": each narrows the list at once. */
    private void configureChoiceFilters() {
        status.setId(ID_STATUS);
        status.setAriaLabel(getTranslation("partnership.field.status"));
        status.setItems(PartnershipStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("partnership.list.all-statuses"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("partnership.list.all-statuses")
                : getTranslation("partnership-status." + s.name()));
        status.addValueChangeListener(e -> refresh());
        area.setId(ID_AREA);
        area.setAriaLabel(getTranslation("partnership.field.areas"));
        area.setItems(CooperationArea.values());
        area.setEmptySelectionAllowed(true);
        area.setEmptySelectionCaption(getTranslation("partnership.list.all-areas"));
        area.setItemLabelGenerator(a -> a == null ? getTranslation("partnership.list.all-areas")
                : getTranslation("cooperation-area." + a.name()));
        area.addValueChangeListener(e -> refresh());
        kind.setId(ID_KIND);
        kind.setAriaLabel(getTranslation("partnership.field.kind"));
        kind.setItems(PartnershipKind.values());
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("partnership.list.all-kinds"));
        kind.setItemLabelGenerator(k -> k == null ? getTranslation("partnership.list.all-kinds")
                : getTranslation("partnership-kind." + k.name()));
        kind.addValueChangeListener(e -> refresh());
        awaiting.setId(ID_AWAITING);
        awaiting.setLabel(getTranslation("partnership.list.awaiting"));
        awaiting.addValueChangeListener(e -> refresh());
    }

    private void configureMunicipalityFilter() {
        // shown while the list is narrowed to one municipality (from its page); a click widens it again
        municipalityFilter.setId("partnerships-municipality-filter");
        municipalityFilter.setIcon(VaadinIcon.CLOSE_SMALL.create());
        municipalityFilter.setIconAfterText(true);
        municipalityFilter.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_CONTRAST);
        municipalityFilter.setVisible(false);
        municipalityFilter.addClickListener(e -> {
            municipalityId = null;
            organisationId = null;
            municipalityFilter.setVisible(false);
            refresh();
        });
    }

    /** CSV and XLSX of the list as filtered, in its order. */
    private Component exports(ListExport export) {
        var exports = ExportButtons.inBatches("partnerships", "partnerships", export, this::exportColumns,
                () -> {
                    var filter = currentFilter();
                    var locale = getLocale();
                    return ExportRows.byIds(() -> partnerships.findVisibleIds(filter, Sort.unsorted(), locale),
                            ids -> partnerships.findVisibleByIds(ids, locale), PartnershipListItem::id);
                }, () -> partnerships.countVisible(currentFilter()));
        exports.setId("partnerships-exports");
        return exports;
    }

    private void configureGrid() {
        grid.setId(ID_GRID);
        grid.setSizeFull();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("partnership.list.empty"));
        grid.addColumn(PartnershipListItem::name).setKey("name").setHeader(getTranslation("partnership.field.name"))
                .setSortProperty(PartnershipService.SORT_NAME).setWidth("22em").setFlexGrow(2)
                .setTooltipGenerator(PartnershipListItem::name);
        // the Ukrainian side of either kind: a hromada or a Ukrainian institution, the kind in its tooltip
        grid.addColumn(PartnershipListItem::ukrainianName).setKey("ukrainian")
                .setHeader(getTranslation("partnership.field.ukrainian-side")).setWidth("14em").setFlexGrow(1)
                .setTooltipGenerator(item -> getTranslation("partnership-kind." + item.kind().name()));
        grid.addColumn(item -> CountryNames.displayName(item.countryCode(), getLocale())).setKey("country")
                .setHeader(getTranslation("registry.field.country"))
                .setSortProperty(PartnershipService.SORT_COUNTRY).setAutoWidth(true);
        grid.addComponentColumn(item -> PartnershipBadges.status(item.status(), item.awaitingConfirmation()))
                .setKey("status").setHeader(getTranslation("partnership.field.status"))
                .setSortProperty(PartnershipService.SORT_STATUS).setAutoWidth(true);
        grid.addColumn(item -> item.areas().stream().map(a -> getTranslation("cooperation-area." + a.name()))
                        .sorted().collect(Collectors.joining(", "))).setKey("areas")
                .setHeader(getTranslation("partnership.field.areas")).setWidth("12em").setFlexGrow(1)
                .setTooltipGenerator(item -> item.areas().stream()
                        .map(a -> getTranslation("cooperation-area." + a.name())).sorted()
                        .collect(Collectors.joining(", ")));
        grid.addComponentColumn(this::validUntil).setKey("validUntil")
                .setHeader(getTranslation("partnership.field.valid-until"))
                .setSortProperty(PartnershipService.SORT_VALID_UNTIL).setAutoWidth(true);
        grid.addComponentColumn(item -> {
                    var cell = new HorizontalLayout(new Span(PartnershipBadges.date(item.lastContactOn(), getLocale())),
                            PartnershipBadges.health(item.health()));
                    cell.setSpacing(true);
                    return cell;
                }).setKey("lastContact").setHeader(getTranslation("partnership.field.last-contact"))
                .setSortProperty(PartnershipService.SORT_LAST_CONTACT).setAutoWidth(true);
        grid.setItemsPageable(pageable -> partnerships.findVisible(currentFilter(), pageable, getLocale()));
        grid.addItemClickListener(e -> open(e.getItem().id()));
        grid.addCellFocusListener(e -> e.getItem().ifPresent(grid::select));
        grid.getElement().addEventListener("keydown", e -> grid.getSelectedItems().stream().findFirst()
                .ifPresent(item -> open(item.id()))).setFilter("event.key === 'Enter'");
    }

    /** The export has every column of the list and a few the grid leaves to the details page. */
    private List<ExportColumn<PartnershipListItem>> exportColumns() {
        var locale = getLocale();
        return List.of(
                new ExportColumn<>(getTranslation(locale, "partnership.field.name"), PartnershipListItem::name),
                new ExportColumn<>(getTranslation(locale, "partnership.field.kind"),
                        item -> getTranslation(locale, "partnership-kind." + item.kind().name())),
                new ExportColumn<>(getTranslation(locale, "partnership.field.ukrainian-side"),
                        PartnershipListItem::ukrainianName),
                new ExportColumn<>(getTranslation(locale, "partnership.field.partner-side"),
                        PartnershipListItem::partnerName),
                new ExportColumn<>(getTranslation(locale, "registry.field.country"),
                        item -> CountryNames.displayName(item.countryCode(), locale)),
                new ExportColumn<>(getTranslation(locale, "partnership.field.type"),
                        item -> getTranslation(locale, "partnership-type." + item.type().name())),
                new ExportColumn<>(getTranslation(locale, "partnership.field.status"),
                        item -> getTranslation(locale, "partnership-status." + item.status().name())
                                + (item.awaitingConfirmation()
                                ? " (" + getTranslation(locale, "partnership.awaiting-confirmation") + ")" : "")),
                new ExportColumn<>(getTranslation(locale, "partnership.field.areas"),
                        item -> item.areas().stream().map(a -> getTranslation(locale, "cooperation-area." + a.name()))
                                .sorted().collect(Collectors.joining(", "))),
                new ExportColumn<>(getTranslation(locale, "partnership.field.signed-on"), PartnershipListItem::signedOn),
                new ExportColumn<>(getTranslation(locale, "partnership.field.valid-until"),
                        PartnershipListItem::validUntil),
                new ExportColumn<>(getTranslation(locale, "partnership.field.last-contact"),
                        PartnershipListItem::lastContactOn),
                new ExportColumn<>(getTranslation(locale, "partnership.field.health"), item ->
                        item.health() == ua.cooperation.portal.partnership.PartnershipHealth.NONE ? ""
                                : getTranslation(locale, "partnership-health." + item.health().name())),
                new ExportColumn<>(getTranslation(locale, "partnership.field.description"),
                        item -> item.description().orEmpty()));
    }

    private Span validUntil(PartnershipListItem item) {
        var text = new Span(PartnershipBadges.date(item.validUntil(), getLocale()));
        var today = time.today();
        if (item.validUntil() != null && item.status().underAgreement()
                && !item.validUntil().isAfter(today.plusDays(EXPIRY_WARNING_DAYS))) {
            text.addClassName("portal-text-warning");
            text.setTitle(getTranslation("partnership.list.expiring"));
        }
        return text;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var query = event.getLocation().getQueryParameters();
        applyingQuery = true;
        try {
            query.getSingleParameter(QUERY_COUNTRY).filter(c -> c.matches("[A-Z]{2}")).ifPresent(country::setValue);
            query.getSingleParameter(QUERY_STATUS).flatMap(PartnershipListView::statusOf).ifPresent(status::setValue);
            query.getSingleParameter(QUERY_AWAITING).filter("true"::equals).ifPresent(v -> awaiting.setValue(true));
            query.getSingleParameter(PartnershipLinks.QUERY_KIND).flatMap(PartnershipListView::kindOf)
                    .ifPresent(kind::setValue);
            // an organisation's page links to its partnerships (either side): shown like a municipality's
            query.getSingleParameter(PartnershipLinks.QUERY_ORGANISATION).flatMap(PartnershipListView::parseId)
                    .flatMap(id -> organisations.findVisibleName(id, getLocale()).map(name -> {
                        organisationId = id;
                        return name;
                    })).ifPresent(name -> {
                        municipalityFilter.setText(name);
                        municipalityFilter.setVisible(true);
                    });
            query.getSingleParameter(QUERY_MUNICIPALITY).flatMap(PartnershipListView::parseId)
                    .flatMap(id -> municipalities.findVisibleById(id, getLocale())).ifPresent(m -> {
                        municipalityId = m.id();
                        municipalityFilter.setText(m.name());
                        municipalityFilter.setVisible(true);
                    });
        } finally {
            applyingQuery = false;
        }
        refresh();
    }

    private static java.util.Optional<PartnershipStatus> statusOf(String text) {
        try {
            return java.util.Optional.of(PartnershipStatus.valueOf(text));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    private static java.util.Optional<PartnershipKind> kindOf(String text) {
        try {
            return java.util.Optional.of(PartnershipKind.valueOf(text));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    private PartnershipFilter currentFilter() {
        return new PartnershipFilter(search.getValue(), country.getValue(),
                unit.getValue() == null ? null : unit.getValue().code(), status.getValue(), area.getValue(),
                municipalityId, awaiting.getValue(), kind.getValue(), organisationId);
    }

    private void refresh() {
        if (applyingQuery) {
            return;
        }
        grid.getDataProvider().refreshAll();
        count.setText(getTranslation("partnership.list.count", partnerships.countVisible(currentFilter())));
    }

    private void openCreate(PartnershipLookups lookups) {
        CreateDialog.open(this, "partnership", "partnership.new",
                new PartnershipForm(lookups, getLocale()),
                PartnershipForm::writeIfValid, changes -> partnerships.create(changes, getLocale()),
                created -> open(created.id()));
    }

    private void open(long id) {
        getUI().ifPresent(ui -> ui.navigate(PartnershipDetailsView.class,
                RouteIds.of(PartnershipDetailsView.PARAM_ID, id)));
    }

    private static Optional<Long> parseId(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("partnership.list.title");
    }
}
