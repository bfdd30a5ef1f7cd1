package ua.cooperation.portal.security.access;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ua.cooperation.portal.testsupport.KaribuTest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The access matrix of the views, generated from the application's routes: every route with a parameter is opened by
 * every {@link Caller} (the Lithuanian and the Polish liaison, an officer previewing as the liaison of Lithuania, a
 * sign-in waiting for its second factor) with records of other countries, internal records of her own country and a
 * missing id; each shows exactly the page a missing record shows ("not found"), and the pending sign-in shows it even
 * for the liaison's own records. A new route with a parameter fails here until its kind of record is mapped, so that
 * no view escapes the matrix.
 */
class RouteAccessMatrixTest extends KaribuTest {

    /**
     * The translation page of a record, translations/<kind>/<id>, is probed for every kind of record the fixtures
     * hold by id: its address segment and the fixtures' kind (countries are kept by their code, documents have no
     * fixtures: their services' tests probe them).
     */
    private static final Map<String, String> TRANSLATED_KINDS = Map.of(
            "meeting", "MEETING",
            "partnership", "PARTNERSHIP",
            "programme", "PROGRAMME",
            "organisation", "ORGANISATION",
            "practice", "PRACTICE",
            "visit", "VISIT");
    /** The kind of record behind each parameterised route (the part before the parameter). */
    static final Map<String, String> ROUTE_KINDS = routeKinds();
    /** Parameterised routes that show no record, with the reason. */
    private static final Map<String, String> NOT_RECORDS = Map.of(
            "set-password", "a one-time link; an unknown token shows its own 'link not valid' page",
            "test-documents", "a test-only host of the documents panel (test sources)");

    private static Map<String, String> routeKinds() {
        var kinds = new java.util.HashMap<>(Map.of(
                "countries", "COUNTRY",
                "organisations", "ORGANISATION",
                "people", "PERSON",
                "municipalities", "MUNICIPALITY",
                "partnerships", "PARTNERSHIP",
                "programmes", "PROGRAMME",
                "meetings", "MEETING",
                "proposals", "PROPOSAL",
                "practices", "PRACTICE",
                "visits", "VISIT"));
        TRANSLATED_KINDS.forEach((slug, kind) -> kinds.put("translations/" + slug, kind));
        return Map.copyOf(kinds);
    }

    /** A route's templates to probe: the translation page once per translated kind, any other route as it is. */
    static List<String> probed(String template) {
        if (!template.startsWith("translations/:kind/")) {
            return List.of(template);
        }
        return TRANSLATED_KINDS.keySet().stream().sorted()
                .map(slug -> template.replace("translations/:kind/", "translations/" + slug + "/")).toList();
    }

    @Test
    void every_route_with_a_parameter_shows_out_of_scope_records_as_not_found() {
        var problems = new ArrayList<String>();
        var checked = new ArrayList<String>();
        for (var caller : Caller.all(applicationContext)) {
            var fixtures = AccessFixtures.of(applicationContext, caller);
            signInWith(caller.authentication(), Locale.forLanguageTag("lt"));
            for (var template : RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                    .flatMap(route -> probed(route.getTemplate()).stream()).toList()) {
                var colon = template.indexOf("/:");
                if (colon < 0) {
                    continue;
                }
                var prefix = template.substring(0, colon);
                if (NOT_RECORDS.containsKey(prefix)) {
                    continue;
                }
                var kind = ROUTE_KINDS.get(prefix);
                if (kind == null || fixtures.get(kind) == null) {
                    problems.add(template + ": which records does it show? Map it in RouteAccessMatrixTest");
                    continue;
                }
                problems.addAll(showsLikeMissing(caller, template, prefix, fixtures.get(kind)));
                checked.add(prefix);
            }
        }
        assertThat(problems).isEmpty();
        assertThat(checked).contains("countries", "organisations", "people", "municipalities", "partnerships",
                "translations/meeting", "translations/partnership", "translations/programme",
                "translations/organisation");
    }

    private static List<String> showsLikeMissing(Caller caller, String template, String prefix,
                                                 AccessFixtures.Kind records) {
        var problems = new ArrayList<String>();
        var label = template + " as " + caller;
        var missing = open(prefix, records.missing());
        if (caller.seesVisibleRecords() && !missing.contains("not-found")) {
            problems.add(label + " for a missing record shows " + missing);
        }
        var probes = new ArrayList<>(records.outOfScope());
        if (!caller.seesVisibleRecords()) {
            probes.add(new AccessFixtures.Probe(records.visible(), "the liaison's own record"));
        }
        for (var probe : probes) {
            var page = open(prefix, probe.id());
            if (!page.equals(missing)) {
                problems.add(label + " for " + probe.what() + " shows " + page + " instead of " + missing);
            }
        }
        // and the record the caller may see opens, so the comparison above is not between two error pages
        if (caller.seesVisibleRecords() && records.visible() != null
                && open(prefix, records.visible()).equals(missing)) {
            problems.add(label + " does not open a record she may see (" + records.visible() + ")");
        }
        return problems;
    }

    /**
     * The action items list ({@code action-items}, no route parameter) takes ids in its address: a meeting or a
     * registry person out of the liaison's scope shows the empty list a missing one shows; her own meeting's do not.
     */
    @Test
    void the_action_items_list_shows_out_of_scope_meetings_and_people_like_missing_ones() {
        var fixtures = AccessFixtures.kinds(applicationContext);
        signInAs("liaison-lt", Locale.forLanguageTag("lt"));
        var meeting = fixtures.get("MEETING");
        var missing = actionItems("meeting=" + meeting.missing());
        assertThat(missing).isEqualTo(0);
        for (var probe : meeting.outOfScope()) {
            assertThat(actionItems("meeting=" + probe.id())).as(probe.what()).isEqualTo(missing);
        }
        assertThat(actionItems("meeting=" + meeting.visible())).isPositive();
        var person = fixtures.get("PERSON");
        for (var probe : person.outOfScope()) {
            assertThat(actionItems("owner=person:" + probe.id())).as(probe.what()).isEqualTo(missing);
        }
    }

    /** Opens the action items list with the query and answers how many rows its grid holds. */
    @SuppressWarnings("unchecked")
    private static int actionItems(String query) {
        UI.getCurrent().navigate("action-items", QueryParameters.fromString(query));
        var grid = (Grid<Object>) LocatorJ._get(Grid.class, spec -> spec.withId("action-items-grid"));
        return GridKt._size(grid);
    }

    private static String open(String prefix, Object id) {
        UI.getCurrent().navigate(prefix + "/" + id);
        return describeCurrentPage();
    }
}
