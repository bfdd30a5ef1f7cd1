package ua.cooperation.portal.load;

import ua.cooperation.portal.testsupport.TestDatabase;

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
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The packaged production jar ({@code -Dportal.jar}, set by failsafe) as the target of the load test's smoke run, in
 * a process of its own with the demo data of the default profile, on a database the test can read as well: a fresh
 * {@code portal_load} database on MariaDB (see {@link TestDatabase}), else an H2 file database opened with
 * {@code AUTO_SERVER}, so that the test's own connection can look at what the load test saved. Output goes to
 * {@code target/portal-load-it.log}.
 */
final class LoadTarget implements AutoCloseable {

    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(300);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);

    private final Process process;
    private final Path dataDir;
    private final String baseUrl;
    private final String jdbcUrl;
    private final String jdbcUser;
    private final String jdbcPassword;

    private LoadTarget(Process process, Path dataDir, String baseUrl, String jdbcUrl, String jdbcUser,
                       String jdbcPassword) {
        this.process = process;
        this.dataDir = dataDir;
        this.baseUrl = baseUrl;
        this.jdbcUrl = jdbcUrl;
        this.jdbcUser = jdbcUser;
        this.jdbcPassword = jdbcPassword;
    }

    static LoadTarget start() {
        var jarProperty = System.getProperty("portal.jar");
        if (jarProperty == null || jarProperty.isBlank()) {
            throw new IllegalStateException("System property portal.jar is not set: run the load smoke test through "
                    + "Maven failsafe (`mvn verify`), which sets it");
        }
        var jar = Path.of(jarProperty).toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("The packaged portal " + jar + " does not exist: run `mvn verify`");
        }
        var log = jar.resolveSibling("portal-load-it.log");
        int port = freePort();
        try {
            var dataDir = Files.createTempDirectory("portal-load-data");
            String url;
            String user;
            String password;
            if (TestDatabase.kind() == TestDatabase.Kind.MARIADB) {
                var db = TestDatabase.prepare("portal_load");
                url = db.url();
                user = db.username();
                password = db.password();
            } else {
                url = "jdbc:h2:file:" + dataDir.resolve("portal") + ";MODE=MariaDB;DEFAULT_NULL_ORDERING=HIGH;"
                        + "COLLATION=uk STRENGTH SECONDARY;AUTO_SERVER=TRUE";
                user = "sa";
                password = "";
            }
            var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-jar", jar.toString(), "--server.port=" + port, "--spring.datasource.url=" + url,
                    "--spring.datasource.username=" + user, "--spring.datasource.password=" + password));
            var process = new ProcessBuilder(command).directory(dataDir.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            System.out.println("[portal-tests] load smoke run: starting " + jar.getFileName() + " on port " + port
                    + ", database: " + TestDatabase.resolution() + ", log: " + log);
            var target = new LoadTarget(process, dataDir, "http://localhost:" + port, url, user, password);
            try {
                target.awaitSignInPage(log);
            } catch (RuntimeException e) {
                target.close();
                throw e;
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the packaged portal " + jar, e);
        }
    }

    String baseUrl() {
        return baseUrl;
    }

    String jdbcUrl() {
        return jdbcUrl;
    }

    String jdbcUser() {
        return jdbcUser;
    }

    String jdbcPassword() {
        return jdbcPassword;
    }

    private void awaitSignInPage(Path log) {
        var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        var request = HttpRequest.newBuilder(URI.create(baseUrl + "/login")).timeout(Duration.ofSeconds(5)).build();
        var started = Instant.now();
        var deadline = started.plus(STARTUP_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The packaged portal stopped during startup (exit code "
                        + process.exitValue() + "). End of " + log + ":\n" + tail(log));
            }
            try {
                if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    System.out.println("[portal-tests] load smoke run: portal answered after "
                            + Duration.between(started, Instant.now()).toSeconds() + " s");
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for the packaged portal", e);
            }
            try {
                // polling a process that is starting up: there is no event to wait for
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for the packaged portal", e);
            }
        }
        throw new IllegalStateException("The packaged portal did not answer " + baseUrl + "/login within "
                + STARTUP_TIMEOUT.toSeconds() + " s. End of " + log + ":\n" + tail(log));
    }

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
        try (Stream<Path> paths = Files.walk(dataDir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            System.out.println("[portal-tests] could not delete " + dataDir + ": " + e.getMessage());
        }
    }

    private static String tail(Path log) {
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
}
