package ua.cooperation.portal.benchmark;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

/**
 * The large benchmark data set's database on MariaDB: {@code portal_bench} (or {@code PORTAL_BENCH_DB}) on the server
 * the tests use ({@code PORTAL_TEST_DB_HOST}, {@code _PORT}, {@code _USER}, {@code _PASSWORD}; default root without
 * password at 127.0.0.1:3306). Unlike the test databases it is not dropped when a test JVM starts: the
 * {@link BenchDataGenerator} fills it once, and the benchmarks read it as often as wanted. Liquibase brings its schema
 * up to date at every start, so new indexes reach the data set without generating it again.
 */
final class BenchDatabase {

    private BenchDatabase() {
    }

    static String name() {
        var name = env("PORTAL_BENCH_DB", "portal_bench");
        if (!name.matches("[A-Za-z0-9_]+")) {
            // it becomes part of a quoted identifier in DROP DATABASE: nothing but a plain name
            throw new IllegalStateException("PORTAL_BENCH_DB may hold only letters, digits and _: " + name);
        }
        return name;
    }

    static String serverUrl() {
        return "jdbc:mariadb://" + env("PORTAL_TEST_DB_HOST", "127.0.0.1") + ":" + env("PORTAL_TEST_DB_PORT", "3306")
                + "/";
    }

    static String url() {
        return serverUrl() + name();
    }

    static String user() {
        return env("PORTAL_TEST_DB_USER", "root");
    }

    static String password() {
        return env("PORTAL_TEST_DB_PASSWORD", "");
    }

    /** Drops the benchmark database and creates it empty (the generator's first step). */
    static void recreate() {
        try (var connection = DriverManager.getConnection(serverUrl(), user(), password());
             var statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS `" + name() + "`");
            statement.execute("CREATE DATABASE `" + name() + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the benchmark database " + name() + " on MariaDB", e);
        }
    }

    private static String env(String name, String fallback) {
        var value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    /** Points a Spring context at the benchmark database as it is (the benchmarks). */
    static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("portal-bench-database",
                    Map.of("spring.datasource.url", url(),
                            "spring.datasource.username", user(),
                            "spring.datasource.password", password(),
                            // never mail anyone from a data set of made-up people
                            "spring.mail.host", "",
                            "portal.reminders.digest-cron", "-")));
        }
    }

    /** Drops and creates the benchmark database first, so that Liquibase builds it from nothing (the generator). */
    static class FreshInitializer extends Initializer {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            recreate();
            super.initialize(context);
        }
    }
}
