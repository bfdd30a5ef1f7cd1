package ua.cooperation.portal.resilience;

import org.junit.jupiter.api.Test;
import ua.cooperation.portal.testsupport.TestDatabase;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The portal process is killed during saves (issue 9): a child JVM runs the real application ({@link SaveLoop}) and
 * saves programmes with dozens of child rows and multi-megabyte documents in a loop; at a random moment it gets
 * SIGKILL. Then every programme must be complete — exactly the sectors, transactions, indicators, periods and
 * countries its identifier announces, its approval step and its history — or absent; every document must have all its
 * bytes; nothing the child reported as saved may be missing. The child uses its own fresh MariaDB database; skipped on
 * H2.
 */
class KillDuringSavesTest {

    private static final Pattern IDENTIFIER = Pattern.compile(
            Pattern.quote(SaveLoop.PREFIX) + "(\\d+)-S(\\d+)-T(\\d+)-I(\\d+)-P(\\d+)-C(\\d+)");

    @Test
    void a_process_killed_during_saves_leaves_every_record_complete_or_absent() throws Exception {
        var db = database();
        var seed = System.nanoTime();
        var random = new Random(seed);
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        var builder = new ProcessBuilder(java, "-Xmx512m", "-cp", classpath, SaveLoop.class.getName(), db.url(),
                Long.toString(seed)).redirectErrorStream(true);
        builder.environment().put("KILL_TEST_DB_USER", db.username());
        builder.environment().put("KILL_TEST_DB_PASSWORD", db.password());
        var log = Path.of("target", "kill-test", "child.log");
        Files.createDirectories(log.getParent());

        var started = System.nanoTime();
        var child = builder.start();
        var lines = new CopyOnWriteArrayList<String>();
        var ready = new CountDownLatch(1);
        var reader = new Thread(() -> {
            try (var in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
                 var out = Files.newBufferedWriter(log)) {
                String line;
                while ((line = in.readLine()) != null) {
                    out.write(line);
                    out.newLine();
                    if (line.equals(SaveLoop.READY)) {
                        ready.countDown();
                    } else if (line.startsWith("BEGIN ") || line.startsWith("SAVED ")) {
                        lines.add(line);
                    }
                }
            } catch (Exception ignored) {
                // the child was killed
            }
        }, "kill-test-child-output");
        reader.setDaemon(true);
        reader.start();

        long readyAt;
        long killedAt;
        try {
            // Liquibase builds the schema and the demo data first: 131 s on the shared development machine with a
            // load of 18 on its 2 CPUs, more than 300 s at a load of 40; a dead child fails at once
            var startDeadline = System.nanoTime() + 600_000_000_000L;
            while (!ready.await(1, TimeUnit.SECONDS)) {
                assertThat(child.isAlive()).as("the child application is starting (its output: "
                        + log.toAbsolutePath() + ")").isTrue();
                assertThat(System.nanoTime() < startDeadline).as("the child application started within 600 s (its "
                        + "output: " + log.toAbsolutePath() + ")").isTrue();
            }
            readyAt = System.nanoTime();
            // at least a few saves, then a random moment within the next seconds
            while (lines.stream().filter(l -> l.startsWith("SAVED ")).count() < 5 && child.isAlive()
                    && System.nanoTime() - readyAt < 60_000_000_000L) {
                Thread.sleep(20);
            }
            Thread.sleep(500 + random.nextInt(4000));
        } finally {
            killedAt = System.nanoTime();
            child.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no rollback by the application
            child.waitFor(30, TimeUnit.SECONDS);
        }
        reader.join(5000);
        assertThat(child.exitValue()).as("killed by SIGKILL").isEqualTo(137);

        var begun = lines.stream().filter(l -> l.startsWith("BEGIN ")).map(l -> l.substring(6)).toList();
        var saved = lines.stream().filter(l -> l.startsWith("SAVED ")).map(l -> l.substring(6)).toList();
        var inFlight = new ArrayList<>(begun);
        inFlight.removeAll(saved);
        assertThat(saved).as("the child saved before it was killed").hasSizeGreaterThanOrEqualTo(5);

        try (var connection = DriverManager.getConnection(db.url(), db.username(), db.password())) {
            var programmes = checkProgrammes(connection);
            var documents = checkDocuments(connection);
            for (var identifier : saved) {
                if (!identifier.startsWith("document of ")) {
                    assertThat(programmes).as("reported saved").contains(identifier);
                }
            }
            assertThat(documents).as("documents reported saved are stored")
                    .isGreaterThanOrEqualTo(saved.stream().filter(s -> s.startsWith("document of ")).count());
            assertNoOrphans(connection);
            System.out.printf("[fault] kill test (seed %d): child ready after %d ms, killed %d ms later; %d programmes "
                            + "and %d documents stored, every one complete; %d saves reported done; in flight at the "
                            + "kill: %s%n", seed, (readyAt - started) / 1_000_000, (killedAt - readyAt) / 1_000_000,
                    programmes.size(), documents, saved.size(), inFlight.isEmpty() ? "none" : inFlight);
        }
    }

    /**
     * The child's own fresh MariaDB database. Not on H2: H2 2.4.240 with the embedded default's database collation
     * ({@code COLLATION=uk}) cannot reopen a file left by a killed process at all (see docs/operations.md), so there
     * is nothing to check; that finding is documented rather than asserted here.
     */
    private static TestDatabase.Connection database() {
        assumeTrue(TestDatabase.kind() == TestDatabase.Kind.MARIADB, "SKIPPED: the tests run on H2 ("
                + TestDatabase.resolution() + "); the kill test needs MariaDB (PORTAL_TEST_DB=mariadb). The embedded "
                + "H2 file cannot be reopened after a kill: see docs/operations.md");
        return TestDatabase.prepare("portal_kill");
    }

    /** Every programme of the loop has exactly the rows its identifier announces; returns their identifiers. */
    private static List<String> checkProgrammes(Connection connection) throws SQLException {
        var identifiers = new ArrayList<String>();
        try (var statement = connection.prepareStatement("select id, identifier from programme where identifier like ?")) {
            statement.setString(1, SaveLoop.PREFIX + "%");
            try (var result = statement.executeQuery()) {
                while (result.next()) {
                    var id = result.getLong(1);
                    var identifier = result.getString(2);
                    var m = IDENTIFIER.matcher(identifier);
                    assertThat(m.matches()).as(identifier).isTrue();
                    assertThat(count(connection, "programme_sector", id)).as(identifier + " sectors")
                            .isEqualTo(Long.parseLong(m.group(2)));
                    assertThat(count(connection, "programme_transaction", id)).as(identifier + " transactions")
                            .isEqualTo(Long.parseLong(m.group(3)));
                    assertThat(count(connection, "programme_indicator", id)).as(identifier + " indicators")
                            .isEqualTo(Long.parseLong(m.group(4)));
                    assertThat(count(connection, "programme_indicator_period", id)).as(identifier + " periods")
                            .isEqualTo(Long.parseLong(m.group(5)));
                    assertThat(count(connection, "programme_country", id)).as(identifier + " countries")
                            .isEqualTo(Long.parseLong(m.group(6)));
                    assertThat(count(connection, "programme_approval_step", id)).as(identifier + " approval step")
                            .isEqualTo(1);
                    assertThat(count(connection, "programme_sector_aud", id)).as(identifier + " sector history")
                            .isEqualTo(Long.parseLong(m.group(2)));
                    assertThat(scalar(connection, "select count(*) from programme_aud a join revision_info r "
                            + "on r.id = a.rev where a.id = " + id)).as(identifier + " history").isEqualTo(1);
                    identifiers.add(identifier);
                }
            }
        }
        return identifiers;
    }

    /** Every document of the loop has all its bytes; returns how many there are. */
    private static long checkDocuments(Connection connection) throws SQLException {
        long documents = 0;
        try (var statement = connection.createStatement();
             var result = statement.executeQuery("select d.id, d.size_bytes, (select count(*) from document_chunk c "
                     + "where c.document_id = d.id), (select sum(length(c.bytes)) from document_chunk c "
                     + "where c.document_id = d.id), (select count(*) from document_aud a where a.id = d.id) "
                     + "from document d join programme p on p.id = d.owner_id and d.owner_kind = 'PROGRAMME' "
                     + "where p.identifier like '" + SaveLoop.PREFIX + "%'")) {
            while (result.next()) {
                var size = result.getLong(2);
                assertThat(result.getLong(3)).as("chunks of document " + result.getLong(1))
                        .isEqualTo((size + 1024 * 1024 - 1) / (1024 * 1024));
                assertThat(result.getLong(4)).as("bytes of document " + result.getLong(1)).isEqualTo(size);
                assertThat(result.getLong(5)).as("history of document " + result.getLong(1)).isEqualTo(1);
                documents++;
            }
        }
        return documents;
    }

    private static void assertNoOrphans(Connection connection) throws SQLException {
        for (var table : List.of("programme_sector", "programme_transaction", "programme_indicator",
                "programme_indicator_period", "programme_country", "programme_approval_step")) {
            assertThat(scalar(connection, "select count(*) from " + table + " x left join programme p "
                    + "on p.id = x.programme_id where p.id is null")).as("orphans in " + table).isZero();
        }
        assertThat(scalar(connection, "select count(*) from document_chunk c left join document d "
                + "on d.id = c.document_id where d.id is null")).as("orphan chunks").isZero();
        assertThat(scalar(connection, "select count(*) from programme_aud a left join revision_info r "
                + "on r.id = a.rev where r.id is null")).as("history rows without their revision").isZero();
    }

    private static long count(Connection connection, String table, long programmeId) throws SQLException {
        return scalar(connection, "select count(*) from " + table + " where programme_id = " + programmeId);
    }

    private static long scalar(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement(); var result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
