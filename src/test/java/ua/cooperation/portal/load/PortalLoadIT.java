package ua.cooperation.portal.load;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The smoke run of the load test, in {@code mvn verify} so that it never rots: the packaged production jar (on the
 * test database, see {@link LoadTarget}), a few officers at a brisk pace for about a minute, over the real Vaadin
 * protocol. It fails on any failed request or check, and unless every step of every visit was really done: signed in
 * and out, list filtered, record opened, notes saved and seen again on re-opening, and found in the database.
 * <p>
 * The full run (300 users, minutes long) is a separate command, see docs/performance.md.
 */
@Tag("load")
class PortalLoadIT {

    private static final int USERS = 3;

    private static LoadTarget portal;

    @BeforeAll
    static void startPortal() {
        portal = LoadTarget.start();
    }

    @AfterAll
    static void stopPortal() {
        if (portal != null) {
            portal.close();
        }
    }

    @Test
    void fewOfficersWorkThroughTheirJourneysWithoutAnyError() throws SQLException {
        var settings = Map.of(
                "portal.load.url", portal.baseUrl(),
                "portal.load.users", Integer.toString(USERS),
                "portal.load.ramp-seconds", "6",
                "portal.load.steady-seconds", "45",
                "portal.load.rounds", "1",
                "portal.load.think-min-seconds", "1",
                "portal.load.think-max-seconds", "2",
                "portal.load.jdbc-url", portal.jdbcUrl(),
                "portal.load.jdbc-user", portal.jdbcUser(),
                "portal.load.jdbc-password", portal.jdbcPassword());
        settings.forEach(System::setProperty);
        LoadLedger.reset();
        int status;
        try {
            status = GatlingRun.run(PortalSimulation.class, resultsFolder(), "smoke run of mvn verify");
        } finally {
            settings.keySet().forEach(System::clearProperty);
        }
        System.out.println("[portal-tests] load smoke run: " + LoadLedger.summary());

        long visits = LoadLedger.count(LoadLedger.Step.SIGNED_IN);
        assertAll(
                () -> assertEquals(0, status, "Gatling reports failed requests or checks (see its output above and "
                        + "the report under " + resultsFolder() + ")"),
                () -> assertTrue(visits >= USERS, "only " + visits + " sign-ins in the smoke run"),
                () -> assertEquals(visits, LoadLedger.count(LoadLedger.Step.SIGNED_OUT), "signed out"),
                () -> assertEquals(visits, LoadLedger.count(LoadLedger.Step.DASHBOARD), "dashboards"),
                () -> assertEquals(visits, LoadLedger.count(LoadLedger.Step.LIST), "lists opened"),
                () -> assertEquals(visits, LoadLedger.count(LoadLedger.Step.FILTERED), "lists filtered"),
                () -> assertEquals(visits, LoadLedger.count(LoadLedger.Step.RECORD_OPENED), "records opened"),
                () -> assertEquals(visits, LoadLedger.count(LoadLedger.Step.SAVED), "notes saved"),
                () -> assertEquals(visits, LoadLedger.count(LoadLedger.Step.SAVE_VERIFIED), "saved notes re-opened"),
                () -> assertEquals(visits, savedNotesInDatabase(), "countries whose notes the load test saved"));
    }

    /** Each visit saved one country's notes (each a different country while the visits overlap, or later again). */
    private static long savedNotesInDatabase() throws SQLException {
        try (var connection = DriverManager.getConnection(portal.jdbcUrl(), portal.jdbcUser(), portal.jdbcPassword());
             var statement = connection.prepareStatement(
                     "SELECT COUNT(*) FROM country_aud WHERE notes LIKE 'Перевірка навантаження: load-user-%'")) {
            try (var result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private static Path resultsFolder() {
        return Path.of(System.getProperty("portal.gatling.results", "target/gatling")).toAbsolutePath();
    }
}
