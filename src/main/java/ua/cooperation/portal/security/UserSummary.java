package ua.cooperation.portal.security;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/** What the users view shows of an account. */
public record UserSummary(long id, long version, String username, String displayName, String email, Set<Role> roles,
                          Set<String> countryCodes, LocalDate expiresOn, boolean enabled, boolean locked,
                          Instant lastSignInAt) {
}
