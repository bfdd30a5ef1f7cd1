package ua.cooperation.portal.practice.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
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
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import org.springframework.data.domain.Sort;
import ua.cooperation.portal.base.ListCount;
import ua.cooperation.portal.base.export.ExportColumn;
import ua.cooperation.portal.base.export.ExportRows;
import ua.cooperation.portal.base.ui.CountryPickers;
import ua.cooperation.portal.base.ui.CreateDialog;
import ua.cooperation.portal.base.ui.ExportButtons;
import ua.cooperation.portal.base.ui.RouteIds;
import ua.cooperation.portal.base.ui.SearchField;
import ua.cooperation.portal.country.CountryNames;
import ua.cooperation.portal.export.ListExport;
import ua.cooperation.portal.partnership.CooperationArea;
import ua.cooperation.portal.practice.PracticeDirection;
import ua.cooperation.portal.practice.PracticeFilter;
import ua.cooperation.portal.practice.PracticeLinks;
import ua.cooperation.portal.practice.PracticeListItem;
import ua.cooperation.portal.practice.PracticeService;
import ua.cooperation.portal.practice.PracticeStatus;
import ua.cooperation.portal.programme.TargetGroup;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The practices the reader may see, newest change first, loaded page by page. The filters (country, state, area,
 * target group, direction, source visit, text) live in the address: {@code ?country=LT&status=STUDIED} opens the list
 * so filtered, and every change of a filter writes the address again, so a filtered list can be bookmarked and
 * shared. {@code ?from-meeting=} and {@code ?from-visit=} open "new practice" with that source for an editor.
 */
@Route(PracticeLinks.ROUTE)
@PermitAll
public class PracticeListView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID_GRID = "practices-grid";
    static final String ID_SEARCH = "practices-search";
    static final String ID_COUNTRY = "practices-country";
    static final String ID_STATUS = "practices-status";
    static final String ID_AREA = "practices-area";
    static final String ID_TARGET_GROUP = "practices-target-group";
    static final String ID_DIRECTION = "practices-direction";
    static final String ID_VISIT = "practices-visit";
    static final String ID_COUNT = "practices-count";
    static final String ID_NEW = "practices-new";

    private final PracticeService practices;
    private final Grid<PracticeListItem> grid = new Grid<>();
    private final SearchField search;
    private final ComboBox<String> country;
    private final Select<PracticeStatus> status = new Select<>();
    private final Select<CooperationArea> area = new Select<>();
    private final Select<TargetGroup> targetGroup = new Select<>();
    private final Select<PracticeDirection> direction = new Select<>();
    private final ComboBox<PracticeForm.Choice> visit = new ComboBox<>();
    private final Span count = new Span();
    private final PracticeLookups lookups;
    private boolean applyingQuery;

    PracticeListView(PracticeService practices, CountryPickers countries, PracticeLookups lookups,
                     ListExport export) {
        this.practices = practices;
        this.lookups = lookups;
        setSizeFull();
        addClassName("portal-list-view");
        search = new SearchField(ID_SEARCH, "practice.list.search", this::refresh);
        country = countries.create(getLocale());
        country.setId(ID_COUNTRY);
        country.setPlaceholder(getTranslation("practice.list.all-countries"));
        country.setAriaLabel(getTranslation("practice.field.country"));
        country.setClearButtonVisible(true);
        country.addValueChangeListener(e -> refresh());
        choice(status, ID_STATUS, PracticeStatus.values(), "practice.field.status", "practice.list.all-statuses",
                s -> "practice-status." + s.name());
        choice(area, ID_AREA, CooperationArea.values(), "practice.field.areas", "practice.list.all-areas",
                a -> "cooperation-area." + a.name());
        choice(targetGroup, ID_TARGET_GROUP, TargetGroup.values(), "practice.field.target-groups",
                "practice.list.all-groups", g -> "target-group." + g.name());
        choice(direction, ID_DIRECTION, PracticeDirection.values(), "practice.field.direction",
                "practice.list.all-directions", d -> "practice-direction." + d.name());
        visit.setId(ID_VISIT);
        visit.setPlaceholder(getTranslation("practice.list.all-visits"));
        visit.setAriaLabel(getTranslation("practice.field.source-visit"));
        visit.setItemsPageable((pageable, text) -> lookups.visits(text, pageable, getLocale()));
        visit.setItemLabelGenerator(PracticeForm.Choice::name);
        visit.setClearButtonVisible(true);
        visit.addValueChangeListener(e -> refresh());
        count.setId(ID_COUNT);
        count.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);

        var create = new Button(getTranslation("practice.new"), VaadinIcon.PLUS.create(), e -> openCreate(f -> {
        }));
        create.setId(ID_NEW);
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(practices.permissions().mayEdit());

        var filters = new HorizontalLayout(search, country, status, area, targetGroup, direction, visit,
                count, exports(export), create);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWidthFull();
        filters.setFlexGrow(1, search);
        filters.addClassName(LumoUtility.FlexWrap.WRAP);
        configureGrid();
        add(filters, grid);
    }

    private <T> void choice(Select<T> select, String id, T[] values, String labelKey, String allKey,
                            Function<T, String> key) {
        select.setId(id);
        select.setAriaLabel(getTranslation(labelKey));
        select.setItems(values);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation(allKey));
        select.setItemLabelGenerator(v -> v == null ? getTranslation(allKey) : getTranslation(key.apply(v)));
        select.addValueChangeListener(e -> refresh());
    }

    private Component exports(ListExport export) {
        var exports = ExportButtons.inBatches("practices", "practices", export, this::exportColumns, () -> {
            var filter = currentFilter();
            var locale = getLocale();
            return ExportRows.byIds(() -> practices.findVisibleIds(filter, Sort.unsorted()),
                    ids -> practices.findVisibleByIds(ids, locale), PracticeListItem::id);
        }, () -> practices.countVisible(currentFilter()));
        exports.setId("practices-exports");
        return exports;
    }

    private void configureGrid() {
        grid.setId(ID_GRID);
        grid.setSizeFull();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("practice.list.empty"));
        grid.addColumn(item -> item.title().orEmpty()).setKey("title")
                .setHeader(getTranslation("practice.field.title")).setSortProperty(PracticeService.SORT_TITLE)
                .setFlexGrow(3).setTooltipGenerator(item -> item.title().orEmpty());
        grid.addColumn(item -> CountryNames.displayName(item.countryCode(), getLocale())).setKey("country")
                .setHeader(getTranslation("practice.field.country")).setSortProperty(PracticeService.SORT_COUNTRY)
                .setAutoWidth(true);
        grid.addColumn(item -> item.organisationName() == null ? "" : item.organisationName())
                .setKey("organisation").setHeader(getTranslation("practice.field.organisation")).setFlexGrow(2);
        grid.addColumn(item -> getTranslation("practice-status." + item.status().name())).setKey("status")
                .setHeader(getTranslation("practice.field.status")).setSortProperty(PracticeService.SORT_STATUS)
                .setAutoWidth(true);
        grid.addColumn(item -> areas(item, getLocale())).setKey("areas")
                .setHeader(getTranslation("practice.field.areas")).setFlexGrow(1);
        var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        grid.addColumn(item -> item.statusSince() == null ? "" : dates.format(item.statusSince()))
                .setKey("lastChange").setHeader(getTranslation("practice.field.last-change"))
                .setSortProperty(PracticeService.SORT_LAST_CHANGE).setAutoWidth(true);
        grid.setItemsPageable(pageable -> practices.findVisible(currentFilter(), pageable, getLocale()));
        grid.addItemClickListener(e -> open(e.getItem().id()));
    }

    private String areas(PracticeListItem item, java.util.Locale locale) {
        return item.areas().stream().map(a -> getTranslation(locale, "cooperation-area." + a.name())).sorted()
                .collect(Collectors.joining(", "));
    }

    private List<ExportColumn<PracticeListItem>> exportColumns() {
        var locale = getLocale();
        return List.of(
                new ExportColumn<>(getTranslation(locale, "practice.field.title"), item -> item.title().orEmpty()),
                new ExportColumn<>(getTranslation(locale, "practice.field.direction"),
                        item -> getTranslation(locale, "practice-direction." + item.direction().name())),
                new ExportColumn<>(getTranslation(locale, "practice.field.country"),
                        item -> CountryNames.displayName(item.countryCode(), locale)),
                new ExportColumn<>(getTranslation(locale, "practice.field.organisation"),
                        PracticeListItem::organisationName),
                new ExportColumn<>(getTranslation(locale, "practice.field.status"),
                        item -> getTranslation(locale, "practice-status." + item.status().name())),
                new ExportColumn<>(getTranslation(locale, "practice.field.last-change"),
                        PracticeListItem::statusSince),
                new ExportColumn<>(getTranslation(locale, "practice.field.areas"), item -> areas(item, locale)),
                new ExportColumn<>(getTranslation(locale, "practice.field.target-groups"),
                        item -> item.targetGroups().stream()
                                .map(g -> getTranslation(locale, "target-group." + g.name())).sorted()
                                .collect(Collectors.joining(", "))));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var query = event.getLocation().getQueryParameters();
        applyingQuery = true;
        try {
            query.getSingleParameter(PracticeLinks.QUERY_TEXT).ifPresent(search::setValue);
            query.getSingleParameter(PracticeLinks.QUERY_COUNTRY).filter(c -> c.matches("[A-Z]{2}"))
                    .ifPresent(country::setValue);
            query.getSingleParameter(PracticeLinks.QUERY_STATUS).flatMap(v -> valueOf(PracticeStatus.class, v))
                    .ifPresent(status::setValue);
            query.getSingleParameter(PracticeLinks.QUERY_AREA).flatMap(v -> valueOf(CooperationArea.class, v))
                    .ifPresent(area::setValue);
            query.getSingleParameter(PracticeLinks.QUERY_TARGET_GROUP).flatMap(v -> valueOf(TargetGroup.class, v))
                    .ifPresent(targetGroup::setValue);
            query.getSingleParameter(PracticeLinks.QUERY_DIRECTION)
                    .flatMap(v -> valueOf(PracticeDirection.class, v)).ifPresent(direction::setValue);
            // a visit the reader may not see is no filter of hers
            query.getSingleParameter(PracticeLinks.QUERY_VISIT).flatMap(PracticeListView::idOf)
                    .flatMap(id -> lookups.visit(id, getLocale())).ifPresent(visit::setValue);
        } finally {
            applyingQuery = false;
        }
        refresh();
        if (practices.permissions().mayEdit()) {
            query.getSingleParameter(PracticeLinks.QUERY_FROM_MEETING).flatMap(PracticeListView::idOf)
                    .flatMap(id -> lookups.meeting(id, getLocale()))
                    .ifPresent(meeting -> openCreate(form -> form.fromMeeting(meeting)));
            query.getSingleParameter(PracticeLinks.QUERY_FROM_VISIT).flatMap(PracticeListView::idOf)
                    .flatMap(id -> lookups.visitSeed(id, getLocale()))
                    .ifPresent(seed -> openCreate(form -> form.fromVisit(seed)));
        }
    }

    private static Optional<Long> idOf(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static <E extends Enum<E>> Optional<E> valueOf(Class<E> type, String text) {
        try {
            return Optional.of(Enum.valueOf(type, text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    PracticeFilter currentFilter() {
        return new PracticeFilter(search.getValue(), country.getValue(), status.getValue(), area.getValue(),
                targetGroup.getValue(), direction.getValue(), visit.getValue() == null ? null : visit.getValue().id());
    }

    private void refresh() {
        if (applyingQuery) {
            return;
        }
        grid.getDataProvider().refreshAll();
        var counted = practices.countVisibleUpTo(currentFilter(), ListCount.LABEL_LIMIT);
        count.setText(getTranslation(counted.labelKey("practice.list.count"), counted.value()));
        writeAddress();
    }

    /** The filters into the address, without a new history entry. */
    private void writeAddress() {
        var parameters = new LinkedHashMap<String, String>();
        var filter = currentFilter();
        if (filter.text() != null && !filter.text().isBlank()) {
            parameters.put(PracticeLinks.QUERY_TEXT, filter.text().strip());
        }
        Optional.ofNullable(filter.countryCode()).ifPresent(v -> parameters.put(PracticeLinks.QUERY_COUNTRY, v));
        Optional.ofNullable(filter.status()).ifPresent(v -> parameters.put(PracticeLinks.QUERY_STATUS, v.name()));
        Optional.ofNullable(filter.area()).ifPresent(v -> parameters.put(PracticeLinks.QUERY_AREA, v.name()));
        Optional.ofNullable(filter.targetGroup())
                .ifPresent(v -> parameters.put(PracticeLinks.QUERY_TARGET_GROUP, v.name()));
        Optional.ofNullable(filter.direction())
                .ifPresent(v -> parameters.put(PracticeLinks.QUERY_DIRECTION, v.name()));
        Optional.ofNullable(filter.visitId())
                .ifPresent(v -> parameters.put(PracticeLinks.QUERY_VISIT, String.valueOf(v)));
        var address = PracticeLinks.ROUTE + (parameters.isEmpty() ? ""
                : "?" + QueryParameters.simple(parameters).getQueryString());
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, address));
    }

    /** The "new practice" dialog, its form pre-filled by {@code prefill} (a source meeting or visit). */
    private void openCreate(java.util.function.Consumer<PracticeForm> prefill) {
        var form = new PracticeForm(lookups, getLocale());
        prefill.accept(form);
        CreateDialog.open(this, "practice", "practice.new", form,
                PracticeForm::writeIfValid, changes -> practices.create(changes, getLocale()),
                created -> open(created.id())).dialog().setWidth("min(56em, 95vw)");
    }

    private void open(long id) {
        getUI().ifPresent(ui -> ui.navigate(PracticeDetailsView.class, RouteIds.of(PracticeDetailsView.PARAM_ID, id)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("practice.list.title");
    }
}
