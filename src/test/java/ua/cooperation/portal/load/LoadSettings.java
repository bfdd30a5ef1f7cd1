package ua.cooperation.portal.load;

import java.time.Duration;

/**
 * What a load run does, from system properties ({@code -Dportal.load.users=300} …), with the defaults of the full run
 * described in docs/performance.md. The smoke run of {@code mvn verify} ({@link PortalLoadIT}) sets its own.
 *
 * @param baseUrl       the portal, e.g. {@code http://localhost:8080} ({@code portal.load.url})
 * @param users         concurrent virtual users, each signed in with an account of its own ({@code portal.load.users})
 * @param rampUp        time to reach that many users ({@code portal.load.ramp-seconds})
 * @param steady        time to stay there ({@code portal.load.steady-seconds})
 * @param rounds        work rounds between one sign-in and its sign-out ({@code portal.load.rounds})
 * @param thinkMin      shortest pause of a user between two actions ({@code portal.load.think-min-seconds})
 * @param thinkMax      longest pause ({@code portal.load.think-max-seconds})
 * @param jdbcUrl       the portal's database, to create the load-test accounts before the run; empty: they exist
 *                      already ({@code portal.load.jdbc-url}, {@code -user}, {@code -password})
 * @param accounts      how many accounts {@code load-user-NNN} there are; at least {@code users}
 *                      ({@code portal.load.accounts})
 * @param parkRoute     memory measurement instead of journeys: every user signs in, opens this route (e.g.
 *                      {@code programmes/1}) and stays there for {@code steady}, then signs out; empty: journeys
 *                      ({@code portal.load.park-route})
 * @param parkCheckId   the id of an element the parked view must show ({@code portal.load.park-check-id})
 */
record LoadSettings(String baseUrl, int users, Duration rampUp, Duration steady, int rounds, Duration thinkMin,
                    Duration thinkMax, String jdbcUrl, String jdbcUser, String jdbcPassword, int accounts,
                    String parkRoute, String parkCheckId) {

    /** Password of every load-test account (they exist only in a load-test database, see {@link LoadUsers}). */
    static final String PASSWORD = "portal-load-2026";

    static LoadSettings fromSystemProperties() {
        int users = intProperty("portal.load.users", 300);
        return new LoadSettings(
                System.getProperty("portal.load.url", "http://localhost:8080").replaceAll("/+$", ""),
                users,
                Duration.ofSeconds(intProperty("portal.load.ramp-seconds", 120)),
                Duration.ofSeconds(intProperty("portal.load.steady-seconds", 300)),
                intProperty("portal.load.rounds", 3),
                Duration.ofSeconds(intProperty("portal.load.think-min-seconds", 3)),
                Duration.ofSeconds(intProperty("portal.load.think-max-seconds", 10)),
                System.getProperty("portal.load.jdbc-url", ""),
                System.getProperty("portal.load.jdbc-user", "root"),
                System.getProperty("portal.load.jdbc-password", ""),
                Math.max(users, intProperty("portal.load.accounts", users)),
                System.getProperty("portal.load.park-route", ""),
                System.getProperty("portal.load.park-check-id", "programme-title"));
    }

    boolean parking() {
        return !parkRoute.isBlank();
    }

    /** The longest a run may take: ramp-up, steady phase, and time for the last journeys to finish. */
    Duration maxDuration() {
        return rampUp.plus(steady).plus(thinkMax.multipliedBy(10L * (rounds + 1))).plus(Duration.ofMinutes(2));
    }

    private static int intProperty(String name, int fallback) {
        var value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.strip());
    }
}
