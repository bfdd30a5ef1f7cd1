package ua.cooperation.portal.partnership.ui;

import ua.cooperation.portal.partnership.PartnershipLinks;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import ua.cooperation.portal.partnership.PartnershipFilter;
import ua.cooperation.portal.partnership.PartnershipListItem;
import ua.cooperation.portal.partnership.PartnershipService;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * The partnerships of one country, municipality or organisation (either side), on that record's page: the most
 * recently contacted first, each linking to its details, and a link to the whole filtered list when there are more.
 * Scoped by the service like every other read.
 */
class RelatedPartnerships extends VerticalLayout {

    static final int SHOWN = 20;

    RelatedPartnerships(String id, PartnershipService partnerships, PartnershipFilter filter,
                               String wholeListHref) {
        setId(id);
        setPadding(false);
        var rows = partnerships.findVisible(filter,
                PageRequest.of(0, SHOWN, Sort.by(Sort.Direction.DESC, PartnershipService.SORT_LAST_CONTACT)),
                getLocale());
        var grid = new Grid<PartnershipListItem>();
        grid.setId(id + "-grid");
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("partnership.related.empty"));
        grid.addComponentColumn(item -> new Anchor(PartnershipLinks.details(item.id()), item.name()))
                .setHeader(getTranslation("partnership.field.name")).setFlexGrow(3);
        grid.addColumn(item -> getTranslation("partnership-status." + item.status().name()))
                .setHeader(getTranslation("partnership.field.status")).setAutoWidth(true);
        grid.addColumn(item -> item.lastContactOn() == null ? "" : DateTimeFormatter
                        .ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale()).format(item.lastContactOn()))
                .setHeader(getTranslation("partnership.field.last-contact")).setAutoWidth(true);
        grid.setItems(rows);
        add(grid);
        long total = partnerships.countVisible(filter);
        if (total > rows.size()) {
            var all = new Anchor(wholeListHref, getTranslation("partnership.related.all", total));
            all.setId(id + "-all");
            add(all);
        }
    }
}
