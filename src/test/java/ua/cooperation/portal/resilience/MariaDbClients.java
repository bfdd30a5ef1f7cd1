package ua.cooperation.portal.resilience;

import ua.cooperation.portal.testsupport.TestDatabase;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The {@code mariadb-dump} and {@code mariadb} command-line clients, run as an administrator would run them in the
 * procedure of docs/operations.md. Skips the calling test on H2 (with a message), and when the clients are missing
 * unless MariaDB is required ({@code PORTAL_TEST_DB=mariadb}): then a missing client fails the test.
 */
final class MariaDbClients {

    private static final Pattern MARIADB_URL = Pattern.compile("jdbc:mariadb://([^:/]+):(\\d+)/(.*)");

    private final String host;
    private final String port;
    private final String user;
    private final String password;

    private MariaDbClients(String host, String port, String user, String password) {
        this.host = host;
        this.port = port;
        this.user = user;
        this.password = password;
    }

    /** The clients for the server of {@code db}, or the calling test is skipped or failed as described above. */
    static MariaDbClients forServerOf(TestDatabase.Connection db) {
        assumeTrue(db.kind() == TestDatabase.Kind.MARIADB, "SKIPPED: the tests run on H2 (" + db.reason()
                + "); backup and restore with mariadb-dump need MariaDB (PORTAL_TEST_DB=mariadb)");
        var missing = new ArrayList<String>();
        for (var client : List.of("mariadb-dump", "mariadb")) {
            if (find(client) == null) {
                missing.add(client);
            }
        }
        if (!missing.isEmpty()) {
            var message = "the MariaDB client programs " + missing + " are not on the PATH (Debian: apt-get install "
                    + "mariadb-client)";
            if ("mariadb".equalsIgnoreCase(System.getenv("PORTAL_TEST_DB"))) {
                fail("PORTAL_TEST_DB=mariadb, but " + message);
            }
            assumeTrue(false, "SKIPPED: " + message);
        }
        var m = MARIADB_URL.matcher(db.url());
        if (!m.matches()) {
            throw new IllegalStateException("Not a MariaDB URL: " + db.url());
        }
        return new MariaDbClients(m.group(1), m.group(2), db.username(), db.password());
    }

    static String databaseName(TestDatabase.Connection db) {
        var m = MARIADB_URL.matcher(db.url());
        if (!m.matches()) {
            throw new IllegalStateException("Not a MariaDB URL: " + db.url());
        }
        return m.group(3);
    }

    /** {@code mariadb-dump --single-transaction …} of one database into {@code file}, as docs/operations.md says. */
    void dump(String database, Path file) throws IOException, InterruptedException {
        run(List.of("mariadb-dump", "--single-transaction", "--routines", "--triggers", "--events", "--hex-blob",
                "--default-character-set=utf8mb4", "--max-allowed-packet=64M", "--result-file=" + file, database),
                null);
    }

    /** {@code mariadb database < file}: restores a dump into an existing, empty database. */
    void restore(Path file, String database) throws IOException, InterruptedException {
        run(List.of("mariadb", "--default-character-set=utf8mb4", "--max-allowed-packet=64M", database),
                file.toFile());
    }

    private void run(List<String> command, File input) throws IOException, InterruptedException {
        var full = new ArrayList<String>();
        full.add(command.getFirst());
        full.addAll(List.of("--host=" + host, "--port=" + port, "--user=" + user, "--protocol=TCP"));
        full.addAll(command.subList(1, command.size()));
        var builder = new ProcessBuilder(full).redirectErrorStream(true);
        if (password != null && !password.isEmpty()) {
            // not on the command line, where other users of the machine could read it
            builder.environment().put("MYSQL_PWD", password);
        }
        if (input != null) {
            builder.redirectInput(input);
        }
        var process = builder.start();
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", full) + " failed: " + output);
        }
    }

    private static Path find(String program) {
        var path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (var dir : path.split(File.pathSeparator)) {
            var candidate = Path.of(dir, program);
            if (candidate.toFile().canExecute()) {
                return candidate;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return "MariaDB clients for " + host + ":" + port + " as " + user.toLowerCase(Locale.ROOT);
    }
}
