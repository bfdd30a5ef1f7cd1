package ua.cooperation.portal.security.access;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import ua.cooperation.portal.security.PortalUser;
import ua.cooperation.portal.testsupport.KaribuTest;
import ua.cooperation.portal.testsupport.SignedIn;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The access matrix of the downloads (documents, CSV/XLSX of every list, 5W, IATI, the briefing PDF, a meeting's
 * .ics): every route a liaison can open — the lists, and the record pages with a record she may see — is opened by
 * each liaison and by the officer previewing as the liaison of Lithuania; every download on the page (in every tab,
 * in every grid row) is run as Vaadin would run it, and its file may hold no name or title of a record she may not
 * see. The same download, obtained while signed in, is then run again after the session changed under it — to a
 * sign-in waiting for its second factor, to no one, to the same liaison with her countries taken away — and must
 * then give nothing: it runs with the rights of the moment, not those of the page that made it.
 * <p>
 * Downloads are found generically ({@link PageDownloads}); every class of the application whose code makes a
 * download handler must have made at least one of those run here, so that a new download cannot escape.
 */
class DownloadAccessMatrixTest extends KaribuTest {

    /** Routes a liaison has no business on, or that show no record, with the reason. */
    private static final Map<String, String> NOT_VISITED = Map.of(
            "login", "the sign-in page",
            "two-factor", "the second factor of a sign-in",
            "set-password", "a one-time password link",
            "test-documents", "a test-only host of the documents panel (test sources)");
    /** Classes that make a download handler and that no liaison reaches, with the reason. */
    private static final Map<String, String> NOT_REACHED = Map.of();

    @Test
    void every_download_a_liaison_reaches_holds_only_her_records_and_runs_with_the_rights_of_the_moment() {
        var problems = new ArrayList<String>();
        var declaredIn = new TreeSet<String>();
        int withHerRecords = 0;
        for (var caller : Caller.all(applicationContext)) {
            if (!caller.seesVisibleRecords()) {
                continue;
            }
            var fixtures = AccessFixtures.of(applicationContext, caller);
            signInWith(caller.authentication(), Locale.forLanguageTag("uk"));
            for (var address : addresses(fixtures)) {
                UI.getCurrent().navigate(address);
                for (var download : PageDownloads.onPage(UI.getCurrent())) {
                    declaredIn.add(download.declaredIn());
                    var label = address + " " + download.what() + " as " + caller;
                    var seen = checkAsCaller(label, download, fixtures, problems);
                    withHerRecords += seen.isEmpty() ? 0 : 1;
                    if (caller == Caller.lithuanianLiaison(applicationContext)) {
                        // how a handler treats a changed session does not depend on whose page made it: once is enough
                        problems.addAll(checkAfterRightsChanged(label, download, caller, fixtures, seen));
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(withHerRecords).as("downloads that held a record the caller may see").isGreaterThan(10);
        var makers = new TreeSet<>(classesThatMakeDownloads());
        makers.removeAll(NOT_REACHED.keySet());
        assertThat(declaredIn).as("every class that makes a download is reached by a route in the matrix")
                .containsAll(makers);
        assertThat(makers).as("the scan of the classes finds the downloads").contains(
                "ua.cooperation.portal.document.ui.DocumentsPanel", "ua.cooperation.portal.base.ui.ExportButtons",
                "ua.cooperation.portal.programme.ui.IatiDownloads",
                "ua.cooperation.portal.country.ui.CountryDetailsView",
                "ua.cooperation.portal.meeting.ui.MeetingDetailsView");
    }

    /** Runs the download as the caller: nothing out of scope in it. Answers the caller's visible records it holds. */
    private static List<String> checkAsCaller(String label, PageDownloads.Download download,
                                              Map<String, AccessFixtures.Kind> fixtures, List<String> problems) {
        var answer = PageDownloads.run(download);
        if (answer.refusal() != null) {
            problems.add(label + " failed: " + answer);
            return List.of();
        }
        var text = Findings.textOfFile(answer.body());
        var leaked = Findings.markersIn(text, AccessFixtures.outOfScopeMarkers(fixtures));
        if (!leaked.isEmpty()) {
            problems.add(label + " holds " + leaked);
        }
        return Findings.markersIn(text, AccessFixtures.visibleMarkers(fixtures));
    }

    /**
     * The same download after the session changed: it must be refused or hold no record at all — none the caller saw
     * a moment ago, none she never could.
     */
    private List<String> checkAfterRightsChanged(String label, PageDownloads.Download download, Caller caller,
                                                 Map<String, AccessFixtures.Kind> fixtures, List<String> seen) {
        var problems = new ArrayList<String>();
        var own = SecurityContextHolder.getContext();
        try {
            for (var changed : noRights(caller).entrySet()) {
                var context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(changed.getValue());
                SecurityContextHolder.setContext(context);
                var answer = PageDownloads.run(download);
                if (answer.refused()) {
                    continue;
                }
                var text = Findings.textOfFile(answer.body());
                var everything = new ArrayList<>(AccessFixtures.outOfScopeMarkers(fixtures));
                everything.addAll(AccessFixtures.visibleMarkers(fixtures));
                var held = Findings.markersIn(text, everything);
                if (!held.isEmpty()) {
                    problems.add(label + ", run again " + changed.getKey() + ", still holds " + held
                            + " (as the caller it held " + seen + ")");
                }
            }
        } finally {
            SecurityContextHolder.setContext(own);
        }
        return problems;
    }

    /** The sessions a download may find itself in after it was made: none of them may see anything. */
    private Map<String, Authentication> noRights(Caller caller) {
        var sessions = new LinkedHashMap<String, Authentication>();
        var pending = Caller.all(applicationContext).stream().filter(c -> !c.seesVisibleRecords()).findFirst()
                .orElseThrow();
        sessions.put("while a sign-in waits for its second factor", pending.authentication());
        sessions.put("signed out", null);
        if (caller.authentication().getPrincipal() instanceof PortalUser user) {
            var withoutCountries = new PortalUser(user.id(), user.username(), user.displayName(), "", user.roles(),
                    Set.of(), true, true, true);
            sessions.put("after her countries were taken away", SignedIn.authenticationOf(withoutCountries));
        }
        return sessions;
    }

    /**
     * The addresses a liaison may open: every route without a parameter, and every route with one opened with a
     * record she may see.
     */
    private static List<String> addresses(Map<String, AccessFixtures.Kind> fixtures) {
        var addresses = new ArrayList<String>();
        for (var template : RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .flatMap(route -> RouteAccessMatrixTest.probed(route.getTemplate()).stream()).toList()) {
            var colon = template.indexOf("/:");
            var prefix = colon < 0 ? template : template.substring(0, colon);
            if (NOT_VISITED.containsKey(prefix) || NOT_VISITED.keySet().stream().anyMatch(prefix::startsWith)) {
                continue;
            }
            if (colon < 0) {
                addresses.add(template);
            } else {
                var kind = RouteAccessMatrixTest.ROUTE_KINDS.get(prefix);
                assertThat(kind).as(template + ": which records does it show? Map it in RouteAccessMatrixTest")
                        .isNotNull();
                var visible = fixtures.get(kind).visible();
                if (visible != null) { // a guest bound to an organisation sees no country, person …
                    addresses.add(prefix + "/" + visible);
                }
            }
        }
        return addresses;
    }

    /**
     * The application's classes whose code makes a download: their compiled code names Vaadin's download handler or
     * stream resource (a lambda that is a handler names its interface too).
     */
    private static Set<String> classesThatMakeDownloads() {
        var found = new TreeSet<String>();
        try {
            var root = Path.of(PortalUser.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            try (Stream<Path> files = Files.walk(root)) {
                for (var file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                    var code = new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1);
                    if (code.contains("com/vaadin/flow/server/streams/DownloadHandler")
                            || code.contains("com/vaadin/flow/server/StreamResource")) {
                        var name = root.relativize(file).toString().replace('/', '.').replace(".class", "");
                        found.add(name.contains("$") ? name.substring(0, name.indexOf('$')) : name);
                    }
                }
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot read the application's classes", e);
        }
        return found;
    }
}
