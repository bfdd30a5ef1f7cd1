package ua.cooperation.portal.meeting;

import ua.cooperation.portal.security.UserPreferences;
import ua.cooperation.portal.base.PortalTime;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ua.cooperation.portal.security.CurrentUser;
import ua.cooperation.portal.security.TokenUsers;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Personal calendar subscriptions: a user creates a secret address ({@code /calendar/<token>.ics}) once, copies it
 * into their calendar app, and may revoke it; a new one replaces the old. Only the token's SHA-256 hash is stored. The
 * feed shows what the token's user may see, evaluated with that user's scope at every fetch; a revoked or unknown
 * token, or an account that is disabled, expired or locked, answers like a missing address; "end all sessions"
 * deletes the token ({@link CalendarFeedRotation}).
 */
@Service
public class CalendarFeedService {

    public static final String PATH_PREFIX = "/calendar/";
    public static final String PATH_SUFFIX = ".ics";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final CalendarFeedTokenRepository tokens;
    private final MeetingCalendarService meetings;
    private final TokenUsers tokenUsers;
    private final CurrentUser currentUser;
    private final PortalTime time;

    private final UserPreferences preferences;

    CalendarFeedService(CalendarFeedTokenRepository tokens, MeetingCalendarService meetings, TokenUsers tokenUsers,
                        CurrentUser currentUser, PortalTime time, UserPreferences preferences) {
        this.preferences = preferences;
        this.tokens = tokens;
        this.meetings = meetings;
        this.tokenUsers = tokenUsers;
        this.currentUser = currentUser;
        this.time = time;
    }

    /** Creates the current user's secret token (replacing any earlier one) and returns it; it is not stored. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public String issueMyToken() {
        var me = currentUser.require().id();
        tokens.deleteByUser(me);
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        var token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        tokens.saveAndFlush(new CalendarFeedToken(me, hash(token), time.now()));
        return token;
    }

    /** Revokes the current user's token; the address stops working at once. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void revokeMyToken() {
        tokens.deleteByUser(currentUser.require().id());
    }

    /** When the current user's subscription was created, if they have one. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Instant> myTokenCreatedAt() {
        return tokens.findByUserId(currentUser.require().id()).map(CalendarFeedToken::getCreatedAt);
    }

    /**
     * The calendar behind a token, as its user may see it now; empty for an unknown or revoked token and for an
     * account that may no longer sign in. The token is the credential: no session is needed.
     */
    @Transactional(readOnly = true)
    public Optional<String> feedFor(String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{20,100}")) {
            return Optional.empty();
        }
        return tokens.findByTokenHash(hash(token))
                .flatMap(t -> tokenUsers.activeUser(t.getUserId()))
                .map(user -> tokenUsers.runAs(user,
                        () -> meetings.feedOfCurrentUser("Cooperation Portal — " + user.displayName(),
                                preferences.preferredLocale().orElse(UserPreferences.DEFAULT_LOCALE))));
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
