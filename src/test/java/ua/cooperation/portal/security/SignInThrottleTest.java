package ua.cooperation.portal.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Limit;
import ua.cooperation.portal.testsupport.IntegrationTest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The throttle's window slides: an address waits until its oldest counted failure is 15 minutes old, and the hourly
 * clean-up removes what has left the window. On the application's database, with a clock the test moves.
 */
@IntegrationTest
class SignInThrottleTest {

    private static final Duration WINDOW = Duration.ofMinutes(15);

    @Autowired
    SignInFailureRepository failures;

    private final MovableClock clock = new MovableClock();

    private SignInThrottle throttle() {
        return new SignInThrottle(failures, clock, WINDOW, 5, 20);
    }

    private static int addresses;

    private static synchronized String newAddress() {
        return "192.0.2." + (++addresses);
    }

    @Test
    void an_address_waits_until_its_oldest_counted_failure_has_left_the_window() {
        var throttle = throttle();
        var address = "2001:db8::" + Long.toHexString(System.nanoTime() & 0xffff);
        var first = clock.instant();
        for (int failure = 1; failure < 5; failure++) {
            assertThat(throttle.recordFailure(address, "Officer")).isEmpty();
            clock.advance(Duration.ofSeconds(10));
        }
        assertThat(throttle.recordFailure(address, " officer ")).as("user names are not case-sensitive")
                .contains(first.plus(WINDOW));
        assertThat(throttle.throttledUntil(address, "OFFICER")).contains(first.plus(WINDOW));
        assertThat(throttle.throttledUntil(address, "head")).as("other user names from the address").isEmpty();
        assertThat(throttle.throttledUntil(newAddress(), "officer")).as("the user from elsewhere").isEmpty();

        clock.advance(WINDOW.minusSeconds(41));
        assertThat(throttle.throttledUntil(address, "officer")).isPresent();
        clock.advance(Duration.ofSeconds(2));
        assertThat(throttle.throttledUntil(address, "officer")).as("the first failure has left the window").isEmpty();
    }

    @Test
    void the_clean_up_removes_only_failures_that_have_left_the_window() {
        var throttle = throttle();
        var address = newAddress();
        throttle.recordFailure(address, "someone");
        clock.advance(WINDOW.minusMinutes(1));
        throttle.recordFailure(address, "someone");
        clock.advance(Duration.ofMinutes(2));

        assertThat(throttle.removeExpired()).isPositive();
        assertThat(failures.latestFromAddress(address, Instant.EPOCH, Limit.of(10))).hasSize(1);
    }

    /** One account of its own must not let an address go on guessing the passwords of others. */
    @Test
    void a_correct_password_forgets_that_user_names_failures_but_not_those_of_others() {
        var throttle = new SignInThrottle(failures, clock, WINDOW, 100, 6);
        var address = newAddress();
        for (int failure = 1; failure <= 4; failure++) {
            throttle.recordFailure(address, "victim");
        }
        throttle.recordFailure(address, "mine");
        throttle.forget(address, "mine");
        assertThat(failures.latestFromAddress(address, Instant.EPOCH, Limit.of(10))).hasSize(4);
        assertThat(throttle.recordFailure(address, "victim")).isEmpty();
        assertThat(throttle.recordFailure(address, "victim")).as("the sixth failure from the address").isPresent();
    }

    /** Starts now, in the microseconds the database keeps; moved by the test. */
    private static final class MovableClock extends Clock {
        private Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
