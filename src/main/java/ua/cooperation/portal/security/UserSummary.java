package ua.cooperation.portal.security;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * What the users view shows of an account; {@code twoFactorEnrolled}: a second factor is set up;
 * {@code organisationId}: the organisation a guest is bound to instead of countries, else {@code null}.
 */
public record UserSummary(long id, long version, String username, String displayName, String email, Set<Role> roles,
                          Set<String> countryCodes, LocalDate expiresOn, boolean enabled, boolean locked,
                          Instant lastSignInAt, boolean twoFactorEnrolled, Long organisationId) {
}
