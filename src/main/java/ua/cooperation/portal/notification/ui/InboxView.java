package ua.cooperation.portal.notification.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import ua.cooperation.portal.base.PortalTime;
import ua.cooperation.portal.base.RecordNotFoundException;
import ua.cooperation.portal.notification.NotificationItem;
import ua.cooperation.portal.notification.NotificationKind;
import ua.cooperation.portal.notification.NotificationLinks;
import ua.cooperation.portal.notification.NotificationService;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The signed-in user's notifications, newest first: unread only or all, by kind; each row says when, who, what
 * happened in the reader's language, and names the record, whose button opens it and marks the notification read.
 * A lazy grid: each page is read as the grid scrolls, continuing after the last row shown (the service skips rows
 * whose record the reader may no longer open, so pages continue by the last id, not by an offset).
 */
@Route(InboxView.ROUTE)
@PermitAll
public class InboxView extends VerticalLayout implements HasDynamicTitle {

    static final String ROUTE = "inbox";
    static final String ID_GRID = "inbox-grid";
    static final String ID_SHOW = "inbox-show";
    static final String ID_KIND = "inbox-kind";
    static final String ID_MARK_ALL = "inbox-mark-all-read";
    static final String ID_PREFERENCES = "inbox-preferences";
    static final String ID_OPEN_PREFIX = "inbox-open-";
    static final String UNREAD = "unread";
    static final String ALL = "all";

    private final NotificationService notifications;
    private final Grid<NotificationItem> grid = new Grid<>();
    private final RadioButtonGroup<String> show = new RadioButtonGroup<>();
    private final ComboBox<NotificationKind> kind = new ComboBox<>();
    /** The rows read so far for the current filter, in order: the next page continues after the last. */
    private final List<NotificationItem> loaded = new ArrayList<>();
    private boolean exhausted;

    InboxView(NotificationService notifications) {
        this.notifications = notifications;
        setSizeFull();
        var heading = new H2(getTranslation("notifications.title"));
        heading.addClassName(LumoUtility.Margin.NONE);

        show.setId(ID_SHOW);
        show.setItems(UNREAD, ALL);
        show.setItemLabelGenerator(v -> getTranslation("notifications.show." + v));
        show.setValue(UNREAD);
        show.addValueChangeListener(e -> reload());

        kind.setId(ID_KIND);
        kind.setPlaceholder(getTranslation("notifications.kind.any"));
        kind.setClearButtonVisible(true);
        kind.setItems(NotificationKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("notification.kind." + k.name()));
        kind.addValueChangeListener(e -> reload());

        var markAll = new Button(getTranslation("notifications.mark-all-read"), e -> {
            notifications.markAllRead();
            reload();
        });
        markAll.setId(ID_MARK_ALL);
        var settings = new Button(getTranslation("notification.preferences.title"),
                e -> UI.getCurrent().navigate(NotificationLinks.PREFERENCES));
        settings.setId(ID_PREFERENCES);
        settings.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        var bar = new HorizontalLayout(heading, show, kind, markAll, settings);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWidthFull();

        grid.setId(ID_GRID);
        grid.setSizeFull();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("notifications.empty"));
        grid.setPartNameGenerator(n -> n.read() ? null : "portal-unread");
        var when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(PortalTime.ZONE);
        // when and who keep the width of their text; what happened and the record's title share the rest (a long
        // title was cut off at the grid's edge)
        grid.addColumn(n -> when.format(n.createdAt())).setKey("when")
                .setHeader(getTranslation("notifications.when")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(n -> n.actorName() == null ? getTranslation("notifications.actor.office") : n.actorName())
                .setKey("who").setHeader(getTranslation("notifications.who")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::what).setKey("what").setHeader(getTranslation("notifications.what"))
                .setFlexGrow(2);
        grid.addComponentColumn(this::record).setKey("record").setHeader(getTranslation("notifications.record"))
                .setFlexGrow(3);
        grid.setItems(query -> fetch(query.getOffset(), query.getLimit()));
        add(bar, grid);
    }

    private Stream<NotificationItem> fetch(int offset, int limit) {
        while (!exhausted && loaded.size() < offset + limit) {
            var before = loaded.isEmpty() ? null : loaded.getLast().id();
            var page = notifications.inbox(UNREAD.equals(show.getValue()), kind.getValue(), before, limit,
                    getLocale());
            loaded.addAll(page);
            exhausted = page.size() < limit;
        }
        return loaded.subList(Math.min(offset, loaded.size()), Math.min(offset + limit, loaded.size())).stream();
    }

    private void reload() {
        loaded.clear();
        exhausted = false;
        grid.getDataProvider().refreshAll();
    }

    private Div what(NotificationItem n) {
        var text = new Span(getTranslation("notification.kind." + n.kind().name()));
        if (!n.read()) {
            text.addClassName(LumoUtility.FontWeight.SEMIBOLD);
        }
        var what = new Div(text);
        if (!n.read()) {
            var unread = new Span(getTranslation("notifications.unread"));
            unread.addClassNames("portal-badge", LumoUtility.Margin.Left.SMALL);
            what.add(unread);
        }
        if (n.remark() != null) {
            var remark = new Div(getTranslation("notifications.remark", n.remark()));
            remark.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
            what.add(remark);
        }
        return what;
    }

    private Button record(NotificationItem n) {
        var open = new Button(n.title(), e -> open(n));
        open.setId(ID_OPEN_PREFIX + n.id());
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        // a button's label stays on one line: a title longer than its cell is read whole in the tooltip
        open.setTooltipText(n.title());
        return open;
    }

    /** Marks the notification read and opens its record (gone meanwhile: the list is read again). */
    private void open(NotificationItem n) {
        try {
            if (!n.read()) {
                notifications.markRead(n.id());
            }
        } catch (RecordNotFoundException e) {
            reload();
            return;
        }
        UI.getCurrent().navigate(n.href());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notifications.title");
    }
}
