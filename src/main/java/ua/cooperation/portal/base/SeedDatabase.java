package ua.cooperation.portal.base;

import com.zaxxer.hikari.HikariConfig;
import liquibase.integration.spring.SpringLiquibase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.AbstractDriverBasedDataSource;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Properties;

/**
 * The first start of the embedded default with the {@code demo} profile on an empty data folder takes its database
 * from the build instead of building it (docs/adr/0031-seed-database-for-a-first-start.md): {@link SeedDatabaseBuilder}
 * made it at build time by starting the portal once on a folder of its own (Liquibase's change sets with the demo
 * context, the codifier import, the search index and sort keys), compacted it and put it on the class path under
 * {@code seed/}. It holds the demo users and records, so a start without the demo profile (Liquibase context
 * {@code production}, ADR 0036) never takes it: its contexts differ from the seed's.
 * <p>
 * It is copied into place only when all of these hold; otherwise nothing is touched and Liquibase builds the database
 * as before:
 * <ul>
 *   <li>the database is an H2 <b>file</b> ({@code jdbc:h2:file:…}) whose {@code .mv.db} does not exist yet (an
 *       existing file is never overwritten, not even one that appears while the seed is copied);</li>
 *   <li>the seed was made with this start's Liquibase contexts ({@code demo}; a start without the demo profile runs
 *       {@code production} and builds its database without demo data);</li>
 *   <li>the seed is complete (its manifest is written last) and was made with the same URL options (mode,
 *       collation …), user and password, the same Java feature version (H2's indexes are ordered by the JDK's
 *       collator) and the same H2;</li>
 *   <li>its changelog fingerprint ({@link LiquibaseUpToDateCheck#changelogFingerprint}: every changelog file, the
 *       contexts, labels and schemas) equals this start's.</li>
 * </ul>
 * MariaDB, in-memory databases and a data source whose URL cannot be read without connecting are left alone. Any
 * error while copying leaves Liquibase to do its work (a half-copied file is removed, never left as the database).
 */
final class SeedDatabase {

    static final String LOCATION = "seed/";
    static final String DATABASE = "portal.mv.db";
    static final String FINGERPRINT = "portal.liquibase-fingerprint";
    static final String MANIFEST = "portal.seed.properties";

    /** The profile whose first start the seed is: the demo data (ADR 0036). */
    static final String PROFILE = "demo";

    static final String CONTEXTS = "contexts";
    static final String CHANGELOGS = "changelogs";
    static final String URL_OPTIONS = "url-options";
    static final String USER = "user";
    static final String PASSWORD_SHA256 = "password-sha256";
    static final String JAVA = "java";
    static final String H2 = "h2";
    static final String BUILD_INPUTS = "build-inputs";

    private static final Logger log = LoggerFactory.getLogger(SeedDatabase.class);

    private final ClassLoader classLoader;
    private final String location;
    private final Clock clock;

    SeedDatabase(ClassLoader classLoader, String location, Clock clock) {
        this.classLoader = classLoader;
        this.location = location;
        this.clock = clock;
    }

    static SeedDatabase onTheClassPath() {
        return new SeedDatabase(SeedDatabase.class.getClassLoader(), LOCATION, Clock.systemUTC());
    }

    /** Puts the seed in place of the missing database of this Liquibase; says whether it did. Never throws. */
    boolean provideIfMissing(SpringLiquibase liquibase) {
        var dataSource = liquibase.getDataSource();
        var url = urlWithoutConnecting(dataSource);
        var base = url == null ? null : LiquibaseUpToDateCheck.h2FileBase(url);
        if (base == null) {
            return false;
        }
        var database = Path.of(base + ".mv.db");
        if (Files.exists(database) || Files.exists(Path.of(base + ".h2.db"))) {
            return false;
        }
        Path temporary = null;
        try {
            var manifest = manifest();
            if (manifest == null) {
                log.info("No seed database in this build ({}{}): Liquibase builds the database", location, MANIFEST);
                return false;
            }
            var mismatch = mismatch(manifest, liquibase, url);
            if (mismatch != null) {
                log.info("Seed database not used ({}): Liquibase builds the database", mismatch);
                return false;
            }
            var started = System.nanoTime();
            Files.createDirectories(database.toAbsolutePath().getParent());
            temporary = Files.createTempFile(database.toAbsolutePath().getParent(), DATABASE + ".", ".seed");
            try (var in = resource(DATABASE)) {
                Files.copy(Objects.requireNonNull(in, "the seed's database file is missing"), temporary,
                        StandardCopyOption.REPLACE_EXISTING);
            }
            if (!placeWithoutOverwriting(temporary, database)) {
                log.info("Seed database not used: {} appeared while the seed was copied; left as it is", database);
                return false;
            }
            // the fingerprint describes the database just placed; one left beside a deleted database meant nothing
            try (var in = resource(FINGERPRINT)) {
                if (in != null) {
                    Files.copy(in, LiquibaseUpToDateCheck.fingerprintFile(base), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            restampHistoryBaseline(dataSource);
            log.info("Database {} created from the build's seed database in {} ms (schema, codifier, demo data and "
                    + "search index as a first start makes them)", database, (System.nanoTime() - started) / 1_000_000);
            return true;
        } catch (IOException | RuntimeException e) {
            log.warn("Seed database not used ({}): Liquibase builds the database", e.toString());
            return false;
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException e) {
                    log.warn("Could not remove {} ({})", temporary, e.toString());
                }
            }
        }
    }

    /** Why this start may not use the seed, or {@code null} when it may. */
    private String mismatch(Properties manifest, SpringLiquibase liquibase, String url) throws IOException {
        if (!Objects.equals(manifest.getProperty(CONTEXTS), liquibase.getContexts())) {
            return "the seed holds the Liquibase contexts " + manifest.getProperty(CONTEXTS) + " (demo data), this "
                    + "start runs " + liquibase.getContexts();
        }
        if (!Objects.equals(manifest.getProperty(URL_OPTIONS), urlOptions(url))) {
            return "other URL options than the seed's " + manifest.getProperty(URL_OPTIONS);
        }
        var credentials = credentials(liquibase.getDataSource());
        if (credentials == null || !Objects.equals(manifest.getProperty(USER), credentials[0])
                || !Objects.equals(manifest.getProperty(PASSWORD_SHA256), sha256(credentials[1]))) {
            return "other database user or password than the seed's";
        }
        if (!Objects.equals(manifest.getProperty(JAVA), javaFeature())) {
            return "made on Java " + manifest.getProperty(JAVA) + ", running on " + javaFeature();
        }
        if (!Objects.equals(manifest.getProperty(H2), h2Version())) {
            return "made with H2 " + manifest.getProperty(H2) + ", running " + h2Version();
        }
        if (!Objects.equals(manifest.getProperty(CHANGELOGS), LiquibaseUpToDateCheck.changelogFingerprint(liquibase))) {
            return "the changelogs or contexts differ from the ones the seed was made with";
        }
        return null;
    }

    /**
     * A hard link does not replace an existing file, atomically; where links are not possible, a move that does not
     * replace either (checked just before it: the data folder belongs to this process).
     */
    private static boolean placeWithoutOverwriting(Path temporary, Path database) throws IOException {
        try {
            Files.createLink(database, temporary);
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        } catch (UnsupportedOperationException | FileSystemException e) {
            try {
                Files.move(temporary, database);
                return true;
            } catch (FileAlreadyExistsException exists) {
                return false;
            }
        }
    }

    /**
     * The history's first revision ("system", the state the changelogs stored, changeset 0999) carries the time it was
     * written; in a first start that is the start, so the seed's build time is replaced by now.
     */
    private void restampHistoryBaseline(DataSource dataSource) {
        try (var connection = dataSource.getConnection();
             var statement = connection.prepareStatement(
                     "UPDATE revision_info SET revision_timestamp = ? WHERE username = 'system'")) {
            statement.setLong(1, clock.millis());
            statement.executeUpdate();
        } catch (SQLException e) {
            log.warn("The seed's history baseline keeps the build's time ({})", e.toString());
        }
    }

    private Properties manifest() throws IOException {
        try (var in = resource(MANIFEST)) {
            if (in == null) {
                return null;
            }
            var manifest = new Properties();
            manifest.load(in);
            return manifest;
        }
    }

    private InputStream resource(String name) {
        return classLoader.getResourceAsStream(location + name);
    }

    /** The JDBC URL as configured, read without opening a connection (which would create the file). */
    static String urlWithoutConnecting(DataSource dataSource) {
        if (dataSource instanceof HikariConfig hikari) {
            return hikari.getJdbcUrl();
        }
        if (dataSource instanceof AbstractDriverBasedDataSource driverBased) {
            return driverBased.getUrl();
        }
        return null;
    }

    private static String[] credentials(DataSource dataSource) {
        if (dataSource instanceof HikariConfig hikari) {
            return new String[] {hikari.getUsername(), Objects.requireNonNullElse(hikari.getPassword(), "")};
        }
        if (dataSource instanceof AbstractDriverBasedDataSource driverBased) {
            return new String[] {driverBased.getUsername(), Objects.requireNonNullElse(driverBased.getPassword(), "")};
        }
        return null;
    }

    /** Everything after the path: {@code ;MODE=MariaDB;…}, or the empty string. */
    static String urlOptions(String url) {
        var options = url.indexOf(';');
        return options >= 0 ? url.substring(options) : "";
    }

    static String javaFeature() {
        return Integer.toString(Runtime.version().feature());
    }

    /** H2's own version; H2 is a run-time dependency only, hence by name. */
    static String h2Version() {
        try {
            return String.valueOf(Class.forName("org.h2.engine.Constants").getField("VERSION").get(null));
        } catch (ReflectiveOperationException | LinkageError e) {
            return "unknown";
        }
    }

    static String sha256(String text) {
        return HexFormat.of().formatHex(LiquibaseUpToDateCheck.sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
