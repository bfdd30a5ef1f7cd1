package ua.cooperation.portal.base;

import com.zaxxer.hikari.HikariDataSource;
import liquibase.integration.spring.SpringLiquibase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import javax.sql.DataSource;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A first start on an empty data folder takes the build's seed database (ADR 0031) only when it is the embedded
 * default's H2 file, missing, and the seed matches this start's changelogs; everything else runs Liquibase as before.
 * Most cases use a small seed made here from LiquibaseUpToDateCheckTest's changelog, with a marker table that only the
 * seed has; the last one the seed the build made from the real changelogs.
 */
class SeedDatabaseTest {

    private static final String CHANGELOG = "classpath:liquibase-up-to-date-check/changelog.yaml";
    private static final String OPTIONS = ";MODE=MariaDB";

    @TempDir
    Path temp;

    @Test
    void an_empty_data_folder_gets_the_seed_and_its_first_start_skips_the_update() throws Exception {
        var seed = smallSeed();
        var folder = temp.resolve("new/data");   // not there yet, as ./data in a fresh clone

        var dataSource = h2File(folder, OPTIONS);
        assertThat(start(dataSource, seed)).as("the update ran").isFalse();
        assertThat(tables(dataSource)).contains("FIRST_TABLE", "SECOND_TABLE", "DEMO_TABLE", "SEED_MARKER");
        assertThat(folder.resolve("portal.liquibase-fingerprint")).exists();
        assertThat(start(dataSource, seed)).as("restart").isFalse();
        try (var files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .as("no temporary copy left").contains("portal.mv.db", "portal.liquibase-fingerprint")
                    .noneMatch(name -> name.endsWith(".seed"));
        }
    }

    @Test
    void a_start_without_the_demo_profile_never_gets_the_demo_seed() throws Exception {
        var seed = smallSeed();
        var folder = temp.resolve("production/data");
        var dataSource = h2File(folder, OPTIONS);

        assertThat(run(liquibase(dataSource, CHANGELOG, "production"), seed)).as("the update ran").isTrue();
        assertThat(tables(dataSource)).contains("FIRST_TABLE", "SECOND_TABLE")
                .doesNotContain("SEED_MARKER", "DEMO_TABLE");
    }

    @Test
    void an_existing_database_is_never_touched() throws Exception {
        var seed = smallSeed();
        var folder = temp.resolve("existing");
        var before = h2File(folder, OPTIONS);
        new JdbcTemplate(before).execute("CREATE TABLE own_data (id BIGINT)");
        before.destroy();   // closed, as after a stop: the next start opens the file anew

        var dataSource = h2File(folder, OPTIONS);
        assertThat(start(dataSource, seed)).as("the update ran").isTrue();
        assertThat(tables(dataSource)).contains("OWN_DATA", "FIRST_TABLE").doesNotContain("SEED_MARKER");
    }

    @Test
    void a_seed_of_other_changelogs_is_ignored_and_liquibase_runs() throws Exception {
        var seed = smallSeed();
        // one more file in the changelog folder than when the seed was made, as after a new change set
        var later = temp.resolve("later");
        Files.createDirectories(later.resolve("liquibase-up-to-date-check"));
        Files.writeString(later.resolve("liquibase-up-to-date-check/0099-later.yaml"), "databaseChangeLog: []\n");
        var folder = temp.resolve("stale");
        var dataSource = h2File(folder, OPTIONS);

        var thread = Thread.currentThread();
        var previous = thread.getContextClassLoader();
        try (var withLaterFile = new URLClassLoader(new java.net.URL[] {later.toUri().toURL()}, previous)) {
            thread.setContextClassLoader(withLaterFile);
            assertThat(start(dataSource, seed)).as("the update ran").isTrue();
        } finally {
            thread.setContextClassLoader(previous);
        }
        assertThat(tables(dataSource)).contains("FIRST_TABLE", "DEMO_TABLE").doesNotContain("SEED_MARKER");
    }

    @Test
    void other_url_options_another_password_or_an_incomplete_seed_leave_it_unused() throws Exception {
        var seed = smallSeed();
        var otherMode = h2File(temp.resolve("other-mode"), ";MODE=PostgreSQL");
        assertThat(start(otherMode, seed)).isTrue();
        assertThat(tables(otherMode)).doesNotContain("SEED_MARKER");

        var password = new SingleConnectionDataSource("jdbc:h2:file:" + temp.resolve("password/portal") + OPTIONS,
                "sa", "secret", true);
        assertThat(start(password, seed)).isTrue();
        assertThat(tables(password)).doesNotContain("SEED_MARKER");

        Files.delete(temp.resolve("seed-root/seed/" + SeedDatabase.MANIFEST));
        var incomplete = h2File(temp.resolve("incomplete"), OPTIONS);
        assertThat(start(incomplete, seed)).isTrue();
        assertThat(tables(incomplete)).doesNotContain("SEED_MARKER");
    }

    @Test
    void mariadb_and_in_memory_databases_are_left_alone() throws Exception {
        var seed = smallSeed();
        var memory = new SingleConnectionDataSource("jdbc:h2:mem:seed_test;DB_CLOSE_DELAY=-1" + OPTIONS, "sa", "",
                true);
        assertThat(start(memory, seed)).isTrue();
        assertThat(tables(memory)).doesNotContain("SEED_MARKER");

        try (var mariadb = new HikariDataSource()) {
            mariadb.setJdbcUrl("jdbc:mariadb://127.0.0.1:1/portal");   // never connected to: the URL says enough
            mariadb.setUsername("sa");
            var liquibase = new SpringLiquibase();
            liquibase.setDataSource(mariadb);
            liquibase.setChangeLog(CHANGELOG);
            assertThat(seed.provideIfMissing(liquibase)).isFalse();
        }
        try (var files = Files.list(temp)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("seed-root");
        }
    }

    /**
     * The seed the build made (target/classes/seed, before the tests) against a first start by Liquibase: the same
     * change sets and rows in every table, plus the runners' work (search index, sort keys) already done.
     */
    @Test
    void the_builds_seed_holds_what_a_first_start_makes() throws Exception {
        assertThat(SeedDatabaseTest.class.getClassLoader().getResource("seed/" + SeedDatabase.MANIFEST))
                .as("the build's seed (made in process-classes; missing with -Dportal.seed.skip=true)").isNotNull();
        var url = embeddedDefaultUrl();
        var clock = Clock.fixed(Instant.parse("2031-01-02T03:04:05Z"), ZoneOffset.UTC);

        try (var seeded = hikari(url.replace("${PORTAL_DATA_DIR:./data}", temp.resolve("seeded").toString()));
             var built = hikari(url.replace("${PORTAL_DATA_DIR:./data}", temp.resolve("built").toString()))) {
            var seedOnTheClassPath = new SeedDatabase(SeedDatabaseTest.class.getClassLoader(), SeedDatabase.LOCATION,
                    clock);
            assertThat(startEmbeddedDefault(seeded, seedOnTheClassPath)).as("the update ran").isFalse();
            assertThat(startEmbeddedDefault(built, null)).as("the update ran").isTrue();

            var seededDb = new JdbcTemplate(seeded);
            var builtDb = new JdbcTemplate(built);
            assertThat(seededDb.queryForObject("SELECT COUNT(*) FROM admin_unit", Integer.class)).isEqualTo(31_748);
            assertThat(seededDb.queryForList("SELECT username FROM user_account ORDER BY id", String.class))
                    .containsExactly("admin", "officer", "head", "liaison-lt", "liaison-pl", "guest-iom");
            assertThat(seededDb.queryForList("SELECT ID FROM DATABASECHANGELOG ORDER BY ORDEREXECUTED", String.class))
                    .isEqualTo(builtDb.queryForList("SELECT ID FROM DATABASECHANGELOG ORDER BY ORDEREXECUTED",
                            String.class));
            for (var table : tables(built)) {
                if (!table.startsWith("SEARCH_") && !table.equals("DATABASECHANGELOGLOCK")) {
                    assertThat(count(seededDb, table)).as(table).isEqualTo(count(builtDb, table));
                }
            }
            // what the application runners do after Liquibase: done in the seed (here, without them, not)
            assertThat(seededDb.queryForObject("SELECT needs_rebuild FROM search_index_state", Boolean.class)).isFalse();
            assertThat(count(seededDb, "SEARCH_RECORD")).isPositive();
            assertThat(seededDb.queryForObject("SELECT COUNT(*) FROM partnership WHERE sort_ukrainian_uk IS NULL",
                    Integer.class)).isZero();
            assertThat(count(seededDb, "PARTNERSHIP")).isPositive();
            // the history's first revision carries the first start's time, not the build's
            assertThat(seededDb.queryForList("SELECT revision_timestamp FROM revision_info WHERE username = 'system'",
                    Long.class)).isNotEmpty().containsOnly(clock.millis());
        }
    }

    // ------------------------------------------------------------------------------------------------ helpers

    /** A seed made from the small changelog (contexts "demo") with a table only the seed has, on a class path root. */
    private SeedDatabase smallSeed() throws Exception {
        var made = temp.resolve("seed-root/made");
        var dataSource = h2File(made, OPTIONS);
        assertThat(start(dataSource, null)).isTrue();
        new JdbcTemplate(dataSource).execute("CREATE TABLE seed_marker (id BIGINT)");
        dataSource.destroy();
        SeedDatabaseBuilder.writeSeed(temp.resolve("seed-root/seed"), made,
                "jdbc:h2:file:" + made.resolve("portal") + OPTIONS, "sa", "", "demo",
                LiquibaseUpToDateCheck.changelogFingerprint(liquibase(dataSource, CHANGELOG, "demo")), "test");
        var root = temp.resolve("seed-root").toUri().toURL();
        return new SeedDatabase(new URLClassLoader(new java.net.URL[] {root}, null), SeedDatabase.LOCATION,
                Clock.systemUTC());
    }

    private static SingleConnectionDataSource h2File(Path folder, String options) {
        return new SingleConnectionDataSource("jdbc:h2:file:" + folder.resolve("portal") + options, "sa", "", true);
    }

    /**
     * One start with the demo profile as Spring does it (see LiquibaseUpToDateCheckTest); {@code null}: no seed. Says
     * whether it ran.
     */
    private static boolean start(DataSource dataSource, SeedDatabase seed) throws Exception {
        return run(liquibase(dataSource, CHANGELOG, "demo"), seed);
    }

    private static boolean startEmbeddedDefault(DataSource dataSource, SeedDatabase seed) throws Exception {
        return run(liquibase(dataSource, "classpath:db/changelog/db.changelog-master.yaml", "demo"), seed);
    }

    private static boolean run(ObservedLiquibase liquibase, SeedDatabase seed) throws Exception {
        var noSeed = new SeedDatabase(new URLClassLoader(new java.net.URL[0], null), SeedDatabase.LOCATION,
                Clock.systemUTC());
        var check = new LiquibaseUpToDateCheck(seed == null ? noSeed : seed);
        check.postProcessBeforeInitialization(liquibase, "liquibase");
        liquibase.afterPropertiesSet();
        check.postProcessAfterInitialization(liquibase, "liquibase");
        return liquibase.ran();
    }

    /** {@code contexts}: as Spring Boot sets spring.liquibase.contexts (demo with the demo profile, else production). */
    private static ObservedLiquibase liquibase(DataSource dataSource, String changelog, String contexts) {
        var liquibase = new ObservedLiquibase();
        liquibase.setDataSource(dataSource);
        liquibase.setChangeLog(changelog);
        liquibase.setContexts(contexts);
        liquibase.setResourceLoader(new DefaultResourceLoader());
        return liquibase;
    }

    /** spring.datasource.url of application.properties, with its ${PORTAL_DATA_DIR:./data} placeholder. */
    private static String embeddedDefaultUrl() throws Exception {
        var properties = new Properties();
        try (var in = SeedDatabaseTest.class.getClassLoader().getResourceAsStream("application.properties")) {
            properties.load(in);
        }
        return properties.getProperty("spring.datasource.url");
    }

    private static HikariDataSource hikari(String url) {
        var dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(url);
        dataSource.setUsername("sa");
        dataSource.setPassword("");
        return dataSource;
    }

    private static List<String> tables(DataSource dataSource) {
        return new JdbcTemplate(dataSource).queryForList("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
                + " WHERE TABLE_SCHEMA = 'PUBLIC'", String.class);
    }

    private static int count(JdbcTemplate jdbc, String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM \"" + table + "\"", Integer.class);
    }

    private static final class ObservedLiquibase extends SpringLiquibase {
        boolean ran() {
            return shouldRun;
        }
    }
}
