package ua.cooperation.portal.benchmark;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import ua.cooperation.portal.audit.SecurityAuditLog;
import ua.cooperation.portal.audit.SecurityEventFilter;
import ua.cooperation.portal.audit.SecurityEventType;
import ua.cooperation.portal.base.ListCount;
import ua.cooperation.portal.country.CountryFilter;
import ua.cooperation.portal.country.CountryService;
import ua.cooperation.portal.country.PartnerStatus;
import ua.cooperation.portal.meeting.ActionItemFilter;
import ua.cooperation.portal.meeting.ActionItemOwner;
import ua.cooperation.portal.meeting.ActionItemService;
import ua.cooperation.portal.meeting.ActionItemStatus;
import ua.cooperation.portal.meeting.MeetingFilter;
import ua.cooperation.portal.meeting.MeetingService;
import ua.cooperation.portal.meeting.MeetingType;
import ua.cooperation.portal.partnership.PartnershipFilter;
import ua.cooperation.portal.partnership.PartnershipService;
import ua.cooperation.portal.partnership.PartnershipStatus;
import ua.cooperation.portal.programme.ProgrammeFilter;
import ua.cooperation.portal.programme.ProgrammeService;
import ua.cooperation.portal.registry.Municipality;
import ua.cooperation.portal.registry.MunicipalityService;
import ua.cooperation.portal.registry.OrganisationFilter;
import ua.cooperation.portal.registry.OrganisationService;
import ua.cooperation.portal.registry.OrganisationType;
import ua.cooperation.portal.registry.PersonFilter;
import ua.cooperation.portal.registry.PersonService;
import ua.cooperation.portal.territory.TerritoryService;
import ua.cooperation.portal.territory.UnitLevel;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static ua.cooperation.portal.testsupport.SignedIn.as;

/**
 * The first page of every list, with its typical filters, on the large data set ({@link BenchDataGenerator}), through
 * the services the views call, as an officer and as the Lithuanian liaison; and the unit picker. Prints p50/p95/max
 * per case and a summary table (docs/performance.md records them); asserts only that the work was done, never a time.
 * Run alone (its own application context, on {@code portal_bench}):
 * {@code ./mvnw -B -ntp test -Dgroups=benchmark -DexcludedGroups= -Dtest=DataScaleBenchmark}
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = BenchDatabase.Initializer.class)
// the data set builds on the demo users and records (the demo officer, liaisons and administrator)
@ActiveProfiles("demo")
class DataScaleBenchmark {

    /**
     * {@code -Dportal.bench.only=people} measures only the cases whose name starts with it (all by default);
     * several prefixes separated by commas: {@code -Dportal.bench.only=people,programmes}.
     */
    private static final List<String> ONLY_CASES = List.of(System.getProperty("portal.bench.only", "").split(","));

    private static final int WARM_UP = 5;
    private static final int RUNS = 40;
    /** A case slower than this on its first run gets only {@link #SLOW_RUNS} runs, so that the run ends. */
    private static final long SLOW_MILLIS = 1_000;
    private static final int SLOW_RUNS = 5;
    private static final Locale UK = Locale.forLanguageTag("uk");
    private static final PageRequest FIRST_PAGE = PageRequest.of(0, 50);
    private static final List<String> RESULTS = new ArrayList<>();

    @Autowired
    CountryService countries;
    @Autowired
    OrganisationService organisations;
    @Autowired
    PersonService people;
    @Autowired
    MunicipalityService municipalities;
    @Autowired
    PartnershipService partnerships;
    @Autowired
    ProgrammeService programmes;
    @Autowired
    MeetingService meetings;
    @Autowired
    ActionItemService actionItemService;
    @Autowired
    SecurityAuditLog auditLog;
    @Autowired
    TerritoryService territory;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ua.cooperation.portal.dashboard.DashboardService dashboards;
    @Autowired
    ua.cooperation.portal.translation.ContentTranslations translations;

    @BeforeAll
    static void header() {
        System.out.printf("[benchmark] machine: %d CPUs, load average %.2f at start%n",
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    @AfterAll
    static void summary() {
        System.out.printf("[benchmark] load average %.2f at the end%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.println("[benchmark] summary (ms):");
        System.out.println("| case | as | p50 | p95 | max | rows |");
        System.out.println("|---|---|---:|---:|---:|---:|");
        RESULTS.forEach(System.out::println);
    }

    @Test
    void data_set_is_loaded() {
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM meeting", Long.class)).isGreaterThan(1_000_000L);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM action_item", Long.class)).isGreaterThan(2_000_000L);
    }

    @Test
    void lists_first_page() {
        for (var user : List.of("officer", "liaison-lt")) {
            try (var ignored = as(user)) {
                lists(user);
            }
        }
        try (var ignored = as("admin")) {
            measure("security log", "admin", () -> auditLog.find(SecurityEventFilter.none(), 0, 50));
            measure("security log: user", "admin", () -> auditLog.find(
                    new SecurityEventFilter("officer", null, null, null), 0, 50));
            measure("security log: failures, one month", "admin", () -> auditLog.find(new SecurityEventFilter(null,
                    SecurityEventType.SIGN_IN_FAILED, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31)), 0, 50));
        }
    }

    private void lists(String user) {
        measure("countries", user, () -> countries.findVisible(CountryFilter.none(), FIRST_PAGE, UK));
        measure("countries: count", user, () -> countries.countVisible(CountryFilter.none()));
        measure("countries: partners", user, () -> countries.findVisible(
                new CountryFilter(null, PartnerStatus.PARTNER), FIRST_PAGE, UK));
        measure("countries: text", user, () -> countries.findVisible(new CountryFilter("лит", null), FIRST_PAGE, UK));

        measure("organisations", user, () -> organisations.findVisible(OrganisationFilter.none(), FIRST_PAGE, UK));
        measure("organisations: count", user, () -> organisations.countVisible(OrganisationFilter.none()));
        measure("organisations: country PL", user, () -> organisations.findVisible(
                new OrganisationFilter(null, null, "PL"), FIRST_PAGE, UK));
        measure("organisations: type NGO", user, () -> organisations.findVisible(
                new OrganisationFilter(null, OrganisationType.NGO, null), FIRST_PAGE, UK));
        measure("organisations: text", user, () -> organisations.findVisible(OrganisationFilter.text("Центр Ка"),
                FIRST_PAGE, UK));
        measure("organisations: text, count", user, () -> organisations.countVisible(
                OrganisationFilter.text("Центр Ка")));

        measure("people", user, () -> people.findVisible(PersonFilter.none(), FIRST_PAGE));
        measure("people: count", user, () -> people.countVisible(PersonFilter.none()));
        measure("people: country PL", user, () -> people.findVisible(new PersonFilter(null, "PL"), FIRST_PAGE));
        measure("people: text", user, () -> people.findVisible(new PersonFilter("Nowak", null), FIRST_PAGE));
        measure("people: text, count", user, () -> people.countVisibleUpTo(new PersonFilter("Nowak", null),
                ListCount.LABEL_LIMIT));

        measure("municipalities", user, () -> municipalities.findVisible(null, null, 0, 50, UK));
        measure("municipalities: partner side", user, () -> municipalities.findVisible(null,
                Municipality.Side.PARTNER, 0, 50, UK));
        measure("municipalities: text", user, () -> municipalities.findVisible("рока", null, 0, 50, UK));

        measure("partnerships", user, () -> partnerships.findVisible(PartnershipFilter.none(), FIRST_PAGE, UK));
        measure("partnerships: count", user, () -> partnerships.countVisible(PartnershipFilter.none()));
        measure("partnerships: country LT", user, () -> partnerships.findVisible(PartnershipFilter.ofCountry("LT"),
                FIRST_PAGE, UK));
        measure("partnerships: active", user, () -> partnerships.findVisible(new PartnershipFilter(null, null, null,
                PartnershipStatus.ACTIVE, null, null, false), FIRST_PAGE, UK));
        measure("partnerships: awaiting confirmation", user, () -> partnerships.findVisible(
                PartnershipFilter.awaitingConfirmationOnly(), FIRST_PAGE, UK));

        measure("programmes", user, () -> programmes.findVisible(ProgrammeFilter.none(), FIRST_PAGE, UK));
        measure("programmes: count", user, () -> programmes.countVisible(ProgrammeFilter.none()));
        measure("programmes: country DE", user, () -> programmes.findVisible(
                new ProgrammeFilter(null, "DE", null, null, null, null), FIRST_PAGE, UK));
        measure("programmes: awaiting approval", user, () -> programmes.findVisible(ProgrammeFilter.awaitingApproval(),
                FIRST_PAGE, UK));
        measure("programmes: text", user, () -> programmes.findVisible(
                new ProgrammeFilter("Kar", null, null, null, null, null), FIRST_PAGE, UK));

        measure("meetings", user, () -> meetings.findVisible(MeetingFilter.none(), FIRST_PAGE));
        measure("meetings: count", user, () -> meetings.countVisibleUpTo(MeetingFilter.none(), ListCount.LABEL_LIMIT));
        var from = LocalDate.of(2025, 11, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
        var to = LocalDate.of(2025, 12, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
        measure("meetings: one month", user, () -> meetings.findVisible(MeetingFilter.period(from, to), FIRST_PAGE));
        measure("meetings: one month, count", user, () -> meetings.countVisibleUpTo(MeetingFilter.period(from, to),
                ListCount.LABEL_LIMIT));
        measure("meetings: country PL", user, () -> meetings.findVisible(MeetingFilter.ofCountry("PL"), FIRST_PAGE));
        measure("meetings: country PL, count", user, () -> meetings.countVisibleUpTo(MeetingFilter.ofCountry("PL"),
                ListCount.LABEL_LIMIT));
        measure("meetings: type, text", user, () -> meetings.findVisible(new MeetingFilter("візит", null, null, null,
                MeetingType.DELEGATION_VISIT, null, null), FIRST_PAGE));
        measure("meetings: partnership", user, () -> meetings.findVisible(MeetingFilter.ofPartnership(
                jdbc.queryForObject("SELECT MIN(partnership_id) FROM meeting_partnership", Long.class)), FIRST_PAGE));

        measure("my action items: open", user, () -> actionItemService.myActionItems(false, UK));
        measure("my action items: with closed", user, () -> actionItemService.myActionItems(true, UK));
        measure("my action items: overdue count", user, () -> actionItemService.countMyOverdue());
    }

    @Test
    void unit_picker() {
        var names = jdbc.queryForList("SELECT name, name_latin FROM admin_unit WHERE withdrawn = FALSE");
        var random = new Random(20250516);
        var inputs = new ArrayList<String>();
        while (inputs.size() < RUNS + WARM_UP) {
            var row = names.get(random.nextInt(names.size()));
            var name = (String) row.get(random.nextBoolean() ? "name" : "name_latin");
            int from = random.nextInt(3) == 0 ? Math.min(2, name.length() - 1) : 0;
            inputs.add(name.substring(from, Math.min(name.length(), from + 2 + random.nextInt(7))));
        }
        var levels = List.<Set<UnitLevel>>of(EnumSet.of(UnitLevel.HROMADA),
                EnumSet.of(UnitLevel.HROMADA, UnitLevel.SETTLEMENT), Set.of());
        try (var ignored = as("officer")) {
            int[] i = {0};
            measure("unit picker", "officer", () -> {
                int n = i[0]++;
                return territory.searchUnits(inputs.get(n % inputs.size()), levels.get(n % 3), 0, 50);
            });
        }
    }

    /**
     * The action items list of every owner and the paged "My action items" (issue 8/9): first page and count, all
     * items, the demo officer's overdue ones (as the head's dashboard links to them), open ones, a title text; as the
     * officer (all items) and as the Lithuanian liaison (her countries' shared meetings). Runs alone with
     * {@code -Dtest='DataScaleBenchmark#action_items_list'}.
     */
    @Test
    void action_items_list() {
        long demoOfficer = jdbc.queryForObject("SELECT id FROM user_account WHERE username = 'officer'", Long.class);
        var all = ActionItemFilter.none();
        var officerOverdue = all.withOwner(ActionItemOwner.user(demoOfficer)).withOverdueOnly(true);
        var open = all.withStatuses(Set.of(ActionItemStatus.OPEN));
        var text = all.withText("звіт");
        for (var user : List.of("officer", "liaison-lt")) {
            try (var ignored = as(user)) {
                measure("action items", user, () -> actionItemService.findActionItems(all, FIRST_PAGE, UK));
                measure("action items: count", user, () -> actionItemService.countActionItemsUpTo(all, ListCount.LABEL_LIMIT));
                measure("action items: officer overdue", user,
                        () -> actionItemService.findActionItems(officerOverdue, FIRST_PAGE, UK));
                measure("action items: officer overdue, count", user,
                        () -> actionItemService.countActionItemsUpTo(officerOverdue, ListCount.LABEL_LIMIT));
                measure("action items: open", user, () -> actionItemService.findActionItems(open, FIRST_PAGE, UK));
                measure("action items: open, count", user,
                        () -> actionItemService.countActionItemsUpTo(open, ListCount.LABEL_LIMIT));
                measure("action items: text", user, () -> actionItemService.findActionItems(text, FIRST_PAGE, UK));
                measure("action items: text, count", user,
                        () -> actionItemService.countActionItemsUpTo(text, ListCount.LABEL_LIMIT));
            }
        }
        try (var ignored = as("officer")) {
            measure("my action items: open, page", "officer",
                    () -> actionItemService.myActionItems(false, false, FIRST_PAGE, UK));
            measure("my action items: with closed, page", "officer",
                    () -> actionItemService.myActionItems(true, false, FIRST_PAGE, UK));
            measure("my action items: with closed, count", "officer", () -> actionItemService.countMyActionItems(true, false));
            measure("my action items: overdue count", "officer", () -> actionItemService.countMyOverdue());
        }
    }

    /**
     * Issue 19 on the large data set: the lists a liaison reads in Lithuanian (one more query per page for the
     * translations of the page's texts), the dashboards (titles in the reader's language; the officer's counts of the
     * translations to do per partner language) and the translation work list. Runs alone with
     * {@code -Dtest='DataScaleBenchmark#translations'}.
     */
    @Test
    void translations() {
        var lithuanian = Locale.forLanguageTag("lt");
        try (var ignored = as("liaison-lt")) {
            measure("lt: meetings", "liaison-lt", () -> meetings.findVisible(MeetingFilter.none(), FIRST_PAGE,
                    lithuanian));
            measure("lt: action items", "liaison-lt", () -> actionItemService.findActionItems(ActionItemFilter.none(),
                    FIRST_PAGE, lithuanian));
            measure("lt: programmes", "liaison-lt", () -> programmes.findVisible(ProgrammeFilter.none(), FIRST_PAGE,
                    lithuanian));
            measure("lt: partnerships", "liaison-lt", () -> partnerships.findVisible(PartnershipFilter.none(),
                    FIRST_PAGE, lithuanian));
            measure("lt: liaison dashboard", "liaison-lt", () -> dashboards.liaisonDashboard(lithuanian));
        }
        try (var ignored = as("officer")) {
            measure("translations: officer dashboard", "officer", () -> dashboards.officerDashboard(UK));
            measure("translations: counts per language", "officer", () -> translations.workCounts());
            measure("translations: work list lt", "officer", () -> translations.workList("lt", 201));
            // English: most countries read it; Polish: one country, few records waiting; all: the page's default
            measure("translations: work list en", "officer", () -> translations.workList("en", 201));
            measure("translations: work list pl", "officer", () -> translations.workList("pl", 201));
            measure("translations: work list all", "officer", () -> translations.workList(null, 201));
        }
    }

    private void measure(String what, String user, Supplier<?> call) {
        if (ONLY_CASES.stream().noneMatch(what::startsWith)) {
            return;
        }
        long first = System.nanoTime();
        Object result = call.get();
        long firstMillis = (System.nanoTime() - first) / 1_000_000;
        int runs = firstMillis > SLOW_MILLIS ? SLOW_RUNS : RUNS;
        for (int i = 1; i < (firstMillis > SLOW_MILLIS ? 1 : WARM_UP); i++) {
            call.get();
        }
        var micros = new long[runs];
        for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            result = call.get();
            micros[i] = (System.nanoTime() - started) / 1_000;
        }
        Arrays.sort(micros);
        // a list label's count (ListCount) is reported as its value; "count" marks both kinds of count
        // a map counts its entries; any other answer (a dashboard) counts as one
        long rows = result instanceof Collection<?> c ? c.size() : result instanceof Long n ? n
                : result instanceof ListCount n ? n.value() : result instanceof java.util.Map<?, ?> m ? m.size()
                : result == null ? -1 : 1;
        boolean count = result instanceof Long || result instanceof ListCount;
        double p50 = micros[runs / 2] / 1000.0;
        double p95 = micros[(int) Math.ceil(runs * 0.95) - 1] / 1000.0;
        double max = micros[runs - 1] / 1000.0;
        System.out.printf("[benchmark] %-40s as %-10s p50 %8.1f ms  p95 %8.1f ms  max %8.1f ms  (%d runs, %s %d)%n",
                what, user, p50, p95, max, runs, count ? "count" : "rows", rows);
        RESULTS.add(String.format(Locale.ROOT, "| %s | %s | %.1f | %.1f | %.1f | %s%d |", what, user, p50, p95, max,
                count ? "count " : "", rows));
        assertThat(rows).isGreaterThanOrEqualTo(0);
    }
}
