package ua.cooperation.portal.base;

import liquibase.integration.spring.SpringLiquibase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A restart of the embedded default skips Liquibase's update only when it has nothing to do; a pending change set
 * (a database restored from an older backup, other contexts) is always applied.
 */
class LiquibaseUpToDateCheckTest {

    private static final String CHANGELOG = "classpath:liquibase-up-to-date-check/changelog.yaml";

    @TempDir
    Path dataFolder;

    @Test
    void a_restart_on_an_unchanged_database_skips_the_update_and_a_pending_change_set_is_still_applied() throws Exception {
        var dataSource = h2File();
        var jdbc = new JdbcTemplate(dataSource);

        assertThat(start(dataSource, "demo")).as("first start: the update runs").isTrue();
        assertThat(tables(jdbc)).containsExactlyInAnyOrder("FIRST_TABLE", "SECOND_TABLE", "DEMO_TABLE");
        assertThat(dataFolder.resolve("portal.liquibase-fingerprint")).exists();

        assertThat(start(dataSource, "demo")).as("restart, nothing changed: skipped").isFalse();

        // the database goes back to before the second change set, as a restore of an older backup would
        jdbc.execute("DROP TABLE second_table");
        jdbc.update("DELETE FROM DATABASECHANGELOG WHERE ID = 'check-2'");
        assertThat(start(dataSource, "demo")).as("a pending change set: the update runs").isTrue();
        assertThat(tables(jdbc)).contains("SECOND_TABLE");
        assertThat(start(dataSource, "demo")).isFalse();

        assertThat(start(dataSource, "production")).as("other contexts: the update runs").isTrue();
    }

    @Test
    void a_failed_update_leaves_no_fingerprint_so_the_next_start_runs_it_again() throws Exception {
        var dataSource = h2File();
        new JdbcTemplate(dataSource).execute("CREATE TABLE second_table (id BIGINT)");   // in the way of check-2

        assertThatThrownBy(() -> start(dataSource, "demo")).isInstanceOf(Exception.class);
        assertThat(dataFolder.resolve("portal.liquibase-fingerprint")).doesNotExist();
    }

    @Test
    void in_memory_databases_always_run_the_update() throws Exception {
        var dataSource = new SingleConnectionDataSource("jdbc:h2:mem:up_to_date_check;DB_CLOSE_DELAY=-1", "sa", "", true);

        assertThat(start(dataSource, "demo")).isTrue();
        assertThat(start(dataSource, "demo")).isTrue();
        try (var files = Files.list(dataFolder)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void the_fingerprint_covers_every_file_in_the_master_changelogs_folder() {
        assertThat(LiquibaseUpToDateCheck.changelogFiles("classpath:db/changelog/db.changelog-master.yaml"))
                .isEqualTo("classpath*:db/changelog/**/*");
        assertThatThrownBy(() -> LiquibaseUpToDateCheck.changelogFiles("classpath:master.yaml"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private DataSource h2File() {
        return new SingleConnectionDataSource("jdbc:h2:file:" + dataFolder.resolve("portal") + ";MODE=MariaDB", "sa", "",
                true);
    }

    /** One start as Spring does it: the check around the Liquibase bean's initialisation. Says whether it ran. */
    private static boolean start(DataSource dataSource, String contexts) throws Exception {
        var liquibase = new ObservedLiquibase();
        liquibase.setDataSource(dataSource);
        liquibase.setChangeLog(CHANGELOG);
        liquibase.setContexts(contexts);
        liquibase.setResourceLoader(new DefaultResourceLoader());
        var check = new LiquibaseUpToDateCheck();
        check.postProcessBeforeInitialization(liquibase, "liquibase");
        liquibase.afterPropertiesSet();
        check.postProcessAfterInitialization(liquibase, "liquibase");
        return liquibase.ran();
    }

    private static java.util.List<String> tables(JdbcTemplate jdbc) {
        return jdbc.queryForList("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'"
                + " AND TABLE_NAME NOT LIKE 'DATABASECHANGELOG%'", String.class);
    }

    private static final class ObservedLiquibase extends SpringLiquibase {
        boolean ran() {
            return shouldRun;
        }
    }
}
