package ua.cooperation.portal.registry.ui;

import ua.cooperation.portal.registry.RegistryLinks;
import ua.cooperation.portal.base.ui.CreateDialog;
import ua.cooperation.portal.base.ui.ExportButtons;
import ua.cooperation.portal.base.ui.SearchField;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import ua.cooperation.portal.base.export.ExportColumn;
import ua.cooperation.portal.base.export.ExportRows;
import ua.cooperation.portal.export.ListExport;
import ua.cooperation.portal.registry.Municipality;
import ua.cooperation.portal.registry.MunicipalityItem;
import ua.cooperation.portal.registry.MunicipalityService;

import java.util.List;

/** Municipalities on both sides, searchable by name or code; officers add new ones. */
@Route(RegistryLinks.MUNICIPALITIES)
@PermitAll
public class MunicipalityListView extends VerticalLayout implements HasDynamicTitle {

    static final String ID_GRID = "municipalities-grid";
    static final String ID_SEARCH = "municipalities-search";
    static final String ID_SIDE = "municipalities-side";
    static final String ID_NEW = "municipalities-new";
    static final String ID_CREATE = "municipality-create";
    static final String ID_EXPORTS = "municipalities-exports";

    private final MunicipalityService municipalities;
    private final Grid<MunicipalityItem> grid = new Grid<>();
    private final SearchField search;
    private final Select<Municipality.Side> side = new Select<>();

    MunicipalityListView(MunicipalityService municipalities, RegistryLookups lookups, ListExport export) {
        this.municipalities = municipalities;
        setSizeFull();
        search = new SearchField(ID_SEARCH, "municipality.list.search", () -> grid.getDataProvider().refreshAll());
        side.setId(ID_SIDE);
        side.setAriaLabel(getTranslation("municipality.field.side"));
        side.setItems(Municipality.Side.values());
        side.setEmptySelectionAllowed(true);
        side.setEmptySelectionCaption(getTranslation("municipality.list.both-sides"));
        side.setItemLabelGenerator(s -> s == null ? getTranslation("municipality.list.both-sides")
                : getTranslation("municipality.side." + s.name()));
        side.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        var create = new Button(getTranslation("municipality.new"), VaadinIcon.PLUS.create(),
                e -> openCreate(lookups));
        create.setId(ID_NEW);
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(municipalities.permissions().mayEdit());
        var exports = ExportButtons.inBatches("municipalities", "municipalities", export, this::exportColumns,
                () -> {
                    var text = search.getValue();
                    var chosen = side.getValue();
                    var locale = getLocale();
                    return ExportRows.byIds(() -> municipalities.findVisibleIds(text, chosen, locale),
                            ids -> municipalities.findVisibleByIds(ids, locale), MunicipalityItem::id);
                }, () -> municipalities.countVisible(search.getValue(), side.getValue()));
        exports.setId(ID_EXPORTS);
        var toolbar = new HorizontalLayout(search, side, exports, create);
        toolbar.setAlignItems(Alignment.BASELINE);
        toolbar.setWidthFull();
        toolbar.setFlexGrow(1, search);

        grid.setId(ID_GRID);
        grid.setSizeFull();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("municipality.list.empty"));
        grid.addColumn(MunicipalityItem::name).setHeader(getTranslation("municipality.field.name")).setFlexGrow(2);
        grid.addColumn(m -> getTranslation("municipality.side." + m.side().name()))
                .setHeader(getTranslation("municipality.field.side")).setAutoWidth(true);
        grid.addColumn(m -> Registry.country(m.countryCode(), getLocale()))
                .setHeader(getTranslation("registry.field.country")).setAutoWidth(true);
        grid.addColumn(m -> m.location() != null ? m.location() : m.nationalCode() == null ? "" : m.nationalCode())
                .setHeader(getTranslation("municipality.list.where")).setFlexGrow(2);
        grid.setItemsPageable(page -> municipalities.findVisible(search.getValue(), side.getValue(),
                page.getPageNumber(), page.getPageSize(), getLocale()));
        grid.addItemClickListener(e -> open(e.getItem().id()));
        add(toolbar, grid);
    }

    private List<ExportColumn<MunicipalityItem>> exportColumns() {
        var locale = getLocale();
        return List.of(
                new ExportColumn<>(getTranslation(locale, "municipality.field.name"), MunicipalityItem::name),
                new ExportColumn<>(getTranslation(locale, "municipality.field.side"),
                        m -> getTranslation(locale, "municipality.side." + m.side().name())),
                new ExportColumn<>(getTranslation(locale, "registry.field.country"),
                        m -> Registry.country(m.countryCode(), locale)),
                new ExportColumn<>(getTranslation(locale, "municipality.list.where"), MunicipalityItem::location),
                new ExportColumn<>(getTranslation(locale, "municipality.field.name-original"),
                        MunicipalityItem::nameOriginal),
                new ExportColumn<>(getTranslation(locale, "municipality.field.name-uk"), MunicipalityItem::nameUk),
                new ExportColumn<>(getTranslation(locale, "municipality.field.name-en"), MunicipalityItem::nameEn),
                new ExportColumn<>(getTranslation(locale, "export.katotth-code"),
                        MunicipalityItem::hromadaCode),
                new ExportColumn<>(getTranslation(locale, "municipality.field.national-code"),
                        MunicipalityItem::nationalCode));
    }

    private void openCreate(RegistryLookups lookups) {
        CreateDialog.open(this, "municipality", "municipality.new", new MunicipalityForm(lookups, getLocale()),
                MunicipalityForm::writeIfValid, changes -> municipalities.save(changes, getLocale()),
                created -> open(created.id()));
    }

    private void open(long id) {
        getUI().ifPresent(ui -> ui.navigate(MunicipalityDetailsView.class,
                new RouteParameters(MunicipalityDetailsView.PARAM_ID, Long.toString(id))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("municipality.list.title");
    }
}
