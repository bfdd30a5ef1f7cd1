package ua.cooperation.portal.load;

import ua.cooperation.portal.security.PortalPasswordEncoder;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * The accounts of the virtual users: officers {@code load-user-001} … with the password {@link LoadSettings#PASSWORD},
 * written straight into the load-test database (the portal has no way to create accounts without an administrator's
 * second factor, and the load test must not weaken that). Each virtual user signs in with an account of its own, as
 * people do; one shared account would make every sign-in update the same row.
 * <p>
 * The password hash is made with the portal's own encoder (Argon2id, ADR 0035), as for a password set in the portal,
 * so that the load test's sign-ins cost what real ones cost. Existing accounts are left as they are, so that a second
 * run on the same database starts at once (bcrypt hashes of earlier runs are replaced at their first sign-in).
 */
final class LoadUsers {

    static final String PREFIX = "load-user-";

    private LoadUsers() {
    }

    static String username(int number) {
        return PREFIX + String.format(Locale.ROOT, "%03d", number);
    }

    static String displayName(int number) {
        return "Навантаження " + String.format(Locale.ROOT, "%03d", number);
    }

    /** Makes sure accounts 1 … {@code count} exist as officers; returns how many it had to create. */
    static int ensure(String jdbcUrl, String user, String password, int count) {
        var hash = PortalPasswordEncoder.create().encode(LoadSettings.PASSWORD);
        int created = 0;
        try (var connection = DriverManager.getConnection(jdbcUrl, user, password)) {
            connection.setAutoCommit(false);
            try (var exists = connection.prepareStatement("SELECT id FROM user_account WHERE username = ?");
                 var insert = connection.prepareStatement("INSERT INTO user_account (username, display_name, "
                         + "password_hash) VALUES (?, ?, ?)", Statement.RETURN_GENERATED_KEYS);
                 var role = connection.prepareStatement("INSERT INTO user_role (user_id, role) VALUES (?, 'OFFICER')")) {
                for (int number = 1; number <= count; number++) {
                    exists.setString(1, username(number));
                    try (var found = exists.executeQuery()) {
                        if (found.next()) {
                            continue;
                        }
                    }
                    insert.setString(1, username(number));
                    insert.setString(2, displayName(number));
                    insert.setString(3, hash);
                    insert.executeUpdate();
                    try (var keys = insert.getGeneratedKeys()) {
                        keys.next();
                        role.setLong(1, keys.getLong(1));
                    }
                    role.executeUpdate();
                    created++;
                }
            }
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the load-test accounts in " + jdbcUrl, e);
        }
        return created;
    }
}
