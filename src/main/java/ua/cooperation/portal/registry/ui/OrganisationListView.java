package ua.cooperation.portal.registry.ui;

import ua.cooperation.portal.registry.RegistryLinks;
import org.springframework.data.domain.Sort;
import ua.cooperation.portal.base.ui.ExportButtons;
import ua.cooperation.portal.base.export.ExportColumn;
import ua.cooperation.portal.base.export.ExportRows;
import ua.cooperation.portal.export.ListExport;
import java.util.List;
import ua.cooperation.portal.base.ui.SearchField;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import ua.cooperation.portal.registry.OrganisationFilter;
import ua.cooperation.portal.registry.OrganisationListItem;
import ua.cooperation.portal.registry.OrganisationService;
import ua.cooperation.portal.registry.OrganisationType;

/**
 * The organisations the user may see, filterable by name, type and country and sortable; loaded page by page from
 * {@link OrganisationService}, which applies the liaison scope. Officers add organisations here.
 */
@Route(RegistryLinks.ORGANISATIONS)
@PermitAll
public class OrganisationListView extends VerticalLayout implements HasDynamicTitle {

    static final String ID_GRID = "organisations-grid";
    static final String ID_SEARCH = "organisations-search";
    static final String ID_TYPE = "organisations-type";
    static final String ID_COUNTRY = "organisations-country";
    static final String ID_COUNT = "organisations-count";
    static final String ID_NEW = "organisations-new";

    private final OrganisationService organisations;
    private final Grid<OrganisationListItem> grid = new Grid<>();
    private final SearchField search;
    private final Select<OrganisationType> type = new Select<>();
    private final ComboBox<String> country;
    private final Span count = Registry.count(ID_COUNT);

    OrganisationListView(OrganisationService organisations, RegistryLookups lookups, ListExport export) {
        this.organisations = organisations;
        setSizeFull();
        addClassName("portal-list-view");

        search = new SearchField(ID_SEARCH, "organisation.list.search", () -> refresh());

        type.setId(ID_TYPE);
        type.setAriaLabel(getTranslation("organisation.field.type"));
        type.setItems(OrganisationType.values());
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption(getTranslation("organisation.list.all-types"));
        type.setItemLabelGenerator(t -> t == null ? getTranslation("organisation.list.all-types")
                : getTranslation("organisation-type." + t.name()));
        type.addValueChangeListener(e -> refresh());

        country = Registry.countryFilter(lookups, this, getLocale(), ID_COUNTRY, this::refresh);
        var create = Registry.newButton(this, "organisation.list.new", ID_NEW,
                organisations.permissions().mayEdit(),
                () -> OrganisationCreateDialog.open(this, getLocale(), organisations, lookups,
                        created -> navigateTo(created.id())));

        var locale = getLocale();
        var exports = ExportButtons.<OrganisationListItem>inBatches("organisations", "organisations", export, () -> List.of(
                new ExportColumn<>(getTranslation(locale, "organisation.field.name"), OrganisationListItem::name),
                new ExportColumn<>(getTranslation(locale, "organisation.field.type"),
                        item -> getTranslation(locale, "organisation-type." + item.type().name())),
                new ExportColumn<>(getTranslation(locale, "registry.field.country"),
                        item -> Registry.country(item.countryCode(), locale)),
                new ExportColumn<>(getTranslation(locale, "organisation.field.parent"),
                        OrganisationListItem::parentName)),
                () -> {
                    var filter = currentFilter();
                    return ExportRows.byIds(() -> organisations.findVisibleIds(filter, Sort.unsorted(), locale),
                            ids -> organisations.findVisibleByIds(ids, locale), OrganisationListItem::id);
                }, () -> organisations.countVisible(currentFilter()));

        configureGrid();
        add(Registry.filters(search, type, country, count, exports, create), grid);
        refresh();
    }

    private void configureGrid() {
        Registry.listGrid(grid, ID_GRID, "organisation.list.empty", OrganisationListItem::id, this::navigateTo);
        grid.addColumn(OrganisationListItem::name).setKey("name").setHeader(getTranslation("organisation.field.name"))
                .setSortProperty(OrganisationService.SORT_NAME).setFlexGrow(3)
                .setTooltipGenerator(OrganisationListItem::name);
        grid.addColumn(item -> getTranslation("organisation-type." + item.type().name())).setKey("type")
                .setHeader(getTranslation("organisation.field.type")).setSortProperty(OrganisationService.SORT_TYPE)
                .setAutoWidth(true);
        grid.addColumn(item -> Registry.country(item.countryCode(), getLocale())).setKey("country")
                .setHeader(getTranslation("registry.field.country")).setSortProperty(OrganisationService.SORT_COUNTRY)
                .setAutoWidth(true);
        grid.addColumn(OrganisationListItem::parentName).setKey("parent")
                .setHeader(getTranslation("organisation.field.parent")).setFlexGrow(2)
                .setTooltipGenerator(item -> item.parentName() == null ? "" : item.parentName());
        grid.setItemsPageable(pageable -> organisations.findVisible(currentFilter(), pageable, getLocale()));
    }

    private OrganisationFilter currentFilter() {
        return new OrganisationFilter(search.getValue(), type.getValue(), country.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        count.setText(getTranslation("organisation.list.count", organisations.countVisible(currentFilter())));
    }

    private void navigateTo(long id) {
        getUI().ifPresent(ui -> ui.navigate(OrganisationDetailsView.class,
                new RouteParameters(OrganisationDetailsView.PARAM_ID, Long.toString(id))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("organisation.list.title");
    }
}
