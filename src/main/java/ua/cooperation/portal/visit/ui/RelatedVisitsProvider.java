package ua.cooperation.portal.visit.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import ua.cooperation.portal.base.ui.RelatedRecords;
import ua.cooperation.portal.country.CountryNames;
import ua.cooperation.portal.visit.VisitFilter;
import ua.cooperation.portal.visit.VisitLinks;
import ua.cooperation.portal.visit.VisitListItem;
import ua.cooperation.portal.visit.VisitService;

/** The visits of a country or an organisation on that record's page (newest first), scoped by the visit service. */
// a UI bean, not a service: the access matrices scan @Service classes for entry points
@org.springframework.stereotype.Component
class RelatedVisitsProvider implements RelatedRecords<VisitFilter> {

    static final int SHOWN = 20;

    private final VisitService visits;

    RelatedVisitsProvider(VisitService visits) {
        this.visits = visits;
    }

    @Override
    public Component create(String id, VisitFilter filter, String wholeListHref) {
        var layout = new VerticalLayout();
        layout.setId(id);
        layout.setPadding(false);
        var locale = com.vaadin.flow.component.UI.getCurrent() == null ? java.util.Locale.forLanguageTag("uk")
                : com.vaadin.flow.component.UI.getCurrent().getLocale();
        var rows = visits.findVisible(filter, PageRequest.of(0, SHOWN,
                Sort.by(Sort.Direction.DESC, VisitService.SORT_START)), locale);
        var grid = new Grid<VisitListItem>();
        grid.setId(id + "-grid");
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(layout.getTranslation("country.visits.empty"));
        grid.addColumn(item -> VisitTexts.period(item.startsOn(), item.endsOn(), locale))
                .setHeader(layout.getTranslation("visit.field.dates")).setAutoWidth(true);
        grid.addComponentColumn(item -> new Anchor(VisitLinks.details(item.id()), item.shownTitle().orEmpty()))
                .setHeader(layout.getTranslation("visit.field.title")).setFlexGrow(3);
        grid.addColumn(item -> layout.getTranslation("visit-direction." + item.direction().name()))
                .setHeader(layout.getTranslation("visit.field.direction")).setAutoWidth(true);
        grid.addColumn(item -> CountryNames.displayName(item.hostCountryCode(), locale)
                        + (item.city() == null ? "" : ", " + item.city()))
                .setHeader(layout.getTranslation("visit.field.city")).setAutoWidth(true);
        grid.setItems(rows);
        layout.add(grid);
        long total = visits.countVisible(filter);
        if (total > rows.size() && wholeListHref != null) {
            var all = new Anchor(wholeListHref, layout.getTranslation("country.visits.all"));
            all.setId(id + "-all");
            layout.add(all);
        }
        return layout;
    }
}
