package ua.cooperation.portal.benchmark;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import ua.cooperation.portal.search.SearchService;

/**
 * The global search on the large data set of the performance issue ({@code portal_bench}, filled by
 * {@link BenchDataGenerator}, whose last step builds the search index): the same 200 searches as
 * {@link SearchBenchmark}, as the officer and as the Lithuanian liaison. Prints its numbers; asserts only that searches
 * found something. Run alone:
 * {@code ./mvnw -B -ntp test -Dgroups=benchmark -DexcludedGroups= -Dtest=SearchAtScaleBenchmark}
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = BenchDatabase.Initializer.class)
// the data set builds on the demo users and records (the demo officer, liaisons and administrator)
@ActiveProfiles("demo")
class SearchAtScaleBenchmark {

    @Autowired
    SearchService search;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void search_latency_on_the_large_data_set() {
        SearchBenchmark.measure(search, jdbc);
    }
}
