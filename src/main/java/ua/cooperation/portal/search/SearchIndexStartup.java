package ua.cooperation.portal.search;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the search index at start-up when the database asks for it ({@code search_index_state.needs_rebuild}):
 * Liquibase sets the flag when it creates the index, before the demo data and the reference data of later change
 * sets exist, and a database restored or loaded without the application may set it too. Of several nodes starting
 * together, the one whose update clears the flag does the work.
 */
@Component
class SearchIndexStartup implements ApplicationRunner {

    private final JdbcTemplate jdbc;
    private final SearchIndexer indexer;

    SearchIndexStartup(JdbcTemplate jdbc, SearchIndexer indexer) {
        this.jdbc = jdbc;
        this.indexer = indexer;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.update("UPDATE search_index_state SET needs_rebuild = FALSE WHERE id = 1 AND needs_rebuild = TRUE")
                == 1) {
            try {
                indexer.rebuildAll();
            } catch (RuntimeException e) {
                jdbc.update("UPDATE search_index_state SET needs_rebuild = TRUE WHERE id = 1");
                throw e;
            }
        }
    }
}
