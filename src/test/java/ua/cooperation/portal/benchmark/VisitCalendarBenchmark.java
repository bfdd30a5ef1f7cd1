package ua.cooperation.portal.benchmark;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import ua.cooperation.portal.visit.VisitService;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import static ua.cooperation.portal.testsupport.SignedIn.as;

/**
 * Issue 22's calendar target on the large data set (database {@code portal_bench}): with 100,000 visits stored, the
 * visits of a month's calendar (the weeks shown, {@link VisitService#findVisibleInPeriod}) take at most 100 ms at
 * p95, for an officer and for a liaison (whose scope adds the shared flag and her countries). Not a timed test: it
 * prints its numbers. Run alone:
 * {@code ./mvnw -B -ntp test -Dgroups=benchmark -DexcludedGroups= -Dtest=VisitCalendarBenchmark}
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = BenchDatabase.Initializer.class)
@ActiveProfiles("demo")
class VisitCalendarBenchmark {

    private static final Locale UK = Locale.forLanguageTag("uk");
    private static final int VISITS = 100_000;
    private static final int WARM_UP = 5;
    private static final int RUNS = 40;

    @Autowired
    VisitService visits;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_visits_of_a_calendar_month_with_100000_visits_stored() {
        ensureVisits();
        var month = LocalDate.of(2025, 4, 1);
        var first = month.with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
        var last = month.with(TemporalAdjusters.lastDayOfMonth()).with(TemporalAdjusters.nextOrSame(
                java.time.DayOfWeek.SUNDAY));
        for (var user : List.of("officer", "liaison-lt")) {
            try (var ignored = as(user)) {
                System.out.printf("[benchmark] visits in the weeks of April 2025 as %s: %d%n", user,
                        visits.findVisibleInPeriod(first, last, 200, UK).size());
                measure("calendar month's visits as " + user, () -> visits.findVisibleInPeriod(first, last, 200, UK));
            }
        }
    }

    /**
     * 100,000 visits over ten years (two to five days each, every third shared, the countries of the data set's
     * meetings), unless the data set has them already: one statement over the meetings.
     */
    private void ensureVisits() {
        long stored = jdbc.queryForObject("SELECT COUNT(*) FROM visit", Long.class);
        if (stored >= VISITS) {
            return;
        }
        long started = System.nanoTime();
        jdbc.update("INSERT INTO visit (version, direction, title, host_country_code, city, starts_on, ends_on,"
                + " shared_with_partners, updated_by, updated_at)"
                + " SELECT 0, CASE WHEN m.id % 2 = 0 THEN 'OUTGOING' ELSE 'INCOMING' END,"
                + " CONCAT('Візит ', m.id), (SELECT MIN(c.country_code) FROM meeting_country c WHERE c.meeting_id = m.id),"
                + " 'Місто', DATE_ADD('2020-01-01', INTERVAL (m.id % 3650) DAY),"
                + " DATE_ADD('2020-01-01', INTERVAL (m.id % 3650) + 1 + (m.id % 4) DAY), m.id % 3 = 0, 'bench',"
                + " CURRENT_TIMESTAMP FROM meeting m WHERE EXISTS (SELECT 1 FROM meeting_country c"
                + " WHERE c.meeting_id = m.id) ORDER BY m.id LIMIT " + (VISITS - stored));
        jdbc.update("INSERT INTO visit_country (visit_id, country_code) SELECT v.id, v.host_country_code FROM visit v"
                + " WHERE NOT EXISTS (SELECT 1 FROM visit_country c WHERE c.visit_id = v.id)");
        System.out.printf("[benchmark] %,d visits written in %d s%n", VISITS - stored,
                (System.nanoTime() - started) / 1_000_000_000);
    }

    private static long measure(String what, Supplier<?> call) {
        for (int i = 0; i < WARM_UP; i++) {
            call.get();
        }
        var micros = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long started = System.nanoTime();
            call.get();
            micros[i] = (System.nanoTime() - started) / 1_000;
        }
        Arrays.sort(micros);
        long p95 = micros[(int) Math.ceil(RUNS * 0.95) - 1];
        System.out.printf("[benchmark] %-40s p50 %8.1f ms  p95 %8.1f ms  max %8.1f ms  (%d runs)%n", what,
                micros[RUNS / 2] / 1000.0, p95 / 1000.0, micros[RUNS - 1] / 1000.0, RUNS);
        return p95;
    }
}
