package ua.cooperation.portal.benchmark;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import java.sql.DriverManager;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fills the benchmark database ({@link BenchDatabase}: {@code portal_bench} on the tests' MariaDB) with the large data
 * set of {@link BenchData}: drops it, lets Liquibase build the schema with the demo data (the context starting), then
 * writes the generated rows and runs the {@link #AFTER_LOAD} steps. Deterministic and re-runnable; a JUnit test only
 * so that it runs with the project's classpath and Spring context. Not part of the normal build. Run with:
 * {@code ./mvnw -B -ntp test -Dgroups=generator -DexcludedGroups= -Dtest=BenchDataGenerator}
 */
@Tag("generator")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = BenchDatabase.FreshInitializer.class)
// the data set builds on the demo users and records (the demo officer, liaisons and administrator)
@ActiveProfiles("demo")
class BenchDataGenerator {

    /**
     * What must happen after a bulk load that went around the services, in order, with the application context of
     * the loaded database (for example rebuilding a search index). Append steps here.
     */
    static final List<Consumer<ApplicationContext>> AFTER_LOAD = List.of(
            // the partnerships' stored sort keys copy names from other tables (ADR 0025); the application would fill
            // them at its next start, but the data set should be complete when the generator ends
            context -> context.getBean(ua.cooperation.portal.partnership.PartnershipSortKeys.class).refreshAll(),
            // the head's dashboard reads the programmes' money sums from their own table (Liquibase 0100)
            context -> context.getBean(ua.cooperation.portal.programme.ProgrammeMoney.class).refreshAll(),
            context -> analyseTables(context),
            // the rows went around the services, so the search index knows none of them (ADR 0018); this is the
            // longest step by far at full size (tens of millions of index rows)
            context -> context.getBean(ua.cooperation.portal.search.SearchIndexer.class).rebuildAll());

    @Autowired
    ApplicationContext context;

    @Test
    void generate() throws Exception {
        long started = System.nanoTime();
        BenchData data;
        try (var connection = DriverManager.getConnection(BenchDatabase.url(), BenchDatabase.user(),
                BenchDatabase.password())) {
            data = new BenchData(connection, meetings -> System.out.printf("[generator] %,d meetings after %d s%n",
                    meetings, (System.nanoTime() - started) / 1_000_000_000));
            data.generate();
        }
        long loaded = System.nanoTime();
        for (var step : AFTER_LOAD) {
            step.accept(context);
        }
        long finished = System.nanoTime();
        data.counts().forEach((table, rows) -> System.out.printf("[generator] %-28s %,12d rows%n", table, rows));
        System.out.printf("[generator] %,d rows into %s in %d s, after-load steps %d s%n",
                data.counts().values().stream().mapToLong(Long::longValue).sum(), BenchDatabase.name(),
                (loaded - started) / 1_000_000_000, (finished - loaded) / 1_000_000_000);
        assertThat(data.counts()).containsEntry("meeting", (long) BenchData.MEETINGS)
                .containsEntry("action_item", (long) BenchData.ACTION_ITEMS)
                .containsEntry("programme", (long) BenchData.PROGRAMMES);
    }

    /** Fresh statistics for the optimiser, as after any large load. */
    private static void analyseTables(ApplicationContext context) {
        var jdbc = context.getBean(org.springframework.jdbc.core.JdbcTemplate.class);
        for (var table : List.of("organisation", "person", "person_position", "municipality", "partnership",
                "partnership_area", "programme", "programme_country", "programme_sector", "programme_target_group",
                "meeting", "meeting_country", "meeting_organisation", "meeting_participant", "meeting_user",
                "meeting_partnership", "action_item", "meeting_decision", "meeting_area", "meeting_target_group",
                "decision_area", "decision_target_group", "security_event", "user_account")) {
            jdbc.queryForList("ANALYZE TABLE " + table);
        }
    }
}
