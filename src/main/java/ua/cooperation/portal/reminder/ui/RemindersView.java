package ua.cooperation.portal.reminder.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import ua.cooperation.portal.base.ui.ExportButtons;
import ua.cooperation.portal.base.export.ExportColumn;
import ua.cooperation.portal.export.ListExport;
import ua.cooperation.portal.reminder.Reminder;
import ua.cooperation.portal.reminder.ReminderKind;
import ua.cooperation.portal.reminder.ReminderService;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.time.format.FormatStyle;

/**
 * Today's reminders of the signed-in user (the in-app notification list): overdue and soon-due action items, ending
 * agreements, partner countries' national days; each links to the record. The same list goes out as the daily e-mail.
 */
@Route("reminders")
@PermitAll
public class RemindersView extends VerticalLayout implements HasDynamicTitle {

    static final String ID_GRID = "reminders-grid";

    RemindersView(ReminderService reminders, ListExport export) {
        setSizeFull();
        var heading = new H2(getTranslation("reminders.title"));
        heading.addClassName(LumoUtility.Margin.NONE);
        var grid = new Grid<Reminder>();
        grid.setId(ID_GRID);
        grid.setSizeFull();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("reminders.empty"));
        grid.setPartNameGenerator(r -> r.kind() == ReminderKind.ACTION_ITEM_OVERDUE ? "portal-overdue" : null);
        grid.addComponentColumn(r -> {
            var kind = new Span(getTranslation("reminder-kind." + r.kind().name()));
            kind.addClassName("portal-badge");
            if (r.kind() == ReminderKind.ACTION_ITEM_OVERDUE) {
                kind.addClassNames("portal-badge-overdue", "portal-overdue");
            }
            return kind;
        }).setKey("kind").setHeader(getTranslation("reminders.kind")).setAutoWidth(true);
        grid.addColumn(r -> DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale())
                .format(r.date())).setKey("date").setHeader(getTranslation("reminders.date")).setAutoWidth(true);
        grid.addComponentColumn(r -> new Anchor(r.href(), r.subject())).setKey("subject")
                .setHeader(getTranslation("reminders.subject")).setFlexGrow(3);
        var locale = getLocale();
        var items = reminders.forCurrentUser(locale);
        grid.setItems(items);
        // the reader's own reminders of today, read again when the download starts: the file follows her rights of
        // that moment, not those of the page (an administrator may have changed them since)
        var exports = new ExportButtons<Reminder>("reminders", "reminders", export, this::exportColumns, () -> {
            var now = reminders.forCurrentUser(locale);
            return pageable -> now.subList((int) Math.min(now.size(), pageable.getOffset()),
                    (int) Math.min(now.size(), pageable.getOffset() + pageable.getPageSize()));
        }, items::size);
        exports.setId("reminders-exports");
        var bar = new HorizontalLayout(heading, exports);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(bar, grid);
    }

    private List<ExportColumn<Reminder>> exportColumns() {
        var locale = getLocale();
        return List.of(
                new ExportColumn<>(getTranslation(locale, "reminders.kind"),
                        r -> getTranslation(locale, "reminder-kind." + r.kind().name())),
                new ExportColumn<>(getTranslation(locale, "reminders.date"), Reminder::date),
                new ExportColumn<>(getTranslation(locale, "reminders.subject"), Reminder::subject));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reminders.title");
    }
}
