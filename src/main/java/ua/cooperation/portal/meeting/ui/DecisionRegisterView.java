package ua.cooperation.portal.meeting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
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
import org.springframework.data.domain.Sort;
import ua.cooperation.portal.base.ListCount;
import ua.cooperation.portal.base.export.ExportColumn;
import ua.cooperation.portal.base.export.ExportRows;
import ua.cooperation.portal.base.ui.CountryPickers;
import ua.cooperation.portal.base.ui.ExportButtons;
import ua.cooperation.portal.base.ui.RouteIds;
import ua.cooperation.portal.base.ui.SearchField;
import ua.cooperation.portal.base.ui.TranslatedTexts;
import ua.cooperation.portal.country.CountryNames;
import ua.cooperation.portal.export.ListExport;
import ua.cooperation.portal.meeting.DecisionRegisterFilter;
import ua.cooperation.portal.meeting.DecisionRegisterItem;
import ua.cooperation.portal.meeting.DecisionRegisterService;
import ua.cooperation.portal.meeting.FollowUpState;
import ua.cooperation.portal.meeting.MeetingLinks;
import ua.cooperation.portal.meeting.MeetingType;
import ua.cooperation.portal.partnership.CooperationArea;
import ua.cooperation.portal.programme.TargetGroup;
import ua.cooperation.portal.visit.VisitItineraryService;
import ua.cooperation.portal.visit.VisitLinks;
import ua.cooperation.portal.visit.VisitListItem;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The decision register (issue 22): every decision of the meetings and visits the reader may see, newest first, with
 * its meeting, countries, topics and follow-up state; filtered by country, topic, period, meeting type, follow-up state
 * and text, each also from the address ({@code ?country=LT&area=VETERANS&followup=OVERDUE&from=2025-01-01}), loaded
 * page by page and exported as the list shows it.
 */
@Route(MeetingLinks.DECISIONS_ROUTE)
@PermitAll
public class DecisionRegisterView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID_GRID = "decisions-grid";
    static final String ID_SEARCH = "decisions-search";
    static final String ID_FROM = "decisions-from";
    static final String ID_TO = "decisions-to";
    static final String ID_COUNTRY = "decisions-country";
    static final String ID_TYPE = "decisions-type";
    static final String ID_AREA = "decisions-area";
    static final String ID_TARGET_GROUP = "decisions-target-group";
    static final String ID_FOLLOW_UP = "decisions-follow-up";
    static final String ID_COUNT = "decisions-count";
    static final String ID_EXPORTS = "decisions-exports";

    private final DecisionRegisterService decisions;
    private final Grid<DecisionRegisterItem> grid = new Grid<>();
    private final SearchField search;
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final ComboBox<String> country;
    private final Select<MeetingType> type = new Select<>();
    private final ComboBox<CooperationArea> area = new ComboBox<>();
    private final ComboBox<TargetGroup> targetGroup = new ComboBox<>();
    private final Select<FollowUpState> followUp = new Select<>();
    private final Span count = new Span();
    private final VisitItineraryService itineraries;
    /** The visits of the meetings of the pages loaded, by meeting: read once per page (issue 22). */
    private final java.util.Map<Long, VisitListItem> visitsOfMeetings = new java.util.HashMap<>();
    private boolean applyingQuery;

    DecisionRegisterView(DecisionRegisterService decisions, CountryPickers countryPickers, ListExport export,
                         VisitItineraryService itineraries) {
        this.decisions = decisions;
        this.itineraries = itineraries;
        setSizeFull();
        search = new SearchField(ID_SEARCH, "decision.register.search", this::refresh);
        country = countryPickers.create(getLocale());
        filterFields();
        count.setId(ID_COUNT);
        count.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        var filters = new HorizontalLayout(search, from, to, country, type, area, targetGroup, followUp, count,
                exports(export));
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWidthFull();
        filters.setFlexGrow(1, search);
        filters.addClassName(LumoUtility.FlexWrap.WRAP);
        configureGrid();
        add(filters, grid);
    }

    private void filterFields() {
        for (var picker : List.of(from, to)) {
            picker.setClearButtonVisible(true);
            picker.setLocale(getLocale());
            picker.addValueChangeListener(e -> refresh());
        }
        from.setId(ID_FROM);
        from.setPlaceholder(getTranslation("meeting.list.from"));
        from.setAriaLabel(getTranslation("meeting.list.from"));
        to.setId(ID_TO);
        to.setPlaceholder(getTranslation("meeting.list.to"));
        to.setAriaLabel(getTranslation("meeting.list.to"));
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
        TopicFilters.area(area, ID_AREA, this::refresh);
        TopicFilters.targetGroup(targetGroup, ID_TARGET_GROUP, this::refresh);
        followUp.setId(ID_FOLLOW_UP);
        followUp.setAriaLabel(getTranslation("decision.field.follow-up"));
        followUp.setItems(FollowUpState.values());
        followUp.setEmptySelectionAllowed(true);
        followUp.setEmptySelectionCaption(getTranslation("decision.register.all-follow-up"));
        followUp.setItemLabelGenerator(s -> s == null ? getTranslation("decision.register.all-follow-up")
                : getTranslation("follow-up." + s.name()));
        followUp.addValueChangeListener(e -> refresh());
    }

    private Component exports(ListExport export) {
        var language = getLocale();
        var exports = ExportButtons.inBatches("decisions", "decisions", export, this::exportColumns,
                () -> {
                    var filter = currentFilter();
                    return ExportRows.byIds(() -> decisions.findVisibleIds(filter, Sort.unsorted()),
                            ids -> decisions.findVisibleByIds(ids, language), DecisionRegisterItem::id);
                }, () -> decisions.countVisible(currentFilter()));
        exports.setId(ID_EXPORTS);
        return exports;
    }

    private void configureGrid() {
        grid.setId(ID_GRID);
        grid.setSizeFull();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("decision.register.empty"));
        grid.addColumn(item -> MeetingTexts.date(item.decidedOn(), getLocale())).setKey("decidedOn")
                .setHeader(getTranslation("decision.field.decided-on"))
                .setSortProperty(DecisionRegisterService.SORT_DATE).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(TranslatedTexts.renderer(this, DecisionRegisterItem::shownText)).setKey("text")
                .setHeader(getTranslation("decision.field.text")).setFlexGrow(4);
        grid.addComponentColumn(this::meetingLink).setKey("meeting")
                .setHeader(getTranslation("decision.register.meeting"))
                .setSortProperty(DecisionRegisterService.SORT_MEETING).setFlexGrow(2);
        grid.addColumn(item -> countries(item, getLocale())).setKey("countries")
                .setHeader(getTranslation("meeting.field.countries")).setFlexGrow(1);
        grid.addColumn(this::topics).setKey("topics").setHeader(getTranslation("decision.field.topics"))
                .setFlexGrow(2);
        grid.addColumn(item -> getTranslation("follow-up." + item.followUp().name())).setKey("followUp")
                .setHeader(getTranslation("decision.field.follow-up")).setAutoWidth(true).setFlexGrow(0)
                .setPartNameGenerator(item -> switch (item.followUp()) {
                    case OVERDUE -> "portal-overdue";
                    case DONE -> "portal-follow-up-done";
                    default -> null;
                });
        grid.setItemsPageable(pageable -> {
            var page = decisions.findVisible(currentFilter(), pageable, getLocale());
            // the source visit of each meeting of the page, in one look-up for the page (no query per row)
            var meetingIds = page.stream().map(DecisionRegisterItem::meetingId).distinct().toList();
            visitsOfMeetings.putAll(itineraries.visitsOfMeetings(meetingIds, getLocale()));
            return page;
        });
    }

    private Component meetingLink(DecisionRegisterItem item) {
        var link = new RouterLink(item.meetingTitle().orEmpty(), MeetingDetailsView.class,
                RouteIds.of(MeetingDetailsView.PARAM_ID, item.meetingId()));
        var type = new Span(getTranslation("meeting-type." + item.meetingType().name()));
        type.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.XSMALL, LumoUtility.Display.BLOCK);
        var cell = new Span(link, type);
        var visit = visitsOfMeetings.get(item.meetingId());
        if (visit != null) {
            // a decision of a visit's report meeting or of a meeting on its programme: the visit is its source
            var source = new com.vaadin.flow.component.html.Anchor(VisitLinks.details(visit.id()),
                    getTranslation("decision.register.visit-source", visit.shownTitle().orEmpty()));
            source.setId("decisions-visit-" + item.id());
            source.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.Display.BLOCK);
            cell.add(source);
        }
        return cell;
    }

    private String topics(DecisionRegisterItem item) {
        var names = Pickers.topics(this, item.areas(), item.targetGroups());
        if (!item.topicsOfMeeting() || names.isEmpty()) {
            return names;
        }
        return names + " (" + getTranslation("decision.topics.as-meeting") + ")";
    }

    private static String countries(DecisionRegisterItem item, Locale locale) {
        return item.countryCodes().stream().map(c -> CountryNames.displayName(c, locale)).sorted()
                .collect(Collectors.joining(", "));
    }

    private List<ExportColumn<DecisionRegisterItem>> exportColumns() {
        var locale = getLocale();
        return List.of(
                new ExportColumn<>(getTranslation(locale, "decision.field.decided-on"),
                        DecisionRegisterItem::decidedOn),
                new ExportColumn<>(getTranslation(locale, "decision.field.text"), item -> item.shownText().orEmpty()),
                new ExportColumn<>(getTranslation(locale, "decision.register.meeting"),
                        item -> item.meetingTitle().orEmpty()),
                new ExportColumn<>(getTranslation(locale, "meeting.field.type"),
                        item -> getTranslation(locale, "meeting-type." + item.meetingType().name())),
                new ExportColumn<>(getTranslation(locale, "meeting.field.countries"), item -> countries(item, locale)),
                new ExportColumn<>(getTranslation(locale, "decision.field.topics"), this::topics),
                new ExportColumn<>(getTranslation(locale, "decision.field.follow-up"),
                        item -> getTranslation(locale, "follow-up." + item.followUp().name())));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var query = event.getLocation().getQueryParameters();
        applyingQuery = true;
        try {
            query.getSingleParameter(MeetingLinks.QUERY_COUNTRY).filter(c -> c.matches("[A-Z]{2}"))
                    .ifPresent(country::setValue);
            query.getSingleParameter(MeetingLinks.QUERY_FROM).flatMap(DecisionRegisterView::dateOf)
                    .ifPresent(from::setValue);
            query.getSingleParameter(MeetingLinks.QUERY_TO).flatMap(DecisionRegisterView::dateOf)
                    .ifPresent(to::setValue);
            query.getSingleParameter(MeetingLinks.QUERY_TYPE)
                    .flatMap(v -> TopicFilters.valueOf(MeetingType.class, v)).ifPresent(type::setValue);
            query.getSingleParameter(MeetingLinks.QUERY_FOLLOW_UP)
                    .flatMap(v -> TopicFilters.valueOf(FollowUpState.class, v)).ifPresent(followUp::setValue);
            query.getSingleParameter(MeetingLinks.QUERY_TEXT).ifPresent(search::setValue);
            TopicFilters.read(query, area, targetGroup);
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

    DecisionRegisterFilter currentFilter() {
        return new DecisionRegisterFilter(search.getValue(), from.getValue(), to.getValue(), country.getValue(),
                type.getValue(), area.getValue(), targetGroup.getValue(), followUp.getValue());
    }

    private void refresh() {
        if (applyingQuery) {
            return;
        }
        visitsOfMeetings.clear();
        grid.getDataProvider().refreshAll();
        var counted = decisions.countVisibleUpTo(currentFilter(), ListCount.LABEL_LIMIT);
        count.setText(getTranslation(counted.labelKey("decision.register.count"), counted.value()));
        rememberInAddress();
    }

    /** The address follows the filters (without a history entry per change), so that the register can be shared. */
    private void rememberInAddress() {
        var filter = currentFilter();
        var parameters = new java.util.LinkedHashMap<String, String>();
        if (filter.countryCode() != null) {
            parameters.put(MeetingLinks.QUERY_COUNTRY, filter.countryCode());
        }
        if (filter.from() != null) {
            parameters.put(MeetingLinks.QUERY_FROM, filter.from().toString());
        }
        if (filter.to() != null) {
            parameters.put(MeetingLinks.QUERY_TO, filter.to().toString());
        }
        if (filter.type() != null) {
            parameters.put(MeetingLinks.QUERY_TYPE, filter.type().name());
        }
        if (filter.followUp() != null) {
            parameters.put(MeetingLinks.QUERY_FOLLOW_UP, filter.followUp().name());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            parameters.put(MeetingLinks.QUERY_TEXT, filter.text().strip());
        }
        TopicFilters.remember(parameters, filter.area(), filter.targetGroup());
        var location = new com.vaadin.flow.router.Location(MeetingLinks.DECISIONS_ROUTE,
                com.vaadin.flow.router.QueryParameters.simple(parameters));
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, location));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("decision.register.title");
    }
}
