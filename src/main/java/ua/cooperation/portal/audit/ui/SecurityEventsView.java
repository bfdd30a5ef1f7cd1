package ua.cooperation.portal.audit.ui;

import ua.cooperation.portal.base.PortalTime;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import ua.cooperation.portal.audit.SecurityAuditLog;
import ua.cooperation.portal.audit.SecurityEvent;
import ua.cooperation.portal.audit.SecurityEventFilter;
import ua.cooperation.portal.audit.SecurityEventType;
import org.springframework.data.domain.Sort;
import ua.cooperation.portal.base.ui.ExportButtons;
import ua.cooperation.portal.base.export.ExportColumn;
import ua.cooperation.portal.base.export.ExportRows;
import ua.cooperation.portal.export.ListExport;
import ua.cooperation.portal.security.Role;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/** The security audit log for administrators: who signed in, failed, was locked out or denied, exported what. */
@Route("admin/audit")
@RolesAllowed(Role.Names.ADMIN)
public class SecurityEventsView extends VerticalLayout implements HasDynamicTitle {

    static final String ID_GRID = "audit-grid";
    static final String ID_USER = "audit-user";
    static final String ID_TYPE = "audit-type";
    static final String ID_FROM = "audit-from";
    static final String ID_TO = "audit-to";
    static final String ID_EXPORT = "audit-export";

    private final Grid<SecurityEvent> grid = new Grid<>();
    private final TextField user = new TextField();
    private final Select<SecurityEventType> type = new Select<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();

    SecurityEventsView(SecurityAuditLog auditLog, ListExport listExport) {
        setSizeFull();
        user.setId(ID_USER);
        user.setLabel(getTranslation("audit.filter.user"));
        user.setClearButtonVisible(true);
        user.setValueChangeMode(ValueChangeMode.LAZY);
        type.setId(ID_TYPE);
        type.setLabel(getTranslation("audit.filter.event"));
        type.setItems(SecurityEventType.values());
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption(getTranslation("audit.filter.all-events"));
        type.setItemLabelGenerator(t -> t == null ? getTranslation("audit.filter.all-events")
                : getTranslation("audit.event." + t.name()));
        from.setId(ID_FROM);
        from.setLabel(getTranslation("audit.filter.from"));
        from.setLocale(getLocale());
        to.setId(ID_TO);
        to.setLabel(getTranslation("audit.filter.to"));
        to.setLocale(getLocale());
        from.addValueChangeListener(e -> to.setMin(e.getValue()));
        to.addValueChangeListener(e -> from.setMax(e.getValue()));
        user.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        type.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        from.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        to.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        // the same CSV and XLSX downloads as every list: page by page, with progress, logged
        var export = ExportButtons.<SecurityEvent>inBatches("audit", "security-events", listExport, this::exportColumns,
                () -> {
                    var filter = currentFilter();
                    return ExportRows.byIds(() -> auditLog.findIds(filter), auditLog::findByIds, SecurityEvent::getId);
                }, () -> auditLog.count(currentFilter()));
        export.setId(ID_EXPORT);

        var filters = new HorizontalLayout(user, type, from, to, export);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        var when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale());
        grid.setId(ID_GRID);
        grid.setSizeFull();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setEmptyStateText(getTranslation("audit.empty"));
        grid.addColumn(e -> when.format(e.getOccurredAt().atZone(PortalTime.ZONE))).setHeader(getTranslation("audit.column.when"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> getTranslation("audit.event." + e.getType().name()))
                .setHeader(getTranslation("audit.column.event")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(SecurityEvent::getUsername).setHeader(getTranslation("audit.column.user")).setAutoWidth(true);
        grid.addColumn(SecurityEvent::getDetail).setHeader(getTranslation("audit.column.detail")).setFlexGrow(1);
        grid.addColumn(SecurityEvent::getClientAddress).setHeader(getTranslation("audit.column.address"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(SecurityEvent::getSessionRef).setHeader(getTranslation("audit.column.session"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.setItemsPageable(page -> auditLog.find(currentFilter(), page.getPageNumber(), page.getPageSize()));

        add(filters, grid);
    }

    /**
     * The columns the log has always been exported with: machine-readable names, times in UTC and event codes, so
     * that the files feed other security tools unchanged; the client's address and session reference come last.
     */
    private List<ExportColumn<SecurityEvent>> exportColumns() {
        return List.of(
                new ExportColumn<>("id", SecurityEvent::getId),
                new ExportColumn<>("occurred_at_utc", e -> e.getOccurredAt().toString()),
                new ExportColumn<>("event", e -> e.getType().name()),
                new ExportColumn<>("username", SecurityEvent::getUsername),
                new ExportColumn<>("detail", SecurityEvent::getDetail),
                new ExportColumn<>("client_address", SecurityEvent::getClientAddress),
                new ExportColumn<>("session", SecurityEvent::getSessionRef));
    }

    private SecurityEventFilter currentFilter() {
        return new SecurityEventFilter(user.getValue(), type.getValue(), from.getValue(), to.getValue());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title");
    }
}
