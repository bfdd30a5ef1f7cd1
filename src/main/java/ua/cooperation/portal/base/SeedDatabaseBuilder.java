package ua.cooperation.portal.base;

import com.zaxxer.hikari.HikariDataSource;
import liquibase.integration.spring.SpringLiquibase;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.web.context.support.StandardServletEnvironment;
import ua.cooperation.portal.Application;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Makes the seed database at build time (the {@code seed-database} execution in pom.xml, phase process-classes;
 * docs/adr/0031-seed-database-for-a-first-start.md): starts the portal once, without a web server, on an empty data
 * folder of its own with the embedded default's own settings and the {@code demo} profile (ADR 0036), so that
 * Liquibase (demo context), the codifier import and the application runners (search index, sort keys) do exactly what
 * a first demo start does; then compacts the H2 file and writes it to {@code <classes>/seed/} with the Liquibase
 * fingerprint and a manifest ({@link SeedDatabase} reads them). A start without the demo profile runs other contexts,
 * so it never takes this seed.
 * <p>
 * Skipped when the inputs are those of the seed already there ({@value SeedDatabase#BUILD_INPUTS} in the manifest):
 * the changelog and codifier files, application.properties and application-demo.properties, the portal's classes apart
 * from views and generated ones, the class path's jar names, H2's and Java's versions.
 * <pre>java -cp … ua.cooperation.portal.base.SeedDatabaseBuilder target/classes target/seed-database</pre>
 */
final class SeedDatabaseBuilder {

    private SeedDatabaseBuilder() {
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: SeedDatabaseBuilder <classes folder> <work folder>");
            System.exit(2);
        }
        try {
            var message = build(Path.of(args[0]), Path.of(args[1]));
            System.out.println("[seed] " + message);
            System.exit(0);
        } catch (Exception e) {
            System.err.println("[seed] The seed database could not be made: " + e);
            e.printStackTrace();
            System.err.println("[seed] Fix the cause above, or build without it: -Dportal.seed.skip=true (a first "
                    + "start then builds its database with Liquibase, as before).");
            System.exit(1);
        }
    }

    static String build(Path classes, Path work) throws Exception {
        var started = System.nanoTime();
        var seed = classes.resolve(SeedDatabase.LOCATION);
        var inputs = buildInputs(classes);
        var existing = readManifest(seed.resolve(SeedDatabase.MANIFEST));
        if (existing != null && inputs.equals(existing.getProperty(SeedDatabase.BUILD_INPUTS))
                && Files.isRegularFile(seed.resolve(SeedDatabase.DATABASE))
                && Files.isRegularFile(seed.resolve(SeedDatabase.FINGERPRINT))) {
            return "seed database up to date (" + seed + "), checked in " + millis(started) + " ms";
        }
        // a seed of other inputs must not outlive a failure below: without its manifest it is never used
        deleteTree(seed);
        deleteTree(work);
        Files.createDirectories(work);
        Files.createDirectories(seed);

        var start = firstStart(work);
        var fingerprint = work.resolve(SeedDatabase.FINGERPRINT);
        if (!Files.isRegularFile(fingerprint)) {
            throw new IllegalStateException("the start wrote no Liquibase fingerprint (" + fingerprint + ")");
        }
        var beforeCompacting = Files.size(work.resolve(SeedDatabase.DATABASE));
        try (var connection = DriverManager.getConnection(start.url(), start.user(), start.password());
             var statement = connection.createStatement()) {
            statement.execute("SHUTDOWN COMPACT");
        }

        writeSeed(seed, work, start.url(), start.user(), start.password(), start.contexts(), start.changelogs(),
                inputs);
        deleteTree(work);
        return "seed database made in " + millis(started) + " ms: " + seed.resolve(SeedDatabase.DATABASE) + ", "
                + Files.size(seed.resolve(SeedDatabase.DATABASE)) / 1024 + " KB (" + beforeCompacting / 1024
                + " KB before compacting)";
    }

    /** What the seed's manifest needs from the first start: its database and the Liquibase state it left. */
    private record FirstStart(String url, String user, String password, String changelogs, String contexts) {
    }

    /** The embedded default's first start in {@code work}: Liquibase builds the database and the demo data. */
    private static FirstStart firstStart(Path work) throws IOException {
        // command-line arguments come before the environment's variables: the embedded default's own settings with
        // only the data folder elsewhere, and no old seed to start from
        // The web server too (Vaadin's security configuration needs a servlet context), on a free port of the loopback
        // interface only; Vaadin in production mode, so that its development server is not started.
        try (var context = newApplication().run("--PORTAL_DATA_DIR=" + work.toAbsolutePath(),
                "--portal.seed.enabled=false", "--spring.profiles.active=" + SeedDatabase.PROFILE, "--server.port=0", "--server.address=127.0.0.1",
                "--vaadin.productionMode=true")) {
            var profiles = context.getEnvironment().getActiveProfiles();
            if (!Arrays.equals(profiles, new String[] {SeedDatabase.PROFILE})) {
                throw new IllegalStateException("profiles " + String.join(",", profiles) + " are active; the seed is "
                        + "the embedded default's database with the demo profile alone");
            }
            var dataSource = context.getBean(HikariDataSource.class);
            var url = dataSource.getJdbcUrl();
            var expected = "jdbc:h2:file:" + work.toAbsolutePath().resolve("portal") + ";";
            if (!url.startsWith(expected)) {
                throw new IllegalStateException("the data source is " + url + ", not the embedded default in " + work
                        + " (is SPRING_DATASOURCE_URL set?)");
            }
            var liquibase = context.getBean(SpringLiquibase.class);
            return new FirstStart(url, dataSource.getUsername(),
                    Objects.requireNonNullElse(dataSource.getPassword(), ""),
                    LiquibaseUpToDateCheck.changelogFingerprint(liquibase), liquibase.getContexts());
        }
    }

    private static SpringApplication newApplication() {
        var application = new SpringApplication(Application.class);
        application.setBannerMode(Banner.Mode.OFF);
        // Without the process environment: the seed is the embedded default's first start, whatever the shell that
        // runs the build has exported for its own runs (SPRING_PROFILES_ACTIVE=mariadb, SPRING_DATASOURCE_URL, ...).
        application.setEnvironment(new StandardServletEnvironment() {
            @Override
            protected void customizePropertySources(MutablePropertySources propertySources) {
                super.customizePropertySources(propertySources);
                propertySources.remove(SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
            }
        });
        return application;
    }

    /**
     * Copies the (closed) database of {@code dataFolder} and its Liquibase fingerprint to {@code seed} and writes the
     * manifest that {@link SeedDatabase} checks, last: a seed without its manifest is never used.
     */
    static void writeSeed(Path seed, Path dataFolder, String url, String user, String password, String contexts,
                          String changelogs, String inputs) throws IOException {
        Files.createDirectories(seed);
        Files.copy(dataFolder.resolve(SeedDatabase.DATABASE), seed.resolve(SeedDatabase.DATABASE),
                StandardCopyOption.REPLACE_EXISTING);
        Files.copy(dataFolder.resolve(SeedDatabase.FINGERPRINT), seed.resolve(SeedDatabase.FINGERPRINT),
                StandardCopyOption.REPLACE_EXISTING);
        var manifest = new Properties();
        manifest.setProperty(SeedDatabase.CONTEXTS, contexts);
        manifest.setProperty(SeedDatabase.CHANGELOGS, changelogs);
        manifest.setProperty(SeedDatabase.URL_OPTIONS, SeedDatabase.urlOptions(url));
        manifest.setProperty(SeedDatabase.USER, user);
        manifest.setProperty(SeedDatabase.PASSWORD_SHA256, SeedDatabase.sha256(password));
        manifest.setProperty(SeedDatabase.JAVA, SeedDatabase.javaFeature());
        manifest.setProperty(SeedDatabase.H2, SeedDatabase.h2Version());
        manifest.setProperty(SeedDatabase.BUILD_INPUTS, inputs);
        try (OutputStream out = Files.newOutputStream(seed.resolve(SeedDatabase.MANIFEST))) {
            manifest.store(out, "seed database of the embedded default, docs/adr/0031-seed-database-for-a-first-start.md");
        }
    }

    /** A hash of what the seed's content depends on, to skip making it again when nothing changed. */
    static String buildInputs(Path classes) throws IOException {
        var digest = LiquibaseUpToDateCheck.sha256();
        LiquibaseUpToDateCheck.update(digest, "java " + SeedDatabase.javaFeature() + " h2 " + SeedDatabase.h2Version());
        // the demo's present is relative to the day the database is made (demo/0980, ADR 0043): a seed of yesterday
        // would show yesterday's "today", so a new day makes it again
        LiquibaseUpToDateCheck.update(digest, "day " + java.time.LocalDate.now(java.time.ZoneOffset.UTC));
        var files = new ArrayList<Path>();
        files.addAll(filesUnder(classes.resolve("db/changelog")));
        files.addAll(filesUnder(classes.resolve("katottg")));
        files.add(classes.resolve("application.properties"));
        files.add(classes.resolve("application-" + SeedDatabase.PROFILE + ".properties"));
        // the code that writes on a first start (custom change sets, runners, the indexer …); views write nothing, and
        // what Spring AOT generates at package time must not make the next build's inputs differ
        for (var file : filesUnder(classes.resolve("ua"))) {
            var name = classes.relativize(file).toString().replace('\\', '/');
            if (name.endsWith(".class") && !name.contains("/ui/") && !name.contains("__")
                    && !name.contains("$$SpringCGLIB$$")) {
                files.add(file);
            }
        }
        for (var file : files) {
            if (Files.isRegularFile(file)) {
                LiquibaseUpToDateCheck.update(digest, "file " + classes.relativize(file).toString().replace('\\', '/'));
                digest.update(Files.readAllBytes(file));
            }
        }
        // the libraries by name and version (Liquibase, Hibernate, H2 …); not their place, which differs per machine
        var jars = new ArrayList<String>();
        for (var entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            if (entry.endsWith(".jar")) {
                jars.add(Path.of(entry).getFileName().toString());
            }
        }
        jars.sort(Comparator.naturalOrder());
        jars.forEach(jar -> LiquibaseUpToDateCheck.update(digest, "jar " + jar));
        return HexFormat.of().formatHex(digest.digest());
    }

    private static List<Path> filesUnder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static Properties readManifest(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try (var in = Files.newInputStream(file)) {
            var manifest = new Properties();
            manifest.load(in);
            return manifest;
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (var file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    private static long millis(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
