package ua.cooperation.portal.search.ui;

import ua.cooperation.portal.meeting.MeetingLinks;
import ua.cooperation.portal.registry.RegistryLinks;
import ua.cooperation.portal.programme.ProgrammeLinks;
import ua.cooperation.portal.visit.VisitLinks;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import ua.cooperation.portal.country.CountryNames;
import ua.cooperation.portal.search.SearchGroup;
import ua.cooperation.portal.search.SearchHit;
import ua.cooperation.portal.search.SearchKind;
import ua.cooperation.portal.search.SearchService;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The results of the global search, grouped by kind, best first ({@code search?q=…}); one kind's longer list with
 * {@code &kind=…}. The query lives in the address, so a search can be shared and Back returns to it. Keyboard: the
 * arrow keys move from the query through the hits and back, Tab as usual, Enter opens the focused hit.
 */
@Route(GlobalSearchBox.ROUTE)
@PermitAll
public class SearchView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String ID = "search-view";
    static final String ID_QUERY = "search-query";
    static final String ID_RESULTS = "search-results";
    static final String ID_EMPTY = "search-empty";
    static final String ID_HINT = "search-hint";
    static final String ID_ALL_KINDS = "search-all-kinds";
    static final String PARAM_KIND = "kind";
    /** Hits per kind on the overview, and on one kind's page. */
    static final int PER_KIND = 5;
    static final int KIND_LIMIT = 100;

    private final SearchService search;
    private final TextField query = new TextField();
    private final Div results = new Div();
    /** The hits in the order the arrow keys walk them. */
    private final List<Anchor> hitLinks = new ArrayList<>();
    private SearchKind kind;

    SearchView(SearchService search) {
        this.search = search;
        setId(ID);
        setMaxWidth("60rem");
        query.setId(ID_QUERY);
        query.setWidthFull();
        query.setAriaLabel(getTranslation("search.box.placeholder"));
        query.setPlaceholder(getTranslation("search.box.placeholder"));
        query.setPrefixComponent(VaadinIcon.SEARCH.create());
        query.setClearButtonVisible(true);
        query.setMaxLength(SearchService.MAX_QUERY_LENGTH);
        query.setValueChangeMode(ValueChangeMode.LAZY);
        query.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                showResults();
                rememberInAddress();
            }
        });
        Shortcuts.addShortcutListener(query, () -> focusHit(0), Key.ARROW_DOWN).listenOn(query);
        results.setId(ID_RESULTS);
        results.setWidthFull();
        add(query, results);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        query.setValue(parameters.getSingleParameter(GlobalSearchBox.PARAM_QUERY).orElse(""));
        kind = parameters.getSingleParameter(PARAM_KIND).flatMap(SearchKind::fromSlug).orElse(null);
        showResults();
    }

    private void showResults() {
        results.removeAll();
        hitLinks.clear();
        var text = query.getValue();
        if (!SearchService.isSearchable(text)) {
            var hint = new Paragraph(getTranslation("search.hint", SearchService.MIN_QUERY_LENGTH));
            hint.setId(ID_HINT);
            hint.addClassName(LumoUtility.TextColor.SECONDARY);
            results.add(hint);
            return;
        }
        List<SearchGroup> groups;
        if (kind == null) {
            groups = search.search(text, PER_KIND, getLocale());
        } else {
            var all = new Anchor(address(text, null), getTranslation("search.all-kinds"));
            all.setId(ID_ALL_KINDS);
            routerLink(all);
            results.add(all);
            var group = search.searchKind(text, kind, KIND_LIMIT, getLocale());
            groups = group.hits().isEmpty() ? List.of() : List.of(group);
        }
        if (groups.isEmpty()) {
            var empty = new Paragraph(getTranslation("search.empty", text.strip()));
            empty.setId(ID_EMPTY);
            results.add(empty);
            return;
        }
        groups.forEach(group -> results.add(group(text, group)));
    }

    private Component group(String text, SearchGroup group) {
        var slug = group.kind().slug();
        var heading = new H3(getTranslation("search.kind." + group.kind().name()));
        heading.setId("search-group-" + slug);
        heading.addClassNames(LumoUtility.FontSize.MEDIUM, LumoUtility.Margin.Top.MEDIUM,
                LumoUtility.Margin.Bottom.XSMALL);
        var list = new UnorderedList();
        list.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        list.addClassNames(LumoUtility.ListStyleType.NONE, LumoUtility.Padding.NONE, LumoUtility.Margin.NONE);
        group.hits().forEach(hit -> list.add(new ListItem(hitLink(hit))));
        var section = new Div(heading, list);
        if (group.more()) {
            if (kind == null) {
                var more = new Anchor(address(text, group.kind()),
                        getTranslation("search.show-all", getTranslation("search.kind." + group.kind().name())));
                more.setId("search-more-" + slug);
                routerLink(more);
                more.addClassName(LumoUtility.FontSize.SMALL);
                section.add(more);
                hitLinks.add(more);
                walkable(more);
            } else {
                var limited = new Paragraph(getTranslation("search.limited", KIND_LIMIT));
                limited.setId("search-limited");
                limited.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
                section.add(limited);
            }
        }
        return section;
    }

    private Anchor hitLink(SearchHit hit) {
        var label = new Span(hit.label() == null ? "—" : hit.label());
        label.addClassName(LumoUtility.FontWeight.MEDIUM);
        var context = new ArrayList<String>();
        if (hit.countryCode() != null && hit.kind() != SearchKind.COUNTRY) {
            context.add(CountryNames.displayName(hit.countryCode(), getLocale()));
        }
        if (hit.detail() != null) {
            context.add(hit.detail());
        }
        var detail = new Span(String.join(" · ", context));
        detail.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        var link = new Anchor(recordAddress(hit), label, detail);
        link.setId("search-hit-" + hit.kind().slug() + "-" + hit.id());
        link.addClassNames("portal-search-hit", LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Padding.Vertical.XSMALL, LumoUtility.Padding.Horizontal.SMALL);
        routerLink(link);
        hitLinks.add(link);
        walkable(link);
        return link;
    }

    /** Arrow down and up move to the next and previous hit; up from the first returns to the query. */
    private void walkable(Anchor link) {
        Shortcuts.addShortcutListener(link, () -> focusHit(hitLinks.indexOf(link) + 1), Key.ARROW_DOWN)
                .listenOn(link);
        Shortcuts.addShortcutListener(link, () -> {
            int index = hitLinks.indexOf(link);
            if (index == 0) {
                query.focus();
            } else {
                focusHit(index - 1);
            }
        }, Key.ARROW_UP).listenOn(link);
    }

    private void focusHit(int index) {
        if (index >= 0 && index < hitLinks.size()) {
            hitLinks.get(index).focus();
        }
    }

    /** The hits in the order the keyboard walks them (for tests). */
    List<Anchor> hitLinks() {
        return List.copyOf(hitLinks);
    }

    /** Where a hit leads: the record's page; a decision or an action item opens its meeting. */
    static String recordAddress(SearchHit hit) {
        var route = switch (hit.kind()) {
            case COUNTRY -> "countries";
            case ORGANISATION -> RegistryLinks.ORGANISATIONS;
            case PERSON -> RegistryLinks.PEOPLE;
            case PARTNERSHIP -> "partnerships";
            case PROGRAMME -> ProgrammeLinks.ROUTE;
            case MEETING, DECISION, ACTION_ITEM -> MeetingLinks.ROUTE;
            // VisitLinks.details(id): the route constant keeps search.ui off the visit package
            case VISIT -> VisitLinks.ROUTE;
        };
        return route + "/" + hit.target();
    }

    private static String address(String text, SearchKind kind) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put(GlobalSearchBox.PARAM_QUERY, text.strip());
        if (kind != null) {
            parameters.put(PARAM_KIND, kind.slug());
        }
        return new Location(GlobalSearchBox.ROUTE, QueryParameters.simple(parameters)).getPathWithQueryParameters();
    }

    /** In-app navigation for a plain link, as RouterLink does. */
    private static void routerLink(Anchor anchor) {
        anchor.getElement().setAttribute("router-link", true);
    }

    /** The address follows the typing without a history entry per letter. */
    private void rememberInAddress() {
        var text = query.getValue() == null ? "" : query.getValue();
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, address(text, kind)));
    }

    @Override
    public String getPageTitle() {
        var text = query.getValue();
        return text == null || text.isBlank() ? getTranslation("search.title")
                : getTranslation("search.title-with-query", text.strip());
    }
}
