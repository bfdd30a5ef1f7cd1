package ua.cooperation.portal.territory.ui;

import ua.cooperation.portal.base.ui.ExportButtons;
import ua.cooperation.portal.base.ui.SearchField;
import ua.cooperation.portal.base.export.ExportColumn;
import ua.cooperation.portal.base.export.ExportRows;
import ua.cooperation.portal.export.ListExport;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ua.cooperation.portal.security.Role;
import ua.cooperation.portal.territory.AdminUnitRow;
import ua.cooperation.portal.territory.CodifierFormatException;
import ua.cooperation.portal.territory.CodifierImport;
import ua.cooperation.portal.territory.ImportReport;
import ua.cooperation.portal.territory.TerritoryService;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/**
 * Administrators upload a new edition of the KATOTTH codifier here and check the units in a searchable list. The
 * import runs in the upload request, outside the session lock; only the result is shown through {@link UI#access}.
 */
@Route("admin/territorial-units")
@RolesAllowed(Role.Names.ADMIN)
public class CodifierImportView extends VerticalLayout implements HasDynamicTitle {

    static final String ID = "territorial-units";
    static final String ID_UPLOAD = "codifier-upload";
    static final String ID_RESULT = "codifier-import-result";
    static final String ID_ERROR = "codifier-import-error";
    static final String ID_SEARCH = "units-search";
    static final String ID_GRID = "units-grid";

    private static final Logger log = LoggerFactory.getLogger(CodifierImportView.class);

    private final transient CodifierImport codifierImport;
    private final transient TerritoryService territory;
    private final Div result = new Div();
    private final SearchField search;
    private final Grid<AdminUnitRow> grid = new Grid<>();

    CodifierImportView(CodifierImport codifierImport, TerritoryService territory, ListExport listExport) {
        this.codifierImport = codifierImport;
        this.territory = territory;
        setId(ID);
        setSizeFull();
        addClassName("portal-list-view");

        var title = new H2(getTranslation("territory.title"));
        var intro = new Paragraph(getTranslation("territory.import.intro"));
        intro.addClassNames(LumoUtility.TextColor.SECONDARY);

        var ui = UI.getCurrent();
        var upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            // runs in the upload request with the administrator's security context; the service checks the role
            var outcome = runImport(bytes);
            ui.access(() -> show(outcome));
        }));
        upload.setId(ID_UPLOAD);
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setDropLabel(new Span(getTranslation("territory.import.drop")));
        result.setId(ID_RESULT);

        search = new SearchField(ID_SEARCH, "territory.units.search", () -> grid.getDataProvider().refreshAll());
        search.setWidthFull();
        // the whole codifier (over 31,000 units) streams out page by page like any list
        var exports = ExportButtons.inBatches("territorial-units", "territorial-units", listExport,
                this::exportColumns, () -> {
                    var text = search.getValue();
                    return ExportRows.byKeys(() -> territory.listUnitCodes(text), territory::unitsByCodes,
                            AdminUnitRow::code);
                }, () -> -1);
        exports.setId("territorial-units-exports");
        var searchBar = new HorizontalLayout(search, exports);
        searchBar.setWidthFull();
        searchBar.setFlexGrow(1, search);
        searchBar.setAlignItems(FlexComponent.Alignment.BASELINE);

        configureGrid();
        add(title, intro, upload, result, searchBar, grid);
    }

    private void configureGrid() {
        grid.setId(ID_GRID);
        grid.setSizeFull();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setEmptyStateText(getTranslation("territory.units.empty"));
        var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        grid.addColumn(AdminUnitRow::name).setKey("name").setHeader(getTranslation("territory.field.name"))
                .setFlexGrow(2);
        grid.addColumn(AdminUnitRow::nameLatin).setKey("nameLatin")
                .setHeader(getTranslation("territory.field.name-latin")).setFlexGrow(2);
        grid.addColumn(row -> getTranslation("unit-category." + row.category().name())).setKey("category")
                .setHeader(getTranslation("territory.field.category")).setAutoWidth(true);
        grid.addColumn(row -> getTranslation("unit-level." + row.level().name())).setKey("level")
                .setHeader(getTranslation("territory.field.level")).setAutoWidth(true);
        grid.addColumn(AdminUnitRow::parentName).setKey("parent").setHeader(getTranslation("territory.field.parent"))
                .setFlexGrow(2);
        grid.addColumn(row -> row.withdrawn()
                        ? getTranslation("territory.units.withdrawn-on", row.withdrawnOn() == null ? ""
                        : dates.format(row.withdrawnOn())) : "")
                .setKey("withdrawn").setHeader(getTranslation("territory.field.withdrawn")).setAutoWidth(true);
        grid.addColumn(AdminUnitRow::code).setKey("code").setHeader(getTranslation("territory.field.code"))
                .setAutoWidth(true);
        // a slice per page; the grid does not need to know how many units there are
        grid.setItems(query -> territory.listUnits(search.getValue(), query.getOffset(), query.getLimit()).stream());
    }

    private List<ExportColumn<AdminUnitRow>> exportColumns() {
        var locale = getLocale();
        return List.of(
                new ExportColumn<>(getTranslation(locale, "territory.field.code"), AdminUnitRow::code),
                new ExportColumn<>(getTranslation(locale, "territory.field.name"), AdminUnitRow::name),
                new ExportColumn<>(getTranslation(locale, "territory.field.name-latin"), AdminUnitRow::nameLatin),
                new ExportColumn<>(getTranslation(locale, "territory.field.category"),
                        row -> getTranslation(locale, "unit-category." + row.category().name())),
                new ExportColumn<>(getTranslation(locale, "territory.field.level"),
                        row -> getTranslation(locale, "unit-level." + row.level().name())),
                new ExportColumn<>(getTranslation(locale, "territory.field.parent"), AdminUnitRow::parentName),
                new ExportColumn<>(getTranslation(locale, "territory.field.withdrawn"), AdminUnitRow::withdrawnOn));
    }

    private sealed interface Outcome permits Imported, Rejected {
    }

    private record Imported(ImportReport report) implements Outcome {
    }

    private record Rejected(int line, CodifierFormatException.Problem problem, Object[] arguments)
            implements Outcome {
    }

    private Outcome runImport(byte[] bytes) {
        try {
            return new Imported(codifierImport.importEdition(bytes));
        } catch (CodifierFormatException e) {
            log.info("Codifier upload rejected: {}", e.getMessage());
            return new Rejected(e.line(), e.problem(), e.arguments());
        }
    }

    private void show(Outcome outcome) {
        result.removeAll();
        switch (outcome) {
            case Imported imported -> {
                var r = imported.report();
                var summary = new Paragraph(getTranslation("territory.import.done", r.rows(), r.added(), r.renamed(),
                        r.changed(), r.withdrawn(), r.reinstated(), r.unchanged()));
                summary.addClassNames(LumoUtility.TextColor.SUCCESS);
                result.add(summary);
                addExamples("territory.import.added-examples", r.addedExamples());
                addExamples("territory.import.renamed-examples", r.renamedExamples());
                addExamples("territory.import.withdrawn-examples", r.withdrawnExamples());
                grid.getDataProvider().refreshAll();
            }
            case Rejected rejected -> {
                var reason = getTranslation("codifier.problem." + rejected.problem().name(), rejected.arguments());
                var error = new Paragraph(getTranslation("territory.import.rejected", rejected.line(), reason));
                error.setId(ID_ERROR);
                error.addClassNames(LumoUtility.TextColor.ERROR);
                result.add(error);
            }
        }
    }

    private void addExamples(String key, List<String> examples) {
        if (!examples.isEmpty()) {
            result.add(new Paragraph(getTranslation(key) + " " + String.join("; ", examples)));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("territory.title");
    }
}
