package ua.cooperation.portal.load;

import ua.cooperation.portal.testsupport.PackagedPortal;
import ua.cooperation.portal.testsupport.PackagedPortal.Database;

/**
 * The packaged production jar as the target of the load test's smoke run ({@link PackagedPortal}), on a database the
 * test can read as well: a fresh {@code portal_load} database on MariaDB, else an H2 file database opened with
 * {@code AUTO_SERVER}, so that the test's own connection can look at what the load test saved. Output goes to
 * {@code target/portal-load-it.log}.
 */
final class LoadTarget implements AutoCloseable {

    private final PackagedPortal portal;
    private final Database database;

    private LoadTarget(PackagedPortal portal) {
        this.portal = portal;
        this.database = portal.database();
    }

    static LoadTarget start() {
        return start("load", "portal_load");
    }

    /** The same for another purpose (its log and data folder) on a MariaDB database of its own name. */
    static LoadTarget start(String purpose, String mariadbName) {
        return new LoadTarget(PackagedPortal.start(purpose, dataDir -> {
            var mariadb = PackagedPortal.testDatabase(mariadbName);
            return mariadb != null ? mariadb : new Database("jdbc:h2:file:" + dataDir.resolve("portal")
                    + ";MODE=MariaDB;DEFAULT_NULL_ORDERING=HIGH;COLLATION=uk STRENGTH SECONDARY;AUTO_SERVER=TRUE",
                    "sa", "");
        }));
    }

    String baseUrl() {
        return portal.baseUrl();
    }

    long pid() {
        return portal.pid();
    }

    String jdbcUrl() {
        return database.url();
    }

    String jdbcUser() {
        return database.username();
    }

    String jdbcPassword() {
        return database.password();
    }

    @Override
    public void close() {
        portal.close();
    }
}
