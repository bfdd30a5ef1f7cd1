package ua.cooperation.portal.security.access;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import ua.cooperation.portal.search.SearchHit;
import ua.cooperation.portal.search.SearchKind;
import ua.cooperation.portal.search.SearchService;
import ua.cooperation.portal.testsupport.KaribuTest;
import ua.cooperation.portal.testsupport.SignedIn;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The access matrix of the global search (service and page), from the same fixtures and callers as the id matrix:
 * every record a caller may not open is searched for by its own name, as staff see it. Staff find it (so the probe
 * is real); the caller finds nothing of it, neither through {@link SearchService} nor on the search page, while
 * the record she may see is found (a sign-in waiting for its second factor finds not even that). A new kind of
 * search hit fails here until it is mapped.
 */
class SearchAccessMatrixTest extends KaribuTest {

    private static final Locale UK = Locale.forLanguageTag("uk");

    /** The fixture kind whose probes each kind of hit is checked with. */
    private static final Map<SearchKind, String> FIXTURE_KINDS = Map.of(
            SearchKind.COUNTRY, "COUNTRY",
            SearchKind.ORGANISATION, "ORGANISATION",
            SearchKind.PERSON, "PERSON",
            SearchKind.PARTNERSHIP, "PARTNERSHIP",
            SearchKind.PROGRAMME, "PROGRAMME",
            SearchKind.MEETING, "MEETING",
            SearchKind.VISIT, "VISIT");
    /** Kinds of hit without fixtures of their own, with the reason. */
    private static final Map<SearchKind, String> SCOPED_BY_THEIR_MEETING = Map.of(
            SearchKind.DECISION, "decisions carry their meeting's countries and shared flag"
                    + " (SearchServiceTest.a_meeting_that_stops_being_shared_…)",
            SearchKind.ACTION_ITEM, "action items carry their meeting's countries and shared flag"
                    + " (SearchServiceTest.a_liaison_finds_only_shared_records_of_their_countries)");

    @Autowired
    SearchService search;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_liaison_finds_no_out_of_scope_record_by_its_name_in_the_service_or_on_the_page() {
        var problems = new ArrayList<String>();
        for (var caller : Caller.all(applicationContext)) {
            var fixtures = AccessFixtures.of(applicationContext, caller);
            for (var kind : SearchKind.values()) {
                if (SCOPED_BY_THEIR_MEETING.containsKey(kind)) {
                    continue;
                }
                var fixtureKind = FIXTURE_KINDS.get(kind);
                if (fixtureKind == null) {
                    problems.add(kind + ": which records probe it? Map it in SearchAccessMatrixTest");
                    continue;
                }
                problems.addAll(searchedAs(caller, kind, fixtures.get(fixtureKind)));
            }
        }
        assertThat(problems).isEmpty();
    }

    /**
     * Every record of one kind that the caller may not see (for a pending sign-in: the liaison's own too), searched
     * for by its name: staff find it, the caller does not, neither in the service nor on the page; the record she may
     * see she finds.
     */
    private List<String> searchedAs(Caller caller, SearchKind kind, AccessFixtures.Kind records) {
        var problems = new ArrayList<String>();
        var probes = new ArrayList<>(records.outOfScope());
        if (!caller.seesVisibleRecords()) {
            probes.add(new AccessFixtures.Probe(records.visible(), "the liaison's own record"));
        }
        var names = new LinkedHashMap<AccessFixtures.Probe, String>();
        try (var ignored = SignedIn.as("officer")) {
            for (var probe : probes) {
                var id = hitId(kind, probe.id());
                names.put(probe, label(kind, id));
                if (!found(names.get(probe), kind, id)) {
                    problems.add(kind + " " + probe.what() + ": staff do not find it by \"" + names.get(probe) + "\"");
                }
            }
        }
        signInWith(caller.authentication(), Locale.forLanguageTag("lt"));
        names.forEach((probe, name) -> {
            var id = hitId(kind, probe.id());
            if (found(name, kind, id)) {
                problems.add(kind + " " + probe.what() + " is found by " + caller + " (\"" + name + "\")");
            }
            UI.getCurrent().navigate("search", QueryParameters.of("q", name));
            var linkId = "search-hit-" + kind.slug() + "-" + id;
            if (!_find(Anchor.class, spec -> spec.withId(linkId)).isEmpty()) {
                problems.add(kind + " " + probe.what() + " is shown to " + caller + " on the search page");
            }
        });
        // the search index is kept per country: a guest bound to an organisation (no countries) finds nothing yet
        if (caller.seesVisibleRecords() && records.visible() != null && !AccessFixtures.IOM.equals(caller.country())) {
            var visibleId = hitId(kind, records.visible());
            var visibleName = label(kind, visibleId);
            if (!found(visibleName, kind, visibleId)) {
                problems.add(kind + ": " + caller + " does not find the record she may see (\"" + visibleName + "\")");
            }
        }
        return problems;
    }

    private boolean found(String query, SearchKind kind, long id) {
        return search.searchKind(query, kind, 50, UK).hits().stream().map(SearchHit::id).anyMatch(h -> h == id);
    }

    private static long hitId(SearchKind kind, Object fixtureId) {
        if (kind == SearchKind.COUNTRY) {
            var code = (String) fixtureId;
            return (code.charAt(0) - 'A') * 26L + (code.charAt(1) - 'A');
        }
        return (Long) fixtureId;
    }

    /** The record's name as the index shows it to staff in Ukrainian. */
    private String label(SearchKind kind, long id) {
        return jdbc.queryForObject("SELECT label_uk FROM search_record WHERE kind = ? AND record_id = ?", String.class,
                kind.code(), id);
    }
}
