package ua.cooperation.portal.benchmark;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import ua.cooperation.portal.territory.CodifierImport;
import ua.cooperation.portal.territory.CodifierImportAccess;
import ua.cooperation.portal.territory.ImportReport;
import ua.cooperation.portal.territory.TerritoryService;
import ua.cooperation.portal.territory.UnitLevel;
import ua.cooperation.portal.testsupport.IntegrationTest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static ua.cooperation.portal.testsupport.SignedIn.as;

/**
 * Measures the codifier import and the unit picker's search on the test database (H2 or MariaDB, see
 * {@code PORTAL_TEST_DB}). Not a timed test: it prints its numbers (docs/performance.md records them). Every import
 * runs in a transaction that is rolled back, so the shared test database keeps the bootstrap data. Run with:
 * {@code ./mvnw -B -ntp test -Dgroups=benchmark -DexcludedGroups= -Dtest='*Benchmark'}
 */
@IntegrationTest
@Tag("benchmark")
class TerritoryBenchmark {

    private static final String FILE = "/katottg/kodifikator-2025-05-16.csv";
    private static final int ROUNDS = 3;
    private static final int SEARCHES = 200;

    @Autowired
    CodifierImport codifierImport;

    @Autowired
    TerritoryService territory;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void codifier_import() {
        var transaction = new TransactionTemplate(transactionManager);
        for (int round = 1; round <= ROUNDS; round++) {
            int r = round;
            transaction.executeWithoutResult(status -> {
                long started = System.nanoTime();
                var report = importFile();
                print("re-import of the same file", r, started, report);
                assertThat(report.unchanged()).isEqualTo(31_748);
                status.setRollbackOnly();
            });
            transaction.executeWithoutResult(status -> {
                jdbc.update("UPDATE admin_unit SET parent_code = NULL, raion_code = NULL, oblast_code = NULL");
                jdbc.update("DELETE FROM admin_unit");
                long started = System.nanoTime();
                var report = importFile();
                print("import into an empty table", r, started, report);
                assertThat(report.added()).isEqualTo(31_748);
                status.setRollbackOnly();
            });
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM admin_unit", Long.class)).isEqualTo(31_748L);
    }

    @Test
    void picker_search_latency() {
        var names = jdbc.queryForList("SELECT name, name_latin FROM admin_unit WHERE withdrawn = FALSE");
        var random = new Random(20250516);
        var inputs = new ArrayList<String>();
        while (inputs.size() < SEARCHES) {
            var row = names.get(random.nextInt(names.size()));
            var name = (String) row.get(random.nextBoolean() ? "name" : "name_latin");
            int from = random.nextInt(3) == 0 ? Math.min(2, name.length() - 1) : 0;
            int length = 2 + random.nextInt(7);
            inputs.add(name.substring(from, Math.min(name.length(), from + length)));
        }
        var levelChoices = List.<Set<UnitLevel>>of(EnumSet.of(UnitLevel.HROMADA),
                EnumSet.of(UnitLevel.HROMADA, UnitLevel.SETTLEMENT), Set.of());
        try (var ignored = as("officer")) {
            // warm-up: JIT and statement caches, as on a running server
            for (int i = 0; i < 30; i++) {
                territory.searchUnits(inputs.get(i), levelChoices.get(i % 3), 0, 50);
            }
            var micros = new long[SEARCHES];
            int found = 0;
            for (int i = 0; i < SEARCHES; i++) {
                long started = System.nanoTime();
                var result = territory.searchUnits(inputs.get(i), levelChoices.get(i % 3), 0, 50);
                micros[i] = (System.nanoTime() - started) / 1_000;
                found += result.isEmpty() ? 0 : 1;
            }
            Arrays.sort(micros);
            System.out.printf("[benchmark] picker search, %d searches (first page of 50, levels varied, "
                            + "inputs 2-8 characters, Cyrillic and Latin): p50 %.1f ms, p95 %.1f ms, max %.1f ms; "
                            + "%d had results%n", SEARCHES, micros[SEARCHES / 2] / 1000.0,
                    micros[(int) Math.ceil(SEARCHES * 0.95) - 1] / 1000.0, micros[SEARCHES - 1] / 1000.0, found);
        }
    }

    private ImportReport importFile() {
        try (var in = TerritoryBenchmark.class.getResourceAsStream(FILE)) {
            return CodifierImportAccess.importWithoutRoleCheck(codifierImport, in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void print(String what, int round, long started, ImportReport report) {
        System.out.printf("[benchmark] %s, round %d: %d ms in all (%d ms writing); added %d, renamed %d, "
                        + "withdrawn %d, unchanged %d%n", what, round, (System.nanoTime() - started) / 1_000_000,
                report.millis(), report.added(), report.renamed(), report.withdrawn(), report.unchanged());
    }
}
