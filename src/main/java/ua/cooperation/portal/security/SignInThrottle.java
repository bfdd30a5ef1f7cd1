package ua.cooperation.portal.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Slows down password guessing without letting a stranger keep a user out (ADR 0034). Wrong passwords are counted per
 * client address and user name, and per client address alone, within a sliding window; an address that reaches a limit
 * is refused for that user name (or for every user name) until its oldest counted failure leaves the window, without
 * the password being checked. The account itself is never locked by wrong passwords, so the real user signing in
 * from another address is not affected.
 * <p>
 * The failures are rows in the database, shared by every portal node; expired rows are deleted every hour. Its methods
 * are for the sign-in alone (there is no signed-in caller yet), so none is public.
 */
@Service
class SignInThrottle {

    private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);

    private final SignInFailureRepository failures;
    private final Clock clock;
    private final Duration window;
    private final int maxPerUserAndAddress;
    private final int maxPerAddress;

    SignInThrottle(SignInFailureRepository failures, Clock clock,
                   @Value("${portal.security.sign-in-throttle.window:15m}") Duration window,
                   @Value("${portal.security.sign-in-throttle.max-failures-per-user-and-address:5}")
                   int maxPerUserAndAddress,
                   @Value("${portal.security.sign-in-throttle.max-failures-per-address:20}") int maxPerAddress) {
        this.failures = failures;
        this.clock = clock;
        this.window = window;
        this.maxPerUserAndAddress = maxPerUserAndAddress;
        this.maxPerAddress = maxPerAddress;
    }

    int maxPerUserAndAddress() {
        return maxPerUserAndAddress;
    }

    int maxPerAddress() {
        return maxPerAddress;
    }

    /** Until when sign-ins of {@code username} from {@code address} are refused, if they are now. */
    @Transactional(readOnly = true)
    Optional<Instant> throttledUntil(String address, String username) {
        var since = clock.instant().minus(window);
        var ofUser = failures.latestOfUsernameFromAddress(address, key(username), since,
                Limit.of(maxPerUserAndAddress));
        var ofAddress = failures.latestFromAddress(address, since, Limit.of(maxPerAddress));
        return Stream.of(liftedAt(ofUser, maxPerUserAndAddress), liftedAt(ofAddress, maxPerAddress))
                .flatMap(Optional::stream).max(Instant::compareTo);
    }

    /** Counts a wrong password; answers until when the address is now refused, if this failure reached a limit. */
    @Transactional
    Optional<Instant> recordFailure(String address, String username) {
        failures.save(new SignInFailure(address, key(username), clock.instant()));
        return throttledUntil(address, username);
    }

    /**
     * A correct password from the address forgets that user name's failures there. The failures of other user names
     * from the address stay counted: otherwise one known account would let an address go on guessing the passwords
     * of others.
     */
    @Transactional
    void forget(String address, String username) {
        failures.deleteOfUsernameFromAddress(address, key(username));
    }

    /** Deletes the failures that have left the window; on every node, which is harmless (the same rows). */
    @Scheduled(initialDelayString = "PT10M", fixedDelayString = "PT1H")
    int removeExpired() {
        try {
            return failures.deleteOlderThan(clock.instant().minus(window));
        } catch (RuntimeException e) {
            // the database may be away for a while; the next run tries again
            log.warn("removing expired sign-in failures failed: {}", e.toString());
            return 0;
        }
    }

    private Optional<Instant> liftedAt(List<Instant> latestFirst, int limit) {
        return latestFirst.size() < limit ? Optional.empty() : Optional.of(latestFirst.get(limit - 1).plus(window));
    }

    /** User names are not case-sensitive at sign-in; the hash keeps a password typed into the name field unreadable. */
    static String key(String username) {
        var normalised = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(normalised.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
