package ua.cooperation.portal.meeting.ui;

import ua.cooperation.portal.meeting.MeetingLinks;

import ua.cooperation.portal.base.PortalTime;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import ua.cooperation.portal.meeting.MeetingFilter;
import ua.cooperation.portal.meeting.MeetingListItem;
import ua.cooperation.portal.meeting.MeetingService;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * The meetings of one partnership, country or organisation, on that record's page: the newest first, each linking to
 * its details, and a link to the whole filtered list when there are more. Scoped by the service like every other read.
 */
class RelatedMeetings extends VerticalLayout {

    static final int SHOWN = 20;

    RelatedMeetings(String id, MeetingService meetings, MeetingFilter filter, String wholeListHref) {
        setId(id);
        setPadding(false);
        var rows = meetings.findVisible(filter,
                PageRequest.of(0, SHOWN, Sort.by(Sort.Direction.DESC, MeetingService.SORT_START)), getLocale());
        var grid = new Grid<MeetingListItem>();
        grid.setId(id + "-grid");
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("meeting.related.empty"));
        grid.addColumn(item -> DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(getLocale()).format(item.startsAt().atZone(PortalTime.ZONE)))
                .setHeader(getTranslation("meeting.field.start")).setAutoWidth(true);
        grid.addComponentColumn(item -> new Anchor(MeetingLinks.details(item.id()), item.shownTitle().orEmpty()))
                .setHeader(getTranslation("meeting.field.title")).setFlexGrow(3);
        grid.addColumn(item -> getTranslation("meeting-type." + item.type().name()))
                .setHeader(getTranslation("meeting.field.type")).setAutoWidth(true);
        grid.setItems(rows);
        add(grid);
        long total = meetings.countVisible(filter);
        if (total > rows.size() && wholeListHref != null) {
            var all = new Anchor(wholeListHref, getTranslation("meeting.related.all", total));
            all.setId(id + "-all");
            add(all);
        }
    }
}
