package ua.cooperation.portal.security;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import ua.cooperation.portal.testsupport.IntegrationTest;

import java.time.Instant;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the per-request check of the account costs (ADR 0033): {@link AccountRecheck#check} for a signed-in liaison
 * whose account did not change, i.e. the read of the account (with its roles and countries) by its id and the
 * comparison. Not a timed test: it prints its numbers. Run with:
 * {@code ./mvnw -B -ntp test -Dgroups=benchmark -DexcludedGroups= -Dtest='AccountRecheckBenchmark'}
 */
@IntegrationTest
@Tag("benchmark")
class AccountRecheckBenchmark {

    private static final int WARM_UP = Integer.getInteger("portal.bench.warm-up", 2_000);
    private static final int ROUNDS = Integer.getInteger("portal.bench.rounds", 10_000);

    @Autowired
    AccountRecheck recheck;
    @Autowired
    UserAccountRepository accounts;
    @Autowired
    PortalUserDetailsService users;

    @Test
    void one_check_per_request() {
        var user = users.toPortalUser(accounts.findByUsername("liaison-lt").orElseThrow());
        var session = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        var signedIn = Instant.now();
        for (int i = 0; i < WARM_UP; i++) {
            assertThat(recheck.check(session, signedIn)).isEqualTo(AccountRecheck.KEEP);
        }
        var micros = new long[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            long start = System.nanoTime();
            recheck.check(session, signedIn);
            micros[i] = (System.nanoTime() - start) / 1_000;
        }
        Arrays.sort(micros);
        System.out.printf("[benchmark] account check per request over %d rounds: median %d µs, p95 %d µs, p99 %d µs,"
                        + " max %d µs%n", ROUNDS, micros[ROUNDS / 2], micros[ROUNDS * 95 / 100],
                micros[ROUNDS * 99 / 100], micros[ROUNDS - 1]);
    }
}
