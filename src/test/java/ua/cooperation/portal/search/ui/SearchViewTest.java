package ua.cooperation.portal.search.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyDownEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import ua.cooperation.portal.testsupport.KaribuTest;

import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.AnchorsKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.ShortcutsKt._fireShortcut;
import static org.assertj.core.api.Assertions.assertThat;

class SearchViewTest extends KaribuTest {

    @Test
    void officer_types_in_the_navbar_box_presses_enter_and_sees_results_grouped_by_kind() {
        signInAs("officer", Locale.ENGLISH);
        UI.getCurrent().navigate("");
        var box = _get(TextField.class, spec -> spec.withId("global-search"));
        _setValue(box, "Druskininkai");
        ComponentUtil.fireEvent(box, new KeyDownEvent(box, Key.ENTER.getKeys().getFirst()));

        assertThat(currentAddress()).isEqualTo("search?q=Druskininkai");
        assertThat(_get(TextField.class, spec -> spec.withId(SearchView.ID_QUERY)).getValue())
                .isEqualTo("Druskininkai");
        assertThat(_find(H3.class)).extracting(H3::getText)
                .containsSubsequence("Partnerships", "Programmes");
        var programme = _get(Anchor.class, spec -> spec.withId("search-hit-programme-1"));
        assertThat(programme.getHref()).isEqualTo("programmes/1");
        assertThat(programme.getElement().getTextRecursively())
                .contains("Recreation of children from Luhansk oblast in Druskininkai");
    }

    @Test
    void a_hit_opens_its_record_and_a_decision_opens_its_meeting() {
        signInAs("officer");
        open("Організувати влітку");
        _click(_get(Anchor.class, spec -> spec.withId("search-hit-decision-1")));
        assertThat(currentAddress()).isEqualTo("meetings/1");

        open("Lublin");
        _click(_get(Anchor.class, spec -> spec.withId("search-hit-organisation-7")));
        assertThat(currentAddress()).isEqualTo("organisations/7");
    }

    @Test
    void officer_finds_the_vilnius_visit_under_visits_and_opens_it() {
        signInAs("officer", Locale.ENGLISH);
        open("Vilnius");
        assertThat(_find(H3.class)).extracting(H3::getText).contains("Visits");
        _click(_get(Anchor.class, spec -> spec.withId("search-hit-visit-1")));
        assertThat(currentAddress()).isEqualTo("visits/1");
    }

    @Test
    void typing_on_the_results_page_updates_the_results() {
        signInAs("officer");
        UI.getCurrent().navigate("search");
        assertThat(_get(Paragraph.class, spec -> spec.withId(SearchView.ID_HINT)).getText()).contains("2");
        var query = _get(TextField.class, spec -> spec.withId(SearchView.ID_QUERY));
        _setValue(query, "Kalvaitis");
        assertThat(_find(Anchor.class, spec -> spec.withId("search-hit-person-1"))).hasSize(1);
        _setValue(query, "zqnothingmatchesthis");
        assertThat(_get(Paragraph.class, spec -> spec.withId(SearchView.ID_EMPTY)).getText())
                .isEqualTo("За запитом «zqnothingmatchesthis» нічого не знайдено.");
    }

    @Test
    void the_arrow_keys_walk_from_the_query_through_the_hits_and_back() {
        signInAs("officer");
        open("Druskininkai");
        var view = _get(SearchView.class);
        var links = view.hitLinks();
        assertThat(links).hasSizeGreaterThanOrEqualTo(2);
        var query = _get(TextField.class, spec -> spec.withId(SearchView.ID_QUERY));

        _fireShortcut(query, Key.ARROW_DOWN);
        assertThat(focusRequested(links.get(0))).isTrue();
        _fireShortcut(links.get(0), Key.ARROW_DOWN);
        assertThat(focusRequested(links.get(1))).isTrue();
        _fireShortcut(links.get(1), Key.ARROW_UP);
        assertThat(focusRequested(links.get(0))).isTrue();
        _fireShortcut(links.get(0), Key.ARROW_UP);
        assertThat(focusRequested(query)).isTrue();
    }

    @Test
    void more_hits_than_the_overview_shows_lead_to_the_list_of_that_kind() {
        signInAs("officer");
        // many countries' Ukrainian names have the word "острови" (islands)
        open("острови");
        assertThat(_find(Anchor.class, spec -> spec.withClasses("portal-search-hit"))).hasSize(SearchView.PER_KIND);
        var more = _get(Anchor.class, spec -> spec.withId("search-more-country"));
        follow(more);
        assertThat(currentAddress()).isEqualTo("search?q=" + encode("острови") + "&kind=country");
        assertThat(_find(Anchor.class, spec -> spec.withClasses("portal-search-hit")).size())
                .isGreaterThan(SearchView.PER_KIND);
        follow(_get(Anchor.class, spec -> spec.withId(SearchView.ID_ALL_KINDS)));
        assertThat(currentAddress()).isEqualTo("search?q=" + encode("острови"));
    }

    @Test
    void a_liaison_sees_only_what_she_may_and_an_empty_state_otherwise() {
        signInAs("liaison-lt", Locale.forLanguageTag("lt"));
        open("Lublin");
        assertThat(_find(Anchor.class, spec -> spec.withClasses("portal-search-hit"))).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId(SearchView.ID_EMPTY)).getText())
                .isEqualTo("Pagal užklausą „Lublin“ nieko nerasta.");
        open("Druskininkai");
        assertThat(_find(Anchor.class, spec -> spec.withId("search-hit-partnership-1"))).hasSize(1);
        assertThat(_find(Anchor.class, spec -> spec.withId("search-hit-programme-1"))).hasSize(1);
    }

    private static void open(String query) {
        UI.getCurrent().navigate("search", com.vaadin.flow.router.QueryParameters.of("q", query));
    }

    /** What a click on an in-app link with query parameters does in the browser. */
    private static void follow(Anchor link) {
        var location = new com.vaadin.flow.router.Location(link.getHref());
        UI.getCurrent().navigate(location.getPath(), location.getQueryParameters());
    }

    private static String currentAddress() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static boolean focusRequested(Component component) {
        // Element.executeJs queues its call for the next response
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .anyMatch(invocation -> invocation.getOwner() == component.getElement().getNode()
                        && invocation.getInvocation().getExpression().contains("focus"));
    }
}
