package ua.cooperation.portal.search;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import ua.cooperation.portal.testsupport.IntegrationTest;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search index is rebuilt when the database asks for it, once per claim: a rebuild claimed by a living process is
 * left to it, and one left behind by a killed process (flag still set, claim old) is done again.
 */
@IntegrationTest
class SearchIndexStartupTest {

    @Autowired
    SearchIndexStartup startup;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    @AfterEach
    void indexIsCurrentAgain() {
        jdbc.update("UPDATE search_index_state SET needs_rebuild = FALSE, rebuild_claimed_at = NULL WHERE id = 1");
    }

    private void state(boolean needsRebuild, Duration claimedAgo) {
        jdbc.update("UPDATE search_index_state SET needs_rebuild = ?, rebuild_claimed_at = ? WHERE id = 1",
                needsRebuild, claimedAgo == null ? null : Timestamp.from(clock.instant().minus(claimedAgo)));
    }

    private boolean needsRebuild() {
        return jdbc.queryForObject("SELECT needs_rebuild FROM search_index_state WHERE id = 1", Boolean.class);
    }

    private long indexedCountries() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM search_record WHERE kind = ?", Long.class,
                SearchKind.COUNTRY.code());
    }

    @Test
    void an_index_asked_for_is_rebuilt_and_the_flag_cleared() {
        state(true, null);
        jdbc.update("DELETE FROM search_record WHERE kind = ?", SearchKind.COUNTRY.code());

        assertThat(startup.rebuildIfAsked()).isTrue();

        assertThat(needsRebuild()).isFalse();
        assertThat(indexedCountries()).isEqualTo(
                jdbc.queryForObject("SELECT COUNT(*) FROM country", Long.class));
        assertThat(startup.rebuildIfAsked()).as("nothing more to do").isFalse();
    }

    @Test
    void a_rebuild_another_process_is_doing_is_left_to_it() {
        state(true, Duration.ofMinutes(3));

        assertThat(startup.rebuildIfAsked()).isFalse();
        assertThat(needsRebuild()).isTrue();
    }

    @Test
    void a_rebuild_left_half_done_by_a_killed_process_is_done_again() {
        state(true, SearchIndexStartup.CLAIM_EXPIRES.plusMinutes(1));
        jdbc.update("DELETE FROM search_record WHERE kind = ?", SearchKind.COUNTRY.code());

        assertThat(startup.rebuildIfAsked()).isTrue();

        assertThat(needsRebuild()).isFalse();
        assertThat(indexedCountries()).isPositive();
    }
}
