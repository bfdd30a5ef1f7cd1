package ua.cooperation.portal.testsupport;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;

/**
 * Decides which database the tests run on, from the environment variable {@code PORTAL_TEST_DB}:
 * <ul>
 *   <li>{@code auto} (default): MariaDB on 127.0.0.1:3306 (user root, no password) when it answers, else H2;</li>
 *   <li>{@code mariadb}: MariaDB is required; the run fails when it is not reachable (CI uses this);</li>
 *   <li>{@code h2}: always the embedded H2 in MariaDB mode.</li>
 * </ul>
 * Host, port, user and password can be changed with {@code PORTAL_TEST_DB_HOST}, {@code _PORT}, {@code _USER},
 * {@code _PASSWORD}. Each database is dropped and created afresh the first time a test JVM asks for it, so every
 * run starts from the Liquibase changelogs alone.
 * <p>
 * {@code PORTAL_TEST_DB_NAME_SUFFIX} (optional, letters, digits and {@code _}) is appended to every database name, so
 * that two runs on one MariaDB server at the same time (e.g. two worktrees) do not drop each other's databases:
 * {@code PORTAL_TEST_DB_NAME_SUFFIX=_docs} gives {@code portal_test_docs}.
 */
public final class TestDatabase {

    public enum Kind { MARIADB, H2 }

    public record Connection(Kind kind, String url, String username, String password, String reason) {
    }

    private static final Map<String, Connection> PREPARED = new ConcurrentHashMap<>();
    private static volatile Kind resolvedKind;
    private static volatile String resolution;

    private TestDatabase() {
    }

    /** A fresh database called {@code name} on the resolved server (a fresh in-memory H2 when on H2). */
    public static synchronized Connection prepare(String name) {
        return PREPARED.computeIfAbsent(name, TestDatabase::create);
    }

    public static synchronized Kind kind() {
        if (resolvedKind == null) {
            resolve();
        }
        return resolvedKind;
    }

    /** Why this database was chosen, for the test log. */
    public static String resolution() {
        kind();
        return resolution;
    }

    private static void resolve() {
        var mode = env("PORTAL_TEST_DB", "auto").toLowerCase(Locale.ROOT);
        switch (mode) {
            case "h2" -> {
                resolvedKind = Kind.H2;
                resolution = "H2 (PORTAL_TEST_DB=h2)";
            }
            case "mariadb" -> {
                var problem = probeMariaDb();
                if (problem != null) {
                    throw new IllegalStateException("PORTAL_TEST_DB=mariadb but MariaDB is not usable at "
                            + host() + ":" + port() + ": " + problem);
                }
                resolvedKind = Kind.MARIADB;
                resolution = "MariaDB at " + host() + ":" + port() + " (required by PORTAL_TEST_DB=mariadb)";
            }
            default -> {
                var problem = probeMariaDb();
                if (problem == null) {
                    resolvedKind = Kind.MARIADB;
                    resolution = "MariaDB at " + host() + ":" + port() + " (found by PORTAL_TEST_DB=auto)";
                } else {
                    resolvedKind = Kind.H2;
                    resolution = "H2 in MariaDB mode: MariaDB was not usable at " + host() + ":" + port()
                            + " (" + problem + "); the MariaDB part of the suite was SKIPPED";
                }
            }
        }
        System.out.println("[portal-tests] database: " + resolution);
    }

    private static Connection create(String requestedName) {
        var name = requestedName + nameSuffix();
        if (kind() == Kind.H2) {
            var url = "jdbc:h2:mem:" + name + ";MODE=MariaDB;DEFAULT_NULL_ORDERING=HIGH;COLLATION=uk STRENGTH SECONDARY;"
                    + "DB_CLOSE_DELAY=-1";
            return new Connection(Kind.H2, url, "sa", "", resolution);
        }
        try (var connection = DriverManager.getConnection(serverUrl(), user(), password());
             var statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS `" + name + "`");
            statement.execute("CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create test database " + name + " on MariaDB", e);
        }
        return new Connection(Kind.MARIADB, serverUrl() + name, user(), password(), resolution);
    }

    private static String probeMariaDb() {
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress(host(), port()), 1000);
        } catch (Exception e) {
            return "nothing listens on the port";
        }
        try (var connection = DriverManager.getConnection(serverUrl(), user(), password())) {
            return connection.isValid(2) ? null : "connection not valid";
        } catch (SQLException e) {
            return e.getMessage();
        }
    }

    private static String nameSuffix() {
        var suffix = env("PORTAL_TEST_DB_NAME_SUFFIX", "");
        if (!suffix.matches("[A-Za-z0-9_]*")) {
            // it becomes part of a quoted identifier in DROP DATABASE: nothing but a plain name
            throw new IllegalStateException("PORTAL_TEST_DB_NAME_SUFFIX may hold only letters, digits and _: " + suffix);
        }
        return suffix;
    }

    private static String serverUrl() {
        return "jdbc:mariadb://" + host() + ":" + port() + "/";
    }

    private static String host() {
        return env("PORTAL_TEST_DB_HOST", "127.0.0.1");
    }

    private static int port() {
        return Integer.parseInt(env("PORTAL_TEST_DB_PORT", "3306"));
    }

    private static String user() {
        return env("PORTAL_TEST_DB_USER", "root");
    }

    private static String password() {
        return env("PORTAL_TEST_DB_PASSWORD", "");
    }

    private static String env(String name, String fallback) {
        var value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}
