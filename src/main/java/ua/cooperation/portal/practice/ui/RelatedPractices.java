package ua.cooperation.portal.practice.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.springframework.data.domain.PageRequest;
import ua.cooperation.portal.base.ui.RelatedRecords;
import ua.cooperation.portal.practice.PracticeFilter;
import ua.cooperation.portal.practice.PracticeLinks;
import ua.cooperation.portal.practice.PracticeListItem;
import ua.cooperation.portal.practice.PracticeService;

import java.util.stream.Collectors;

/** The practices of a country on its page: the latest changed first, and a link to the whole list when there are more. */
// a UI bean, not a service: the access matrices scan @Service classes for entry points
@org.springframework.stereotype.Component
class RelatedPractices implements RelatedRecords<PracticeFilter> {

    static final int SHOWN = 10;

    private final PracticeService practices;

    RelatedPractices(PracticeService practices) {
        this.practices = practices;
    }

    @Override
    public Component create(String id, PracticeFilter filter, String wholeListHref) {
        var section = new VerticalLayout();
        section.setId(id);
        section.setPadding(false);
        var rows = practices.findVisible(filter, PageRequest.of(0, SHOWN),
                com.vaadin.flow.component.UI.getCurrent().getLocale());
        var grid = new Grid<PracticeListItem>();
        grid.setId(id + "-grid");
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(section.getTranslation("practice.related.empty"));
        grid.addComponentColumn(item -> new Anchor(PracticeLinks.details(item.id()), item.title().orEmpty()))
                .setHeader(section.getTranslation("practice.field.title")).setFlexGrow(3);
        grid.addColumn(item -> section.getTranslation("practice-status." + item.status().name()))
                .setHeader(section.getTranslation("practice.field.status")).setAutoWidth(true);
        grid.addColumn(item -> item.areas().stream()
                        .map(a -> section.getTranslation("cooperation-area." + a.name())).sorted()
                        .collect(Collectors.joining(", ")))
                .setHeader(section.getTranslation("practice.field.areas")).setFlexGrow(1);
        grid.setItems(rows);
        section.add(grid);
        long total = practices.countVisible(filter);
        if (total > rows.size()) {
            var all = new Anchor(wholeListHref, section.getTranslation("practice.related.all", total));
            all.setId(id + "-all");
            section.add(all);
        }
        return section;
    }
}
