package ua.cooperation.portal.benchmark;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import ua.cooperation.portal.dashboard.DashboardService;
import ua.cooperation.portal.testsupport.IntegrationTest;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static ua.cooperation.portal.testsupport.SignedIn.as;

/**
 * Measures how long each role's dashboard takes to compute (the service call: all its aggregate queries) on whatever
 * the test database holds — the demo data, or the large data set once it is loaded. The target is 300 ms per
 * dashboard at the 95th percentile on the large data set. Not a timed test: it prints its numbers. Run with:
 * {@code ./mvnw -B -ntp test -Dgroups=benchmark -DexcludedGroups= -Dtest='DashboardBenchmark'}
 */
@IntegrationTest
@Tag("benchmark")
class DashboardBenchmark {

    // -Dportal.bench.warm-up=2 -Dportal.bench.rounds=10 for a quick look
    private static final int WARM_UP = Integer.getInteger("portal.bench.warm-up", 20);
    private static final int ROUNDS = Integer.getInteger("portal.bench.rounds", 100);
    private static final Locale UK = Locale.forLanguageTag("uk");

    @Autowired
    DashboardService dashboards;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void dashboard_latency_per_role() {
        measureAll(dashboards, jdbc);
    }

    /** Every role's dashboard on the database {@code jdbc} reads; also {@link DashboardAtScaleBenchmark}'s. */
    static void measureAll(DashboardService dashboards, JdbcTemplate jdbc) {
        System.out.printf("[benchmark] dashboards on %d partnerships, %d programmes, %d meetings, %d action items, "
                        + "%d revisions%n", rows(jdbc, "partnership"), rows(jdbc, "programme"),
                rows(jdbc, "meeting"), rows(jdbc, "action_item"), rows(jdbc, "revision_info"));
        measure("officer", "officer", () -> dashboards.officerDashboard(UK));
        measure("head", "head", () -> dashboards.headDashboard(UK));
        measure("liaison", "liaison-lt", () -> dashboards.liaisonDashboard(UK));
    }

    private static void measure(String what, String user, Supplier<Object> dashboard) {
        try (var ignored = as(user)) {
            // warm-up: JIT and statement caches, as on a running server
            for (int i = 0; i < WARM_UP; i++) {
                assertThat(dashboard.get()).isNotNull();
            }
            var micros = new long[ROUNDS];
            for (int i = 0; i < ROUNDS; i++) {
                long started = System.nanoTime();
                dashboard.get();
                micros[i] = (System.nanoTime() - started) / 1_000;
            }
            Arrays.sort(micros);
            System.out.printf("[benchmark] %s dashboard, %d calls: p50 %.1f ms, p95 %.1f ms, max %.1f ms%n", what,
                    ROUNDS, micros[ROUNDS / 2] / 1000.0, micros[(int) Math.ceil(ROUNDS * 0.95) - 1] / 1000.0,
                    micros[ROUNDS - 1] / 1000.0);
        }
    }

    private static long rows(JdbcTemplate jdbc, String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }
}
