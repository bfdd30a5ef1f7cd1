package ua.cooperation.portal.base;

import liquibase.integration.spring.SpringLiquibase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Spares a restart of the embedded H2 default Liquibase's update when it would find nothing to do (about a second of a
 * restart of several; docs/performance.md, "Startup, second pass").
 * <p>
 * After an update that ran, it writes a fingerprint next to the H2 database file: a hash of the bytes of every file in
 * the master changelog's folder and below (classpath {@code db/changelog/}), the contexts and labels, and every row of {@code DATABASECHANGELOG} (id, author, file, checksum, how it ran).
 * Before the next update it computes the same; only when both are equal, i.e. the same changelogs against the same
 * applied change sets, is the update skipped. Any changed, added or removed changelog file, other contexts, a database
 * restored from a backup or changed by another version, a missing or unreadable fingerprint or any error while
 * computing it lets Liquibase run as always; so a pending change set is never skipped. Only file databases
 * ({@code jdbc:h2:file:}) take part: the fingerprint lives in the data folder, which the embedded default owns alone.
 * MariaDB (production, several nodes, backups restored by others) and the tests' in-memory databases always run
 * Liquibase.
 * <p>
 * Before that check, a missing H2 file database is taken from the build's seed when it matches
 * ({@link SeedDatabase}); its fingerprint comes with it, so its first start skips the update like a restart.
 */
@Component
class LiquibaseUpToDateCheck implements BeanPostProcessor, EnvironmentAware {

    private static final Logger log = LoggerFactory.getLogger(LiquibaseUpToDateCheck.class);
    private static final String H2_FILE_URL = "jdbc:h2:file:";

    private final SeedDatabase seed;
    private Environment environment;

    LiquibaseUpToDateCheck() {
        this(SeedDatabase.onTheClassPath());
    }

    LiquibaseUpToDateCheck(SeedDatabase seed) {
        this.seed = seed;
    }

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof SpringLiquibase liquibase && enabled()) {
            if (seedEnabled()) {
                // an empty data folder gets the build's prepared database, with the fingerprint that skips the update
                seed.provideIfMissing(liquibase);
            }
            try {
                var file = fingerprintFile(liquibase.getDataSource());
                if (file != null && Files.isRegularFile(file)
                        && Files.readString(file).trim().equals(fingerprint(liquibase))) {
                    liquibase.setShouldRun(false);
                    log.info("Liquibase skipped: changelogs and {} unchanged since its last update ({})",
                            changeLogTable(liquibase), file);
                }
            } catch (IOException | SQLException | RuntimeException e) {
                log.info("Liquibase runs: the up-to-date check could not decide ({})", e.toString());
            }
        }
        return bean;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        // reached only when the update (if it ran) succeeded: a failed one fails the bean's creation before this
        if (bean instanceof SpringLiquibase liquibase && enabled()) {
            try {
                var file = fingerprintFile(liquibase.getDataSource());
                if (file != null) {
                    Files.writeString(file, fingerprint(liquibase) + System.lineSeparator());
                }
            } catch (IOException | SQLException | RuntimeException e) {
                log.warn("Liquibase's fingerprint not written, the next start runs its update ({})", e.toString());
            }
        }
        return bean;
    }

    /** spring.liquibase.enabled=false leaves the update out; then nothing is recorded as applied. */
    private boolean enabled() {
        return environment == null || environment.getProperty("spring.liquibase.enabled", Boolean.class, true);
    }

    /** portal.seed.enabled=false: a first start builds its database with Liquibase even when the build has a seed. */
    private boolean seedEnabled() {
        return environment == null || environment.getProperty("portal.seed.enabled", Boolean.class, true);
    }

    /** {@code portal.liquibase-fingerprint} beside {@code portal.mv.db}; {@code null} for anything but an H2 file. */
    static Path fingerprintFile(DataSource dataSource) throws SQLException {
        try (var connection = dataSource.getConnection()) {
            var url = connection.getMetaData().getURL();
            var base = url == null ? null : h2FileBase(url);
            return base == null ? null : fingerprintFile(base);
        }
    }

    /** The fingerprint's file of the H2 database whose files start with {@code base} (also the seed's, ADR 0031). */
    static Path fingerprintFile(String base) {
        return Path.of(base + ".liquibase-fingerprint");
    }

    /** {@code jdbc:h2:file:./data/portal;MODE=…} → {@code ./data/portal}; {@code null} for anything but an H2 file. */
    static String h2FileBase(String url) {
        if (!url.startsWith(H2_FILE_URL)) {
            return null;
        }
        var path = url.substring(H2_FILE_URL.length());
        var options = path.indexOf(';');
        if (options >= 0) {
            path = path.substring(0, options);
        }
        if (path.startsWith("~")) {
            path = System.getProperty("user.home") + path.substring(1);
        }
        return path;
    }

    static String fingerprint(SpringLiquibase liquibase) throws IOException, SQLException {
        var digest = sha256();
        updateWithChangelogs(digest, liquibase);
        try (var connection = liquibase.getDataSource().getConnection();
             var statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT ID, AUTHOR, FILENAME, MD5SUM, EXECTYPE, CONTEXTS, LABELS FROM "
                     + changeLogTable(liquibase) + " ORDER BY ORDEREXECUTED, ID")) {
            while (rows.next()) {
                for (var column = 1; column <= 7; column++) {
                    update(digest, "row " + column + " " + rows.getString(column));
                }
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * The part of {@link #fingerprint} that needs no database: the changelog files, contexts, labels and schemas. The
     * seed database (docs/adr/0031-seed-database-for-a-first-start.md) is used only when the build that made it saw
     * the same.
     */
    static String changelogFingerprint(SpringLiquibase liquibase) throws IOException {
        var digest = sha256();
        updateWithChangelogs(digest, liquibase);
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void updateWithChangelogs(MessageDigest digest, SpringLiquibase liquibase) throws IOException {
        update(digest, "changelog " + liquibase.getChangeLog());
        update(digest, "contexts " + liquibase.getContexts());
        update(digest, "labels " + liquibase.getLabelFilter());
        update(digest, "schema " + liquibase.getDefaultSchema() + " " + liquibase.getLiquibaseSchema());
        var files = new PathMatchingResourcePatternResolver().getResources(changelogFiles(liquibase.getChangeLog()));
        var folder = changelogFolder(liquibase.getChangeLog());
        Arrays.sort(files, Comparator.comparing((Resource file) -> nameInChangelogFolder(file, folder)));
        for (var file : files) {
            if (!file.isReadable()) {
                continue;   // folders
            }
            update(digest, "file " + nameInChangelogFolder(file, folder));
            try (var in = file.getInputStream()) {
                digest.update(in.readAllBytes());
            }
        }
    }

    /** {@code classpath:db/changelog/db.changelog-master.yaml} → every file under {@code db/changelog/}. */
    static String changelogFiles(String masterChangelog) {
        return "classpath*:" + changelogFolder(masterChangelog) + "/**/*";
    }

    /** {@code classpath:db/changelog/db.changelog-master.yaml} → {@code db/changelog}. */
    private static String changelogFolder(String masterChangelog) {
        var path = masterChangelog.replaceFirst("^classpath\\*?:", "");
        if (!path.contains("/")) {
            // a master in the class path's root would make the whole class path its folder: no check, Liquibase runs
            throw new IllegalArgumentException("no changelog folder in " + masterChangelog);
        }
        return path.substring(0, path.lastIndexOf('/'));
    }

    private static String changeLogTable(SpringLiquibase liquibase) {
        return Objects.requireNonNullElse(liquibase.getDatabaseChangeLogTable(), "DATABASECHANGELOG");
    }

    /**
     * The file's path from the changelog folder on ({@code db/changelog/changes/0001-….yaml}), the same in a jar, an
     * extracted jar and a build's {@code target/classes}: the fingerprint must not depend on where the files lie, or
     * a seed made by the build would never match the packaged jar.
     */
    static String nameInChangelogFolder(Resource file, String folder) {
        try {
            var url = file.getURL().toString();
            var at = url.lastIndexOf(folder + "/");
            return at >= 0 ? url.substring(at) : url;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds a text and a separator to a fingerprint (also for the seed database's build inputs). */
    static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
