package ua.cooperation.portal.search;

import ua.cooperation.portal.base.PortalTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Duration;

/**
 * Rebuilds the search index when the database asks for it ({@code search_index_state.needs_rebuild}): at start-up,
 * and every few minutes after it. Liquibase sets the flag when it creates the index, before the demo data and the
 * reference data of later change sets exist, and a database restored or loaded without the application may set it
 * too.
 * <p>
 * Of several nodes, the one whose update claims the rebuild ({@code rebuild_claimed_at}) does the work;
 * {@link SearchIndexer#rebuildAll()} clears the flag only when it has finished. A process killed during a rebuild
 * (a newcomer's Ctrl+C during the first start) leaves the flag set: once the claim is older than
 * {@link #CLAIM_EXPIRES} the next check rebuilds, so a half-built index heals itself.
 */
@Component
class SearchIndexStartup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexStartup.class);
    /** Longer than a rebuild of the large benchmark data set takes (about 25 minutes). */
    static final Duration CLAIM_EXPIRES = Duration.ofHours(1);

    private final JdbcTemplate jdbc;
    private final SearchIndexer indexer;
    private final PortalTime time;

    SearchIndexStartup(JdbcTemplate jdbc, SearchIndexer indexer, PortalTime time) {
        this.jdbc = jdbc;
        this.indexer = indexer;
        this.time = time;
    }

    @Override
    public void run(ApplicationArguments args) {
        rebuildIfAsked();
    }

    @Scheduled(initialDelayString = "PT5M", fixedDelayString = "PT5M")
    void checkAgain() {
        try {
            rebuildIfAsked();
        } catch (RuntimeException e) {
            // the database may be away for a while; the next check tries again
            log.warn("search index check failed: {}", e.toString());
        }
    }

    /** Rebuilds when the flag is set and no other (living) process has claimed the work; says whether it did. */
    boolean rebuildIfAsked() {
        var now = time.now();
        if (jdbc.update("UPDATE search_index_state SET rebuild_claimed_at = ? WHERE id = 1 AND needs_rebuild = TRUE"
                        + " AND (rebuild_claimed_at IS NULL OR rebuild_claimed_at < ?)",
                Timestamp.from(now), Timestamp.from(now.minus(CLAIM_EXPIRES))) != 1) {
            return false;
        }
        try {
            indexer.rebuildAll();
            return true;
        } catch (RuntimeException e) {
            jdbc.update("UPDATE search_index_state SET rebuild_claimed_at = NULL WHERE id = 1");
            throw e;
        }
    }
}
