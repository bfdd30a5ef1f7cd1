package ua.cooperation.portal.security.access;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import ua.cooperation.portal.document.DocumentService;
import ua.cooperation.portal.search.SearchHit;
import ua.cooperation.portal.search.SearchKind;
import ua.cooperation.portal.search.SearchService;
import ua.cooperation.portal.testsupport.KaribuTest;
import ua.cooperation.portal.testsupport.SignedIn;

import java.util.ArrayList;
import java.util.Locale;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The access matrix of the global search (service and page), from the same fixtures as the id matrix: every record
 * the Lithuanian liaison may not open is searched for by its own name, as staff see it. Staff find it (so the probe
 * is real); the liaison finds nothing of it, neither through {@link SearchService} nor on the search page, while
 * the record she may see is found. A new kind of search hit fails here until it is mapped.
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
            SearchKind.MEETING, "MEETING");
    /** Kinds of hit without fixtures of their own, with the reason. */
    private static final Map<SearchKind, String> SCOPED_BY_THEIR_MEETING = Map.of(
            SearchKind.DECISION, "decisions carry their meeting's countries and shared flag"
                    + " (SearchServiceTest.a_meeting_that_stops_being_shared_…)",
            SearchKind.ACTION_ITEM, "action items carry their meeting's countries and shared flag"
                    + " (SearchServiceTest.a_liaison_finds_only_shared_records_of_their_countries)");

    @Autowired
    SearchService search;
    @Autowired
    DocumentService documents;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_liaison_finds_no_out_of_scope_record_by_its_name_in_the_service_or_on_the_page() {
        var fixtures = AccessFixtures.kinds(documents);
        var problems = new ArrayList<String>();
        for (var kind : SearchKind.values()) {
            if (SCOPED_BY_THEIR_MEETING.containsKey(kind)) {
                continue;
            }
            var fixtureKind = FIXTURE_KINDS.get(kind);
            if (fixtureKind == null) {
                problems.add(kind + ": which records probe it? Map it in SearchAccessMatrixTest");
                continue;
            }
            var records = fixtures.get(fixtureKind);
            for (var probe : records.outOfScope()) {
                var id = hitId(kind, probe.id());
                var name = label(kind, id);
                try (var ignored = SignedIn.as("officer")) {
                    if (!found(name, kind, id)) {
                        problems.add(kind + " " + probe.what() + ": staff do not find it by \"" + name + "\"");
                    }
                }
                try (var ignored = SignedIn.as("liaison-lt")) {
                    if (found(name, kind, id)) {
                        problems.add(kind + " " + probe.what() + " is found by the liaison (\"" + name + "\")");
                    }
                }
                signInAs("liaison-lt", Locale.forLanguageTag("lt"));
                UI.getCurrent().navigate("search", QueryParameters.of("q", name));
                var linkId = "search-hit-" + kind.slug() + "-" + id;
                if (!_find(Anchor.class, spec -> spec.withId(linkId)).isEmpty()) {
                    problems.add(kind + " " + probe.what() + " is shown to the liaison on the search page");
                }
            }
            var visibleId = hitId(kind, records.visible());
            var visibleName = label(kind, visibleId);
            try (var ignored = SignedIn.as("liaison-lt")) {
                if (!found(visibleName, kind, visibleId)) {
                    problems.add(kind + ": the liaison does not find the record she may see (\"" + visibleName + "\")");
                }
            }
        }
        assertThat(problems).isEmpty();
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
