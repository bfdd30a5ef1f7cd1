package ua.cooperation.portal.registry.ui;

import ua.cooperation.portal.registry.RegistryLinks;
import ua.cooperation.portal.base.ListCount;
import org.springframework.data.domain.Sort;
import ua.cooperation.portal.base.ui.ExportButtons;
import ua.cooperation.portal.base.export.ExportColumn;
import ua.cooperation.portal.base.export.ExportRows;
import ua.cooperation.portal.export.ListExport;
import ua.cooperation.portal.registry.PersonListItem;
import java.util.List;
import ua.cooperation.portal.base.ui.SearchField;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import ua.cooperation.portal.registry.PersonFilter;
import ua.cooperation.portal.registry.PersonService;

/** The people the user may see, filterable by name and country, sortable, loaded lazily; officers add people here. */
@Route(RegistryLinks.PEOPLE)
@PermitAll
public class PersonListView extends VerticalLayout implements HasDynamicTitle {

    static final String ID_GRID = "people-grid";
    static final String ID_SEARCH = "people-search";
    static final String ID_COUNTRY = "people-country";
    static final String ID_COUNT = "people-count";
    static final String ID_NEW = "people-new";

    private final PersonService people;
    private final Grid<PersonListItem> grid = new Grid<>();
    private final SearchField search;
    private final ComboBox<String> country;
    private final Span count = Registry.count(ID_COUNT);

    PersonListView(PersonService people, RegistryLookups lookups, ListExport export) {
        this.people = people;
        setSizeFull();
        addClassName("portal-list-view");

        search = new SearchField(ID_SEARCH, "person.list.search", () -> refresh());
        country = Registry.countryFilter(lookups, this, getLocale(), ID_COUNTRY, this::refresh);
        var create = Registry.newButton(this, "person.list.new", ID_NEW, people.permissions().mayEdit(),
                () -> PersonCreateDialog.open(this, getLocale(), people, lookups, created -> navigateTo(created.id())));

        var locale = getLocale();
        var exports = ExportButtons.<PersonListItem>inBatches("people", "people", export, () -> List.of(
                new ExportColumn<>(getTranslation(locale, "person.field.name"), PersonListItem::fullName),
                new ExportColumn<>(getTranslation(locale, "person.field.latin"), PersonListItem::latinName),
                new ExportColumn<>(getTranslation(locale, "registry.field.country"),
                        item -> Registry.country(item.countryCode(), locale))),
                () -> {
                    var filter = currentFilter();
                    return ExportRows.byIds(() -> people.findVisibleIds(filter, Sort.unsorted()),
                            people::findVisibleByIds, PersonListItem::id);
                }, () -> people.countVisible(currentFilter()));

        Registry.listGrid(grid, ID_GRID, "person.list.empty", PersonListItem::id, this::navigateTo);
        grid.addColumn(PersonListItem::fullName).setKey("name").setHeader(getTranslation("person.field.name"))
                .setSortProperty(PersonService.SORT_NAME).setFlexGrow(2);
        grid.addColumn(PersonListItem::latinName).setKey("latin").setHeader(getTranslation("person.field.latin"))
                .setSortProperty(PersonService.SORT_LATIN).setFlexGrow(2);
        grid.addColumn(item -> Registry.country(item.countryCode(), getLocale())).setKey("country")
                .setHeader(getTranslation("registry.field.country")).setSortProperty(PersonService.SORT_COUNTRY)
                .setAutoWidth(true);
        grid.setItemsPageable(pageable -> people.findVisible(currentFilter(), pageable));

        add(Registry.filters(search, country, count, exports, create), grid);
        refresh();
    }

    private PersonFilter currentFilter() {
        return new PersonFilter(search.getValue(), country.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        var counted = people.countVisibleUpTo(currentFilter(), ListCount.LABEL_LIMIT);
        count.setText(getTranslation(counted.labelKey("person.list.count"), counted.value()));
    }

    private void navigateTo(long id) {
        getUI().ifPresent(ui -> ui.navigate(PersonDetailsView.class,
                new RouteParameters(PersonDetailsView.PARAM_ID, Long.toString(id))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("person.list.title");
    }
}
