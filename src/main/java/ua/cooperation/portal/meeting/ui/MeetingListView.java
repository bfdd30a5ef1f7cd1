package ua.cooperation.portal.meeting.ui;

import ua.cooperation.portal.base.ui.TranslatedTexts;
import ua.cooperation.portal.base.ui.CreateDialog;
import ua.cooperation.portal.base.ui.RouteIds;
import ua.cooperation.portal.meeting.MeetingLinks;

import ua.cooperation.portal.base.PortalTime;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import ua.cooperation.portal.base.ListCount;
import org.springframework.data.domain.Sort;
import ua.cooperation.portal.base.ui.CountryPickers;
import ua.cooperation.portal.base.ui.ExportButtons;
import ua.cooperation.portal.base.export.ExportColumn;
import ua.cooperation.portal.base.export.ExportRows;
import ua.cooperation.portal.export.ListExport;
import ua.cooperation.portal.base.ui.SearchField;
import ua.cooperation.portal.country.CountryNames;
import ua.cooperation.portal.country.CountryService;
import ua.cooperation.portal.meeting.MeetingFilter;
import ua.cooperation.portal.meeting.MeetingListItem;
import ua.cooperation.portal.meeting.MeetingService;
import ua.cooperation.portal.meeting.MeetingType;
import ua.cooperation.portal.partnership.CooperationArea;
import ua.cooperation.portal.partnership.PartnershipService;
import ua.cooperation.portal.programme.TargetGroup;
import ua.cooperation.portal.programme.ProgrammeService;
import ua.cooperation.portal.registry.OrganisationService;
import ua.cooperation.portal.security.UserDirectory;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The meetings the user may see, newest first, filterable by period, country, type, organisation and text, loaded
 * page by page. {@code ?country=LT} and {@code ?organisation=3} open it filtered, so that other pages can link to it.
 */
@Route(MeetingLinks.ROUTE)
@PermitAll
public class MeetingListView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String QUERY_COUNTRY = MeetingLinks.QUERY_COUNTRY;
    public static final String QUERY_ORGANISATION = MeetingLinks.QUERY_ORGANISATION;
    public static final String QUERY_PARTNERSHIP = MeetingLinks.QUERY_PARTNERSHIP;
    public static final String QUERY_PROGRAMME = MeetingLinks.QUERY_PROGRAMME;
    public static final String QUERY_PERSON = MeetingLinks.QUERY_PERSON;
    public static final String QUERY_FROM = MeetingLinks.QUERY_FROM;
    public static final String QUERY_TO = MeetingLinks.QUERY_TO;
    public static final String QUERY_TYPE = MeetingLinks.QUERY_TYPE;
    static final String ID_GRID = "meetings-grid";
    static final String ID_SEARCH = "meetings-search";
    static final String ID_FROM = "meetings-from";
    static final String ID_TO = "meetings-to";
    static final String ID_COUNTRY = "meetings-country";
    static final String ID_TYPE = "meetings-type";
    static final String ID_ORGANISATION = "meetings-organisation";
    static final String ID_AREA = "meetings-area";
    static final String ID_TARGET_GROUP = "meetings-target-group";
    static final String ID_COUNT = "meetings-count";
    static final String ID_NEW = "meetings-new";
    static final String ID_CALENDAR = "meetings-calendar-link";
    static final String ID_CREATE_DIALOG = "meeting-create-dialog";
    static final String ID_CREATE = "meeting-create";
    static final String ID_EXPORTS = "meetings-exports";

    private final MeetingService meetings;
    private final OrganisationService organisations;
    private final Grid<MeetingListItem> grid = new Grid<>();
    private final SearchField search;
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final ComboBox<String> country;
    private final Select<MeetingType> type = new Select<>();
    private final ComboBox<Choice> organisation = new ComboBox<>();
    private final ComboBox<CooperationArea> area = new ComboBox<>();
    private final ComboBox<TargetGroup> targetGroup = new ComboBox<>();
    private final Span count = new Span();
    private Long partnershipId;
    private Long programmeId;
    private Long personId;
    private boolean applyingQuery;

    MeetingListView(MeetingService meetings, CountryPickers countryPickers, OrganisationService organisations,
                    MeetingLookups lookups, ListExport export) {
        this.meetings = meetings;
        this.organisations = organisations;
        setSizeFull();
        search = new SearchField(ID_SEARCH, "meeting.list.search", this::refresh);
        country = countryPickers.create(getLocale());
        filterFields(lookups);
        count.setId(ID_COUNT);
        count.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);

        var create = new Button(getTranslation("meeting.new"), VaadinIcon.PLUS.create(),
                e -> openCreate(lookups));
        create.setId(ID_NEW);
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(meetings.permissions().mayEdit());
        var calendar = new RouterLink(getTranslation("meeting.calendar.title"), MeetingCalendarView.class);
        calendar.setId(ID_CALENDAR);
        var filters = new HorizontalLayout(search, from, to, country, type, organisation, area, targetGroup, count, calendar,
                exports(export), create);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWidthFull();
        filters.setFlexGrow(1, search);
        filters.addClassName(LumoUtility.FlexWrap.WRAP);
        configureGrid();
        add(filters, grid);
    }

    private void filterFields(MeetingLookups lookups) {
        from.setId(ID_FROM);
        from.setPlaceholder(getTranslation("meeting.list.from"));
        from.setAriaLabel(getTranslation("meeting.list.from"));
        from.setClearButtonVisible(true);
        from.addValueChangeListener(e -> refresh());
        to.setId(ID_TO);
        to.setPlaceholder(getTranslation("meeting.list.to"));
        to.setAriaLabel(getTranslation("meeting.list.to"));
        to.setClearButtonVisible(true);
        to.addValueChangeListener(e -> refresh());
        country.setId(ID_COUNTRY);
        country.setPlaceholder(getTranslation("registry.list.all-countries"));
        country.setAriaLabel(getTranslation("registry.field.country"));
        country.addValueChangeListener(e -> refresh());
        type.setId(ID_TYPE);
        type.setAriaLabel(getTranslation("meeting.field.type"));
        type.setItems(MeetingType.values());
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption(getTranslation("meeting.list.all-types"));
        type.setItemLabelGenerator(t -> t == null ? getTranslation("meeting.list.all-types")
                : getTranslation("meeting-type." + t.name()));
        type.addValueChangeListener(e -> refresh());
        organisation.setId(ID_ORGANISATION);
        organisation.setPlaceholder(getTranslation("meeting.list.all-organisations"));
        organisation.setAriaLabel(getTranslation("meeting.field.organisations"));
        organisation.setClearButtonVisible(true);
        Pickers.organisations(organisation, lookups, getLocale());
        organisation.addValueChangeListener(e -> refresh());
        TopicFilters.area(area, ID_AREA, this::refresh);
        TopicFilters.targetGroup(targetGroup, ID_TARGET_GROUP, this::refresh);
    }

    private Component exports(ListExport export) {
        var language = getLocale();
        var exports = ExportButtons.inBatches("meetings", "meetings", export, this::exportColumns,
                () -> {
                    var filter = currentFilter();
                    return ExportRows.byIds(() -> meetings.findVisibleIds(filter, Sort.unsorted()),
                            ids -> meetings.findVisibleByIds(ids, language), MeetingListItem::id);
                }, () -> meetings.countVisible(currentFilter()));
        exports.setId(ID_EXPORTS);
        return exports;
    }

    private void configureGrid() {
        grid.setId(ID_GRID);
        grid.setSizeFull();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("meeting.list.empty"));
        grid.addColumn(item -> MeetingTexts.period(item.startsAt(), item.endsAt(), getLocale())).setKey("start")
                .setHeader(getTranslation("meeting.field.start")).setSortProperty(MeetingService.SORT_START)
                .setAutoWidth(true);
        grid.addColumn(TranslatedTexts.renderer(this, MeetingListItem::shownTitle)).setKey("title")
                .setHeader(getTranslation("meeting.field.title")).setSortProperty(MeetingService.SORT_TITLE)
                .setFlexGrow(3).setTooltipGenerator(item -> item.shownTitle().orEmpty());
        grid.addColumn(item -> getTranslation("meeting-type." + item.type().name())).setKey("type")
                .setHeader(getTranslation("meeting.field.type")).setSortProperty(MeetingService.SORT_TYPE)
                .setAutoWidth(true);
        grid.addColumn(item -> item.countryCodes().stream().map(c -> CountryNames.displayName(c, getLocale()))
                        .sorted().collect(Collectors.joining(", "))).setKey("countries")
                .setHeader(getTranslation("meeting.field.countries")).setFlexGrow(1);
        grid.addColumn(item -> item.place() == null ? "" : item.place()).setKey("place")
                .setHeader(getTranslation("meeting.field.place")).setFlexGrow(1);
        grid.setItemsPageable(pageable -> meetings.findVisible(currentFilter(), pageable, getLocale()));
        grid.addItemClickListener(e -> open(e.getItem().id()));
        grid.addCellFocusListener(e -> e.getItem().ifPresent(grid::select));
        grid.getElement().addEventListener("keydown", e -> grid.getSelectedItems().stream().findFirst()
                .ifPresent(item -> open(item.id()))).setFilter("event.key === 'Enter'");
    }

    /** Start and end as date and time in Kyiv, as the list shows them, in cells a spreadsheet can sort. */
    private List<ExportColumn<MeetingListItem>> exportColumns() {
        var locale = getLocale();
        return List.of(
                new ExportColumn<>(getTranslation(locale, "meeting.field.start"),
                        item -> item.startsAt() == null ? null
                                : LocalDateTime.ofInstant(item.startsAt(), PortalTime.ZONE)),
                new ExportColumn<>(getTranslation(locale, "meeting.field.end"),
                        item -> item.endsAt() == null ? null
                                : LocalDateTime.ofInstant(item.endsAt(), PortalTime.ZONE)),
                new ExportColumn<>(getTranslation(locale, "meeting.field.title"),
                        item -> item.shownTitle().orEmpty()),
                new ExportColumn<>(getTranslation(locale, "meeting.field.type"),
                        item -> getTranslation(locale, "meeting-type." + item.type().name())),
                new ExportColumn<>(getTranslation(locale, "meeting.field.countries"),
                        item -> item.countryCodes().stream().map(c -> CountryNames.displayName(c, locale)).sorted()
                                .collect(Collectors.joining(", "))),
                new ExportColumn<>(getTranslation(locale, "meeting.field.place"), MeetingListItem::place));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var query = event.getLocation().getQueryParameters();
        applyingQuery = true;
        try {
            query.getSingleParameter(QUERY_COUNTRY).filter(c -> c.matches("[A-Z]{2}")).ifPresent(country::setValue);
            query.getSingleParameter(QUERY_ORGANISATION).flatMap(MeetingListView::idParameter)
                    .flatMap(id -> organisations.findVisibleById(id, getLocale()))
                    .ifPresent(o -> organisation.setValue(new Choice(o.id(), o.name())));
            // the dashboard links here with a period (ISO dates, Kyiv days, both included) and a type
            query.getSingleParameter(QUERY_FROM).flatMap(MeetingListView::dateOf).ifPresent(from::setValue);
            query.getSingleParameter(QUERY_TO).flatMap(MeetingListView::dateOf).ifPresent(to::setValue);
            query.getSingleParameter(QUERY_TYPE).flatMap(MeetingListView::typeOf).ifPresent(type::setValue);
            partnershipId = query.getSingleParameter(QUERY_PARTNERSHIP).flatMap(MeetingListView::idParameter)
                    .orElse(null);
            programmeId = query.getSingleParameter(QUERY_PROGRAMME).flatMap(MeetingListView::idParameter)
                    .orElse(null);
            TopicFilters.read(query, area, targetGroup);
            personId = query.getSingleParameter(QUERY_PERSON).flatMap(MeetingListView::idParameter).orElse(null);
        } finally {
            applyingQuery = false;
        }
        refresh();
    }

    private static Optional<LocalDate> dateOf(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<MeetingType> typeOf(String text) {
        try {
            return Optional.of(MeetingType.valueOf(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private MeetingFilter currentFilter() {
        return new MeetingFilter(search.getValue(),
                Optional.ofNullable(from.getValue()).map(d -> d.atStartOfDay(PortalTime.ZONE).toInstant())
                        .orElse(null),
                Optional.ofNullable(to.getValue()).map(d -> d.plusDays(1).atStartOfDay(PortalTime.ZONE)
                        .toInstant()).orElse(null),
                country.getValue(), type.getValue(),
                organisation.getValue() == null ? null : organisation.getValue().id(), partnershipId, programmeId,
                personId).withTopics(area.getValue(), targetGroup.getValue());
    }

    private void refresh() {
        if (applyingQuery) {
            return;
        }
        grid.getDataProvider().refreshAll();
        var counted = meetings.countVisibleUpTo(currentFilter(), ListCount.LABEL_LIMIT);
        count.setText(getTranslation(counted.labelKey("meeting.list.count"), counted.value()));
    }

    private void openCreate(MeetingLookups lookups) {
        CreateDialog.open(this, "meeting", "meeting.new",
                new MeetingForm(lookups, getLocale()),
                MeetingForm::writeIfValid, changes -> meetings.create(changes, getLocale()),
                created -> open(created.id())).dialog().setWidth("min(60em, 95vw)");
    }

    /** A record's id given in the address ({@code ?organisation=3}); anything but a number is none. */
    static Optional<Long> idParameter(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private void open(long id) {
        getUI().ifPresent(ui -> ui.navigate(MeetingDetailsView.class,
                RouteIds.of(MeetingDetailsView.PARAM_ID, id)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("meeting.list.title");
    }
}
