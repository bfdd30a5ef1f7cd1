package ua.cooperation.portal.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ua.cooperation.portal.dashboard.DashboardService;
import ua.cooperation.portal.meeting.ActionItemOwner;
import ua.cooperation.portal.testsupport.KaribuTest;
import ua.cooperation.portal.visit.VisitChanges;
import ua.cooperation.portal.visit.VisitDirection;
import ua.cooperation.portal.visit.VisitService;

import java.util.List;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The start page per role, driven without a browser: which sections each role gets, and that a figure or a chart's
 * link opens a list that shows exactly as many rows as the figure says.
 */
class HomeViewTest extends KaribuTest {

    private static final Locale UK = Locale.forLanguageTag("uk");

    @Autowired
    DashboardService dashboards;
    @Autowired
    VisitService visits;
    @Autowired
    ua.cooperation.portal.base.PortalTime time;

    @Test
    void officer_gets_their_work_and_the_figures_open_lists_of_the_same_size() {
        signInAs("officer");
        UI.getCurrent().navigate(HomeView.class);
        assertThat(sections()).containsExactly(HomeView.ID_OFFICER, TopicCharts.ID);
        var data = dashboards.officerDashboard(UK);
        assertThat(figure("dashboard-my-open")).isEqualTo(data.openItems());
        assertThat(figure("dashboard-my-overdue")).isEqualTo(data.overdueItems());
        assertThat(figure("dashboard-week-meetings")).isEqualTo(data.meetingsThisWeek());
        _get(Component.class, spec -> spec.withId("dashboard-recent"));

        long open = figure("dashboard-my-open");
        open("dashboard-my-open");
        assertThat(_size(grid("my-action-items-grid"))).isEqualTo(open);

        UI.getCurrent().navigate(HomeView.class);
        long overdue = figure("dashboard-my-overdue");
        open("dashboard-my-overdue");
        assertThat(_size(grid("my-action-items-grid"))).isEqualTo(overdue);

        UI.getCurrent().navigate(HomeView.class);
        long week = figure("dashboard-week-meetings");
        open("dashboard-week-meetings");
        assertThat(_size(grid("meetings-grid"))).isEqualTo(week);

        UI.getCurrent().navigate(HomeView.class);
        long returned = figure("dashboard-returned-programmes");
        open("dashboard-returned-programmes");
        assertThat(_size(grid("programmes-grid"))).isEqualTo(returned);

        // the translations to do, per partner language, open that language's work list (a to-do list of at most 200)
        UI.getCurrent().navigate(HomeView.class);
        long lithuanian = data.translationsToDo().get("lt").value();
        assertThat(_get(Anchor.class, spec -> spec.withId("dashboard-translations-lt")).getText())
                .contains(Long.toString(lithuanian));
        open("dashboard-translations-lt");
        assertThat(_size(grid("translation-work-grid"))).isEqualTo(Math.min(lithuanian, 200));
    }

    @Test
    void head_gets_charts_with_titles_and_tables_whose_links_open_lists_of_the_same_size() {
        signInAs("head");
        UI.getCurrent().navigate(HomeView.class);
        assertThat(sections()).containsExactly(HomeView.ID_HEAD, TopicCharts.ID);

        var svg = _get(Svg.class, spec -> spec.withId("chart-partnerships-status-svg"));
        var markup = svg.getElement().getProperty("innerHTML");
        assertThat(markup).startsWith("<svg").contains("role=\"img\"")
                .contains("aria-labelledby=\"chart-partnerships-status-chart-title\"")
                .containsPattern("<title id=\"chart-partnerships-status-chart-title\"\\s*>Партнерства за статусом</title");
        // the bars are links to the filtered list, in the SVG itself
        assertThat(markup).contains("href=\"partnerships?status=ACTIVE\"");
        assertThat(markup).contains("Діє");

        // the table alternative: hidden until asked for
        assertThat(_find(NativeTable.class, spec -> spec.withId("chart-partnerships-status-table"))).isEmpty();
        _click(_get(Button.class, spec -> spec.withId("chart-partnerships-status-table-toggle")));
        var table = _get(NativeTable.class, spec -> spec.withId("chart-partnerships-status-table"));
        assertThat(table.getCaptionText()).isEqualTo("Партнерства за статусом");

        var data = dashboards.headDashboard(UK);
        var active = data.partnershipsByStatus().stream()
                .filter(c -> c.key().name().equals("ACTIVE")).findFirst().orElseThrow().count();
        open("chart-partnerships-status-link-ACTIVE");
        assertThat(_size(grid("partnerships-grid"))).isEqualTo(active);

        UI.getCurrent().navigate(HomeView.class);
        var lithuania = data.partnershipsByCountry().stream().filter(c -> c.key().equals("LT")).findFirst()
                .orElseThrow().count();
        showTable("chart-partnerships-country");
        open("chart-partnerships-country-link-LT");
        assertThat(_size(grid("partnerships-grid"))).isEqualTo(lithuania);

        UI.getCurrent().navigate(HomeView.class);
        var health = data.programmesBySector().stream().filter(c -> c.key().name().equals("BASIC_HEALTH_CARE"))
                .findFirst().orElseThrow().count();
        showTable("chart-programmes-sector");
        open("chart-programmes-sector-link-BASIC_HEALTH_CARE");
        assertThat(_size(grid("programmes-grid"))).isEqualTo(health);

        UI.getCurrent().navigate(HomeView.class);
        var implementation = data.programmesByStatus().stream()
                .filter(c -> c.key().name().equals("IMPLEMENTATION")).findFirst().orElseThrow().count();
        showTable("chart-programmes-status");
        open("chart-programmes-status-link-IMPLEMENTATION");
        assertThat(_size(grid("programmes-grid"))).isEqualTo(implementation);

        UI.getCurrent().navigate(HomeView.class);
        long awaiting = figure("dashboard-awaiting-partnerships");
        open("dashboard-awaiting-partnerships");
        assertThat(_size(grid("partnerships-grid"))).isEqualTo(awaiting);

        UI.getCurrent().navigate(HomeView.class);
        long visits = figure("dashboard-visits-working_visit");
        open("dashboard-visits-working_visit");
        assertThat(_size(grid("meetings-grid"))).isEqualTo(visits);

        // money: one chart per currency, never a mixed one
        UI.getCurrent().navigate(HomeView.class);
        _get(Component.class, spec -> spec.withId("chart-money-eur"));
        _get(Component.class, spec -> spec.withId("chart-money-uah"));
    }

    @Test
    void each_owner_of_overdue_items_opens_the_action_items_list_with_as_many_rows_as_the_figure_says() {
        signInAs("head");
        var owners = dashboards.headDashboard(UK).overdueByOwner();
        assertThat(owners).isNotEmpty();
        for (var owner : owners) {
            UI.getCurrent().navigate(HomeView.class);
            var id = "dashboard-overdue-owner-" + ActionItemOwner.of(owner.ownerUserId(), owner.ownerPersonId())
                    .parameter().replace(':', '-');
            assertThat(_get(Span.class, spec -> spec.withId(id + "-count")).getText()).contains(
                    Long.toString(owner.overdue()));
            open(id);
            assertThat(_size(grid("action-items-grid"))).as(owner.ownerName()).isEqualTo(owner.overdue());
            assertThat(_get(Span.class, spec -> spec.withId("action-items-count")).getText())
                    .isEqualTo("Доручень: " + owner.overdue());
        }
    }

    @Test
    void liaison_sees_her_countries_and_the_chart_links_open_her_scoped_lists() {
        signInAs("liaison-lt");
        UI.getCurrent().navigate(HomeView.class);
        assertThat(sections()).containsExactly(HomeView.ID_LIAISON, TopicCharts.ID);
        var data = dashboards.liaisonDashboard(UK);
        assertThat(figure("dashboard-liaison-meetings")).isEqualTo(data.upcomingMeetings());
        assertThat(figure("dashboard-liaison-my-open")).isEqualTo(data.openItems());

        var active = data.partnershipsByStatus().stream()
                .filter(c -> c.key().name().equals("ACTIVE")).findFirst().orElseThrow().count();
        assertThat(active).isPositive();
        showTable("chart-liaison-partnerships");
        open("chart-liaison-partnerships-link-ACTIVE");
        assertThat(_size(grid("partnerships-grid"))).isEqualTo(active);

        UI.getCurrent().navigate(HomeView.class);
        long meetings = figure("dashboard-liaison-meetings");
        open("dashboard-liaison-meetings");
        assertThat(_size(grid("meetings-grid"))).isEqualTo(meetings);
    }

    /** Issue 22: the coming visits of delegations, in the scope of the visit service, each opening its page. */
    @Test
    void each_role_sees_the_coming_visits_it_may_see_and_opens_one() {
        signInAs("officer");
        var today = time.today();
        var title = "Візит на дошці " + java.util.UUID.randomUUID().toString().substring(0, 8);
        long id = visits.create(new VisitChanges(null, 0, VisitDirection.INCOMING, title, null, "LT", "Каунас", null,
                today, today.plusDays(1), java.util.Set.of("LT"), java.util.Set.of(), java.util.Set.of(), true, null,
                null), UK).id();
        UI.getCurrent().navigate(HomeView.class);
        var link = _get(Anchor.class, spec -> spec.withId("dashboard-officer-visits-visit-" + id));
        assertThat(link.getHref()).isEqualTo("visits/" + id);
        assertThat(link.getElement().getTextRecursively()).contains(title);
        assertThat(_get(Anchor.class, spec -> spec.withId("dashboard-officer-visits-all")).getHref())
                .isEqualTo("visits?from=" + today + "&to=" + today.plusDays(UpcomingVisits.DAYS));
        open("dashboard-officer-visits-visit-" + id);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("visits/" + id);

        signInAs("head");
        UI.getCurrent().navigate(HomeView.class);
        _get(Anchor.class, spec -> spec.withId("dashboard-head-visits-visit-" + id));
        signInAs("officer-head");
        UI.getCurrent().navigate(HomeView.class);
        // one panel, in the officer's section
        assertThat(_find(Component.class, spec -> spec.withId("dashboard-head-visits"))).isEmpty();
        _get(Anchor.class, spec -> spec.withId("dashboard-officer-visits-visit-" + id));

        signInAs("liaison-lt");
        UI.getCurrent().navigate(HomeView.class);
        _get(Anchor.class, spec -> spec.withId("dashboard-liaison-visits-visit-" + id));
        signInAs("liaison-pl");
        UI.getCurrent().navigate(HomeView.class);
        _get(Component.class, spec -> spec.withId("dashboard-liaison-visits"));
        assertThat(_find(Anchor.class, spec -> spec.withId("dashboard-liaison-visits-visit-" + id))).isEmpty();
    }

    @Test
    void the_coming_visits_panel_says_when_there_are_none() {
        // the IOM mission's guest: the only visit it hosts is years ahead (AccessFixtures), the Lithuanian ones not hers
        signInAs("guest-iom", Locale.ENGLISH);
        UI.getCurrent().navigate(HomeView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("dashboard-liaison-visits-empty")).getText())
                .isEqualTo("No visits of delegations in these days.");
    }

    @Test
    void a_user_with_several_roles_gets_each_roles_section_once() {
        signInAs("officer-head");
        UI.getCurrent().navigate(HomeView.class);
        assertThat(sections()).containsExactly(HomeView.ID_OFFICER, HomeView.ID_HEAD, TopicCharts.ID);
        assertThat(_find(Component.class, spec -> spec.withId("dashboard-my-open"))).hasSize(1);
    }

    @Test
    void an_administrator_gets_the_plain_start_page() {
        signInAs("admin");
        UI.getCurrent().navigate(HomeView.class);
        assertThat(sections()).isEmpty();
        _get(Anchor.class, spec -> spec.withId("home-reminders"));
    }

    @Test
    void a_chart_with_nothing_to_count_says_so_instead_of_drawing_empty_bars() {
        signInAs("head", Locale.ENGLISH);
        var categories = BarChart.categories(List.of("ACTIVE", "DORMANT"), code -> code);
        var chart = new DashboardChart("chart-test", "Partnerships", "Status", categories,
                List.of(new BarChart.Series("Number", List.of(0L, 0L))), Locale.ENGLISH, c -> "partnerships",
                "No partnerships recorded yet.");
        UI.getCurrent().add(chart);
        assertThat(_get(Paragraph.class, spec -> spec.withId("chart-test-empty")).getText())
                .isEqualTo("No partnerships recorded yet.");
        assertThat(_find(Svg.class, spec -> spec.withId("chart-test-svg"))).isEmpty();
    }

    @Test
    void the_dashboard_speaks_english_and_lithuanian_too() {
        signInAs("head", Locale.ENGLISH);
        UI.getCurrent().navigate(HomeView.class);
        assertThat(_get(Svg.class, spec -> spec.withId("chart-partnerships-status-svg")).getElement()
                .getProperty("innerHTML")).contains("Partnerships by status");
        signInAs("liaison-lt", Locale.forLanguageTag("lt"));
        UI.getCurrent().navigate(HomeView.class);
        assertThat(_get(Svg.class, spec -> spec.withId("chart-liaison-partnerships-svg")).getElement()
                .getProperty("innerHTML")).contains("Partnerystės pagal būseną");
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private static List<String> sections() {
        return _find(Section.class).stream().map(s -> s.getId().orElse(""))
                .filter(id -> id.startsWith("dashboard-")).toList();
    }

    private static long figure(String id) {
        return Long.parseLong(_get(Span.class, spec -> spec.withId(id + "-count")).getText());
    }

    private static void showTable(String chartId) {
        _click(_get(Button.class, spec -> spec.withId(chartId + "-table-toggle")));
    }

    /** Follows a dashboard link as the browser would: its address, with the query. */
    private static void open(String anchorId) {
        var href = _get(Anchor.class, spec -> spec.withId(anchorId)).getHref();
        var query = href.indexOf('?');
        if (query < 0) {
            UI.getCurrent().navigate(href);
        } else {
            UI.getCurrent().navigate(href.substring(0, query), QueryParameters.fromString(href.substring(query + 1)));
        }
    }

    @SuppressWarnings("unchecked")
    private static Grid<Object> grid(String id) {
        return _get(Grid.class, spec -> spec.withId(id));
    }
}
