package ua.cooperation.portal.meeting.ui;

import ua.cooperation.portal.base.ui.TranslatedTexts;
import ua.cooperation.portal.base.ui.RouteIds;
import ua.cooperation.portal.meeting.MeetingLinks;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import org.springframework.data.domain.Sort;
import ua.cooperation.portal.base.ListCount;
import ua.cooperation.portal.base.ui.Authors;
import ua.cooperation.portal.base.ui.ExportButtons;
import ua.cooperation.portal.base.export.ExportRows;
import ua.cooperation.portal.base.ui.SearchField;
import ua.cooperation.portal.country.CountryNames;
import ua.cooperation.portal.base.export.ExportColumn;
import ua.cooperation.portal.export.ListExport;
import ua.cooperation.portal.meeting.ActionItemFilter;
import ua.cooperation.portal.partnership.CooperationArea;
import ua.cooperation.portal.programme.TargetGroup;
import ua.cooperation.portal.meeting.ActionItemOwner;
import ua.cooperation.portal.meeting.ActionItemService;
import ua.cooperation.portal.meeting.ActionItemStatus;
import ua.cooperation.portal.meeting.ActionItemView;
import ua.cooperation.portal.registry.PersonService;
import ua.cooperation.portal.security.UserDirectory;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The action items of every owner that the reader may see (staff all, a liaison those of their countries' shared
 * meetings; the service decides), loaded page by page, by due date unless a column is sorted. Filters: owner (a portal
 * user or a registry person), status, overdue only, due period and text. The filters live in the address
 * ({@code ?owner=user:12&overdue=true}, {@code owner=person:34}, {@code owner=none}, {@code status=OPEN},
 * {@code from}/{@code to} as ISO dates, {@code q}, {@code meeting}), so that the dashboard links to one owner's
 * overdue items and a filtered list can be shared.
 */
@Route(MeetingLinks.ACTION_ITEMS_ROUTE)
@PermitAll
public class ActionItemListView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ROUTE = MeetingLinks.ACTION_ITEMS_ROUTE;
    public static final String QUERY_OWNER = "owner";
    public static final String QUERY_STATUS = "status";
    public static final String QUERY_OVERDUE = "overdue";
    public static final String QUERY_FROM = "from";
    public static final String QUERY_TO = "to";
    public static final String QUERY_TEXT = "q";
    public static final String QUERY_MEETING = "meeting";
    static final String ID_GRID = "action-items-grid";
    static final String ID_SEARCH = "action-items-search";
    static final String ID_OWNER_USER = "action-items-owner-user";
    static final String ID_OWNER_PERSON = "action-items-owner-person";
    static final String ID_OWNER_NONE = "action-items-owner-none";
    static final String ID_STATUS = "action-items-status";
    static final String ID_OVERDUE = "action-items-overdue";
    static final String ID_FROM = "action-items-from";
    static final String ID_TO = "action-items-to";
    static final String ID_AREA = "action-items-area";
    static final String ID_TARGET_GROUP = "action-items-target-group";
    static final String ID_COUNT = "action-items-count";
    static final String ID_EXPORTS = "action-items-exports";

    /** The address of the list filtered to one owner's overdue items, as the dashboard links to it. */
    public static String overdueOf(ActionItemOwner owner) {
        return ROUTE + "?" + QUERY_OWNER + "=" + owner.parameter() + "&" + QUERY_OVERDUE + "=true";
    }

    private final ActionItemService meetings;
    private final UserDirectory users;
    private final PersonService people;
    private final Grid<ActionItemView> grid = new Grid<>();
    private final SearchField search;
    private final ComboBox<Choice> ownerUser = new ComboBox<>();
    private final ComboBox<Choice> ownerPerson = new ComboBox<>();
    /** Shown while the list is narrowed to items without an owner (only reached from a link); a click clears it. */
    private final Button ownerNone = new Button();
    private final Select<ActionItemStatus> status = new Select<>();
    private final Checkbox overdue = new Checkbox();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final ComboBox<CooperationArea> area = new ComboBox<>();
    private final ComboBox<TargetGroup> targetGroup = new ComboBox<>();
    private final Span count = new Span();
    private Long meetingId;
    private boolean applyingQuery;

    ActionItemListView(ActionItemService meetings, UserDirectory users, PersonService people, MeetingLookups lookups,
                       ListExport export) {
        this.meetings = meetings;
        this.users = users;
        this.people = people;
        setSizeFull();
        var heading = new H2(getTranslation("action-items.title"));
        heading.addClassName(LumoUtility.Margin.NONE);
        search = new SearchField(ID_SEARCH, "action-items.search", this::refresh);
        ownerFilters(lookups);
        otherFilters();
        TopicFilters.area(area, ID_AREA, this::refresh);
        TopicFilters.targetGroup(targetGroup, ID_TARGET_GROUP, this::refresh);
        count.setId(ID_COUNT);
        count.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        var filters = new HorizontalLayout(heading, search, ownerUser, ownerPerson, ownerNone, status, overdue, from,
                to, area, targetGroup, count, exports(export));
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWidthFull();
        filters.setFlexGrow(1, search);
        filters.addClassName(LumoUtility.FlexWrap.WRAP);
        configureGrid();
        add(filters, grid);
    }

    /** One owner at a time: a portal user, a registry person, or none (only reached from a link). */
    private void ownerFilters(MeetingLookups lookups) {
        ownerUser.setId(ID_OWNER_USER);
        ownerUser.setPlaceholder(getTranslation("action-items.owner-user"));
        ownerUser.setAriaLabel(getTranslation("action-items.owner-user"));
        ownerUser.setClearButtonVisible(true);
        Pickers.users(ownerUser, lookups);
        // a liaison filters by the registry people of their countries; the portal's users are staff business
        ownerUser.setVisible(meetings.permissions().showsInternal());
        ownerPerson.setId(ID_OWNER_PERSON);
        ownerPerson.setPlaceholder(getTranslation("action-items.owner-person"));
        ownerPerson.setAriaLabel(getTranslation("action-items.owner-person"));
        ownerPerson.setClearButtonVisible(true);
        Pickers.people(ownerPerson, lookups);
        // one owner at a time: choosing a user clears the person and the other way round
        ownerUser.addValueChangeListener(e -> {
            if (e.getValue() != null && !applyingQuery) {
                ownerPerson.clear();
                ownerNone.setVisible(false);
            }
            refresh();
        });
        ownerPerson.addValueChangeListener(e -> {
            if (e.getValue() != null && !applyingQuery) {
                ownerUser.clear();
                ownerNone.setVisible(false);
            }
            refresh();
        });
        ownerNone.setId(ID_OWNER_NONE);
        ownerNone.setText(getTranslation("action-items.owner-none"));
        ownerNone.setIcon(VaadinIcon.CLOSE_SMALL.create());
        ownerNone.setIconAfterText(true);
        ownerNone.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_CONTRAST);
        ownerNone.setVisible(false);
        ownerNone.addClickListener(e -> {
            ownerNone.setVisible(false);
            refresh();
        });
    }

    private void otherFilters() {
        status.setId(ID_STATUS);
        status.setAriaLabel(getTranslation("action-item.field.status"));
        status.setItems(ActionItemStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("action-items.all-statuses"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("action-items.all-statuses")
                : getTranslation("action-item-status." + s.name()));
        status.addValueChangeListener(e -> refresh());
        overdue.setId(ID_OVERDUE);
        overdue.setLabel(getTranslation("dashboard.my-items.overdue-only"));
        overdue.addValueChangeListener(e -> refresh());
        from.setId(ID_FROM);
        from.setPlaceholder(getTranslation("action-items.due-from"));
        from.setAriaLabel(getTranslation("action-items.due-from"));
        from.setClearButtonVisible(true);
        from.addValueChangeListener(e -> refresh());
        to.setId(ID_TO);
        to.setPlaceholder(getTranslation("action-items.due-to"));
        to.setAriaLabel(getTranslation("action-items.due-to"));
        to.setClearButtonVisible(true);
        to.addValueChangeListener(e -> refresh());
    }

    private Component exports(ListExport export) {
        // up to millions of rows: the ordered ids once, then the rows by chunks of ids (ADR 0024), in the list's
        // default order
        var exports = ExportButtons.inBatches("action-items", "action-items", export, this::exportColumns,
                () -> {
                    var filter = currentFilter();
                    var locale = getLocale();
                    return ExportRows.byIds(() -> meetings.findActionItemIds(filter, Sort.unsorted()),
                            ids -> meetings.findActionItemsByIds(ids, locale), ActionItemView::id);
                }, () -> meetings.countActionItems(currentFilter()));
        exports.setId(ID_EXPORTS);
        return exports;
    }

    private void configureGrid() {
        grid.setId(ID_GRID);
        grid.setSizeFull();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("action-items.empty"));
        grid.setPartNameGenerator(item -> item.overdue() ? "portal-overdue" : null);
        grid.addColumn(TranslatedTexts.renderer(this, ActionItemView::shownTitle)).setKey("title").setHeader(getTranslation("action-item.field.title"))
                .setSortProperty(ActionItemService.SORT_TITLE).setFlexGrow(3)
                .setTooltipGenerator(item -> item.shownTitle().orEmpty());
        grid.addComponentColumn(item -> {
                    var link = new Anchor(MeetingLinks.details(item.meetingId()), item.meetingTitle());
                    link.setId("action-item-meeting-" + item.id());
                    return link;
                }).setKey("meeting").setHeader(getTranslation("action-item.field.meeting")).setFlexGrow(2);
        grid.addColumn(item -> Authors.shown(this, item.ownerName())).setKey("owner")
                .setHeader(getTranslation("action-item.field.owner")).setFlexGrow(1);
        grid.addComponentColumn(item -> MeetingTexts.due(item.dueOn(), item.overdue(), getLocale())).setKey("due")
                .setHeader(getTranslation("action-item.field.due")).setSortProperty(ActionItemService.SORT_DUE)
                .setAutoWidth(true);
        grid.addComponentColumn(item -> MeetingTexts.status(item.status(), item.overdue())).setKey("status")
                .setHeader(getTranslation("action-item.field.status")).setSortProperty(ActionItemService.SORT_STATUS)
                .setAutoWidth(true);
        grid.setItemsPageable(pageable -> meetings.findActionItems(currentFilter(), pageable, getLocale()));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(MeetingDetailsView.class,
                RouteIds.of(MeetingDetailsView.PARAM_ID, e.getItem().meetingId()))));
    }

    private List<ExportColumn<ActionItemView>> exportColumns() {
        var locale = getLocale();
        return List.of(
                new ExportColumn<>(getTranslation(locale, "action-item.field.title"),
                        item -> item.shownTitle().orEmpty()),
                new ExportColumn<>(getTranslation(locale, "action-item.field.meeting"), ActionItemView::meetingTitle),
                new ExportColumn<>(getTranslation(locale, "action-item.field.decision"),
                        ActionItemView::decisionNumber),
                new ExportColumn<>(getTranslation(locale, "action-item.field.owner"),
                        item -> item.ownerName() != null ? item.ownerName() : getTranslation(locale, "office.name")),
                new ExportColumn<>(getTranslation(locale, "action-item.field.due"), ActionItemView::dueOn),
                new ExportColumn<>(getTranslation(locale, "action-item.field.status"),
                        item -> getTranslation(locale, "action-item-status." + item.status().name())
                                + (item.overdue() ? " (" + getTranslation(locale, "action-item.overdue") + ")" : "")),
                new ExportColumn<>(getTranslation(locale, "action-item.field.country"),
                        item -> item.countryCode() == null ? null
                                : CountryNames.displayName(item.countryCode(), locale)),
                new ExportColumn<>(getTranslation(locale, "action-item.field.completion-note"),
                        item -> item.shownCompletionNote().orEmpty()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var query = event.getLocation().getQueryParameters();
        applyingQuery = true;
        try {
            ownerUser.clear();
            ownerPerson.clear();
            ownerNone.setVisible(false);
            query.getSingleParameter(QUERY_OWNER).flatMap(ActionItemOwner::parse).ifPresent(this::showOwner);
            query.getSingleParameter(QUERY_STATUS).flatMap(ActionItemListView::statusOf).ifPresent(status::setValue);
            overdue.setValue(query.getSingleParameter(QUERY_OVERDUE).filter("true"::equals).isPresent());
            query.getSingleParameter(QUERY_FROM).flatMap(ActionItemListView::dateOf).ifPresent(from::setValue);
            query.getSingleParameter(QUERY_TO).flatMap(ActionItemListView::dateOf).ifPresent(to::setValue);
            query.getSingleParameter(QUERY_TEXT).ifPresent(search::setValue);
            TopicFilters.read(query, area, targetGroup);
            meetingId = query.getSingleParameter(QUERY_MEETING).flatMap(MeetingListView::idParameter).orElse(null);
        } finally {
            applyingQuery = false;
        }
        refresh();
    }

    /** Puts an owner from the address into the pickers, named as far as the reader may see it (else by number). */
    private void showOwner(ActionItemOwner owner) {
        switch (owner.kind()) {
            case USER -> ownerUser.setValue(new Choice(owner.id(),
                    users.displayNames(Set.of(owner.id())).getOrDefault(owner.id(), "#" + owner.id())));
            case PERSON -> ownerPerson.setValue(new Choice(owner.id(), people.findVisibleById(owner.id())
                    .map(p -> p.fullName()).orElse("#" + owner.id())));
            case NONE -> ownerNone.setVisible(true);
        }
    }

    private static Optional<LocalDate> dateOf(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<ActionItemStatus> statusOf(String text) {
        try {
            return Optional.of(ActionItemStatus.valueOf(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    ActionItemFilter currentFilter() {
        ActionItemOwner owner = null;
        if (ownerUser.getValue() != null) {
            owner = ActionItemOwner.user(ownerUser.getValue().id());
        } else if (ownerPerson.getValue() != null) {
            owner = ActionItemOwner.person(ownerPerson.getValue().id());
        } else if (ownerNone.isVisible()) {
            owner = ActionItemOwner.none();
        }
        return new ActionItemFilter(search.getValue(), owner,
                status.getValue() == null ? Set.of() : Set.of(status.getValue()), overdue.getValue(),
                from.getValue(), to.getValue(), meetingId).withTopics(area.getValue(), targetGroup.getValue());
    }

    private void refresh() {
        if (applyingQuery) {
            return;
        }
        grid.getDataProvider().refreshAll();
        var counted = meetings.countActionItemsUpTo(currentFilter(), ListCount.LABEL_LIMIT);
        count.setText(getTranslation(counted.labelKey("action-items.count"), counted.value()));
        rememberInAddress();
    }

    /** The address follows the filters (without a history entry per change), so that the list can be shared. */
    private void rememberInAddress() {
        var filter = currentFilter();
        var parameters = new LinkedHashMap<String, String>();
        if (filter.owner() != null) {
            parameters.put(QUERY_OWNER, filter.owner().parameter());
        }
        if (status.getValue() != null) {
            parameters.put(QUERY_STATUS, status.getValue().name());
        }
        if (filter.overdueOnly()) {
            parameters.put(QUERY_OVERDUE, "true");
        }
        if (filter.dueFrom() != null) {
            parameters.put(QUERY_FROM, filter.dueFrom().toString());
        }
        if (filter.dueTo() != null) {
            parameters.put(QUERY_TO, filter.dueTo().toString());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            parameters.put(QUERY_TEXT, filter.text().strip());
        }
        if (meetingId != null) {
            parameters.put(QUERY_MEETING, meetingId.toString());
        }
        TopicFilters.remember(parameters, area.getValue(), targetGroup.getValue());
        var location = new Location(ROUTE, QueryParameters.simple(parameters));
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, location));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("action-items.title");
    }
}
