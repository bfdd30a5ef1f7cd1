package ua.cooperation.portal.security.access;

import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import ua.cooperation.portal.country.CountryFilter;
import ua.cooperation.portal.country.CountryService;
import ua.cooperation.portal.dashboard.DashboardRows;
import ua.cooperation.portal.dashboard.DashboardService;
import ua.cooperation.portal.meeting.ActionItemService;
import ua.cooperation.portal.meeting.MeetingService;
import ua.cooperation.portal.partnership.PartnershipFilter;
import ua.cooperation.portal.partnership.PartnershipService;
import ua.cooperation.portal.programme.ProgrammeFilter;
import ua.cooperation.portal.programme.ProgrammeService;
import ua.cooperation.portal.security.access.ServiceScan.Outcome;
import ua.cooperation.portal.testsupport.IntegrationTest;

import java.io.ByteArrayOutputStream;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The access matrix of everything a service hands out without being given an id: list pages, counts, the ids of
 * exports (ADR 0024), dashboards, search, reminders, the IATI, 5W and CSV files. Every such public method of every
 * {@code @Service} (found by scanning: it reads and takes no record id) is called by every {@link Caller} with neutral
 * arguments — every filter empty, every choice of an enum and a flag — and nothing it answers may hold a record the
 * caller may not see: none of their ids among the rows, none of their names or titles in the text or in the file
 * written. A count must equal the length of the list it counts, and a liaison's list must hold her own visible
 * record, so that "nothing out of scope" is not said of an empty answer. A new method is called as soon as it exists;
 * the only ones left out are listed below with their reason.
 */
@IntegrationTest
class ListAccessMatrixTest {

    /** Methods that hand out no scoped record, with the reason. */
    private static final Map<String, String> EXEMPT = Map.ofEntries(
            Map.entry("TerritoryService", "the KATOTTH codifier is public reference data"),
            Map.entry("UserDirectory.findActive", "portal users (owners to pick) have no country scope"),
            Map.entry("TwoFactor", "the caller's own second factor"),
            Map.entry("UserPreferences.preferredLocale", "the caller's own language"),
            Map.entry("LiaisonPreview.previewedCountry", "the caller's own session"),
            Map.entry("SecurityAuditLog.countSince", "counts one account's security events (the partner write"
                    + " limit), no record: PartnerWritesTest"),
            Map.entry("CalendarFeedService.myTokenCreatedAt", "the caller's own subscription"),
            Map.entry("CalendarFeedService.feedFor", "the token is the credential: EndpointAccessMatrixTest"),
            Map.entry("PasswordSetup.usernameForLink", "a one-time link's own account: PasswordSetupTest"),
            Map.entry("PersonService.suggestLatin", "transliterates the text it is given"),
            Map.entry("ActionItemService.today", "the date in Kyiv"),
            Map.entry("PositionService.today", "the date in Kyiv"),
            Map.entry("ListExport", "writes the rows its caller passes in, from the caller's own scoped service:"
                    + " each list's export runs in DownloadAccessMatrixTest"),
            Map.entry("RecordHistory", "a building block of the features' history methods, which check the record's"
                    + " scope before they call it (ServiceAccessMatrixTest: historyOf)"),
            Map.entry("PortalUserDetailsService", "Spring Security's own look-up at sign-in; the class is"
                    + " package-private, no view can reach it"));
    @Autowired
    ApplicationContext context;

    @Test
    void no_list_count_dashboard_search_or_file_holds_a_record_the_caller_may_not_see() {
        var problems = new ArrayList<String>();
        var called = new ArrayList<String>();
        var scanned = new ArrayList<String>();
        for (var bean : ServiceScan.services(context)) {
            var type = AopUtils.getTargetClass(bean);
            for (var method : ServiceScan.publicMethods(type)) {
                var name = ServiceScan.name(bean, method);
                scanned.add(name);
                if (!handsOutRecords(type, method) || exempt(name)) {
                    continue;
                }
                for (var caller : Caller.all(context)) {
                    for (var args : NeutralArguments.combinations(method)) {
                        problems.addAll(check(caller, bean, method, args));
                    }
                }
                called.add(name);
            }
        }
        assertThat(problems).isEmpty();
        assertThat(EXEMPT.keySet()).as("every exemption names a service or a method that exists")
                .allMatch(exempt -> scanned.stream().anyMatch(name -> name.equals(exempt)
                        || name.startsWith(exempt + ".")));
        assertThat(called).as("the scan reaches lists, counts, exports, dashboards, search and reminders")
                .contains("PartnershipService.findVisible", "PartnershipService.findVisibleIds",
                        "PartnershipService.countVisible", "ActionItemService.countActionItemsUpTo",
                        "ActionItemService.myActionItemIds", "DashboardService.liaisonDashboard",
                        "SearchService.search", "ReminderService.forCurrentUser", "IatiExport.exportVisible",
                        "FiveWExport.write", "MeetingCalendarService.feedOfCurrentUser", "CountryService.countVisibleByStatus");
    }

    /** A method that reads (no write), takes no record id, and answers something or writes a file. */
    private static boolean handsOutRecords(Class<?> type, Method method) {
        if (ServiceScan.isWrite(type, method)
                || Arrays.stream(method.getParameters()).anyMatch(IdEntryPoints::isIdParameter)) {
            return false;
        }
        return method.getReturnType() != void.class
                || Arrays.asList(method.getParameterTypes()).contains(java.io.OutputStream.class);
    }

    private static boolean exempt(String name) {
        return EXEMPT.containsKey(name) || EXEMPT.containsKey(name.substring(0, name.indexOf('.')));
    }

    /** One call as one caller: no error, nothing out of scope in it, and a count that matches its list. */
    private List<String> check(Caller caller, Object bean, Method method, Object[] args) {
        var fixtures = AccessFixtures.of(context, caller);
        var label = ServiceScan.name(bean, method) + Arrays.toString(NeutralArguments.shown(args)) + " as " + caller;
        Outcome answer;
        try (var ignored = caller.signIn()) {
            answer = ServiceScan.invoke(bean, method, args);
        }
        // a service's own refusal ("refused") is an answer; its message is checked like any text
        if (answer.kind().equals("error") || answer.kind().equals("nobody")
                && caller.expect() != Caller.Expect.NOTHING) {
            return List.of(label + " failed: " + answer);
        }
        var problems = new ArrayList<String>();
        var written = Arrays.stream(args).filter(ByteArrayOutputStream.class::isInstance)
                .map(out -> Findings.textOfFile(((ByteArrayOutputStream) out).toByteArray())).toList();
        var text = Findings.text(answer.value()) + String.join("\n", written);
        var forbidden = new ArrayList<>(AccessFixtures.outOfScopeMarkers(fixtures));
        if (!caller.seesVisibleRecords()) {
            forbidden.addAll(AccessFixtures.visibleMarkers(fixtures));
        }
        var leaked = Findings.markersIn(text, forbidden);
        if (!leaked.isEmpty()) {
            problems.add(label + " holds " + leaked);
        }
        problems.addAll(RecordsInAnswers.outOfScope(label, bean, method, answer.value(), fixtures, caller, args));
        if (answer.kind().equals("value") || answer.kind().equals("empty")) {
            try (var ignored = caller.signIn()) {
                problems.addAll(RecordsInAnswers.countMatchesList(label, bean, method, args, answer.value()));
            }
        }
        return problems;
    }

    /**
     * The figures of a liaison's start page count what her lists hold: partnerships and programmes by status sum to
     * the lists' counts, her open and overdue items to her own items' counts; every meeting on it she may open.
     */
    @Test
    void the_liaison_dashboard_counts_what_her_lists_show() {
        var dashboards = context.getBean(DashboardService.class);
        var partnerships = context.getBean(PartnershipService.class);
        var programmes = context.getBean(ProgrammeService.class);
        var meetings = context.getBean(MeetingService.class);
        var actionItemService = context.getBean(ActionItemService.class);
        var countries = context.getBean(CountryService.class);
        for (var caller : Caller.all(context)) {
            if (!caller.seesVisibleRecords()) {
                continue;
            }
            try (var ignored = caller.signIn()) {
                var dashboard = dashboards.liaisonDashboard(ServiceScan.UK);
                assertThat(sum(dashboard.partnershipsByStatus())).as(caller + ": partnerships")
                        .isEqualTo(partnerships.countVisible(PartnershipFilter.none())).isPositive();
                assertThat(sum(dashboard.programmesByStatus())).as(caller + ": programmes")
                        .isEqualTo(programmes.countVisible(ProgrammeFilter.none())).isPositive();
                assertThat(dashboard.openItems()).as(caller + ": open items")
                        .isEqualTo(actionItemService.countMyActionItems(false, false));
                assertThat(dashboard.overdueItems()).as(caller + ": overdue items")
                        .isEqualTo(actionItemService.countMyOverdue());
                dashboard.meetings().forEach(row -> assertThat(meetings.findVisibleById(row.id(), ServiceScan.UK))
                        .as(caller + ": meeting " + row.id() + " on the dashboard").isPresent());
                var byStatus = countries.countVisibleByStatus();
                assertThat(byStatus.values().stream().mapToLong(Long::longValue).sum()).as(caller + ": countries")
                        .isEqualTo(countries.countVisible(CountryFilter.none()));
            }
        }
    }

    private static long sum(List<? extends DashboardRows.Count<?>> counts) {
        return counts.stream().mapToLong(DashboardRows.Count::count).sum();
    }
}
