package ua.cooperation.portal.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The packaged production jar ({@code -Dportal.jar}, set by the failsafe configuration), started as a separate
 * process on a free port, so that the browser journeys and the load smoke run test exactly what is deployed: the
 * production frontend bundle, the static resources copied from {@code frontend/}, security and the demo data of the
 * default profile.
 * <p>
 * The database is the caller's choice, usually {@link #testDatabase}: a fresh MariaDB database when the suite runs on
 * MariaDB ({@link TestDatabase}), else the default embedded H2 file database in a temporary directory
 * ({@code PORTAL_DATA_DIR}). Output goes to {@code target/portal-PURPOSE-it.log}.
 */
public final class PackagedPortal implements AutoCloseable {

    /** The database the portal is started on, passed as Spring's datasource settings. */
    public record Database(String url, String username, String password) {
    }

    // 20 s on an idle machine; minutes when other builds share its two cores, and a slow start is not what we test
    // longer with -Dportal.startup-timeout-seconds=… on a crowded machine (a jar under nice 19 may take minutes)
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(
            Long.getLong("portal.startup-timeout-seconds", 360));
    private static final Duration POLL_INTERVAL = Duration.ofMillis(500);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);

    private final Process process;
    private final Path dataDir;
    private final Path log;
    private final String baseUrl;

    private final String purpose;
    private final Database database;

    private PackagedPortal(String purpose, Database database, Process process, Path dataDir, Path log,
                           String baseUrl) {
        this.purpose = purpose;
        this.database = database;
        this.process = process;
        this.dataDir = dataDir;
        this.log = log;
        this.baseUrl = baseUrl;
    }

    /**
     * Starts the jar and waits until its sign-in page answers; fails with the end of the log if it does not.
     *
     * @param purpose    names the log, the data folder and the messages ({@code browser}, {@code load})
     * @param databaseIn the database for the portal's data folder, or {@code null} for the default embedded H2
     */
    public static PackagedPortal start(String purpose, Function<Path, Database> databaseIn) {
        var jar = Path.of(requiredProperty("portal.jar")).toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("The packaged portal " + jar + " does not exist: the " + purpose
                    + " tests run against the production jar, so run them with `mvn verify` (package comes first)");
        }
        var log = jar.resolveSibling("portal-" + purpose + "-it.log");
        var port = freePort();
        try {
            var dataDir = Files.createTempDirectory("portal-" + purpose + "-data");
            var command = new ArrayList<>(List.of(javaExecutable()));
            // -Dportal.jvm-options="-Dspring.aot.enabled=true" runs the journeys on the jar as scripts/run-portal.sh
            // starts it (Spring AOT's generated bean definitions, ADR 0029)
            for (var option : System.getProperty("portal.jvm-options", "").trim().split("\\s+")) {
                if (!option.isEmpty()) {
                    command.add(option);
                }
            }
            // the demo installation, as ./mvnw runs it: demo users, officers without a second factor
            command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port, "--spring.profiles.active=demo"));
            var database = databaseIn.apply(dataDir);
            if (database != null) {
                command.addAll(List.of("--spring.datasource.url=" + database.url(),
                        "--spring.datasource.username=" + database.username(),
                        "--spring.datasource.password=" + database.password()));
            }
            var builder = new ProcessBuilder(command)
                    .directory(dataDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            // Only read by the default H2 URL; harmless on MariaDB, and keeps ./data out of the working directory.
            builder.environment().put("PORTAL_DATA_DIR", dataDir.toString());
            System.out.println("[portal-tests] " + purpose + ": starting " + jar.getFileName() + " on port " + port
                    + ", database: " + TestDatabase.resolution() + ", log: " + log);
            var portal = new PackagedPortal(purpose, database, builder.start(), dataDir, log, "http://localhost:" + port);
            try {
                portal.awaitSignInPage();
            } catch (RuntimeException e) {
                portal.close();
                throw e;
            }
            return portal;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the packaged portal " + jar, e);
        }
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** The portal's process id, for {@code jcmd} (heap measurements of the session memory benchmark). */
    public long pid() {
        return process.pid();
    }

    /** The database it was started on; {@code null} for the default embedded H2. */
    public Database database() {
        return database;
    }

    /** A fresh MariaDB database of this name when the suite runs on MariaDB; else {@code null}, the default H2. */
    public static Database testDatabase(String name) {
        if (TestDatabase.kind() != TestDatabase.Kind.MARIADB) {
            return null;
        }
        var db = TestDatabase.prepare(name);
        return new Database(db.url(), db.username(), db.password());
    }

    /**
     * The JVM running the tests: failsafe forks it from the JDK Maven runs on, which the enforcer keeps at 21 or newer
     * (Vaadin 25 needs that), whereas a {@code JAVA_HOME} variable may point elsewhere, e.g. in an IDE.
     */
    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private void awaitSignInPage() {
        var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        var request = HttpRequest.newBuilder(URI.create(baseUrl + "/login")).timeout(Duration.ofSeconds(5)).build();
        var deadline = Instant.now().plus(STARTUP_TIMEOUT);
        var started = Instant.now();
        var lastStatus = "no answer";
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The packaged portal stopped during startup (exit code "
                        + process.exitValue() + "). End of " + log + ":\n" + logTail());
            }
            try {
                var response = client.send(request, HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    System.out.println("[portal-tests] " + purpose + ": portal answered on " + baseUrl + " after "
                            + Duration.between(started, Instant.now()).toSeconds() + " s");
                    return;
                }
                lastStatus = "HTTP " + response.statusCode();
            } catch (IOException e) {
                lastStatus = e.getClass().getSimpleName();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for the packaged portal", e);
            }
            // Polling a process that is starting up: there is no event to wait for.
            sleep(POLL_INTERVAL);
        }
        throw new IllegalStateException("The packaged portal did not answer " + baseUrl + "/login with 200 within "
                + STARTUP_TIMEOUT.toSeconds() + " s (last: " + lastStatus + "). End of " + log + ":\n" + logTail());
    }

    /** Stops the portal: a normal shutdown first, then a forced one. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        deleteRecursively(dataDir);
    }

    private String logTail() {
        try {
            var lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(log not readable: " + e.getMessage() + ")";
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port for the packaged portal", e);
        }
    }

    private static String requiredProperty(String name) {
        var value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + name + " is not set: run the tests against the "
                    + "packaged portal through Maven failsafe (`mvn verify`), which sets it");
        }
        return value;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the packaged portal", e);
        }
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            System.out.println("[portal-tests] could not delete " + dir + ": " + e.getMessage());
        }
    }
}
