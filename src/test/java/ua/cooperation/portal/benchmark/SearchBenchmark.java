package ua.cooperation.portal.benchmark;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import ua.cooperation.portal.base.text.UkrainianTransliteration;
import ua.cooperation.portal.search.SearchIndexer;
import ua.cooperation.portal.search.SearchService;
import ua.cooperation.portal.testsupport.IntegrationTest;
import ua.cooperation.portal.testsupport.SignedIn;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measures the global search ({@link SearchService#search}, all eight kinds, five hits each: what the search page
 * asks) on whatever the test database holds, as an officer and as the Lithuanian liaison. With
 * {@code PORTAL_SEARCH_BENCHMARK_MEETINGS=n} it first bulk-loads synthetic records with plain JDBC, as a data
 * generator would (n meetings, 2n action items, n/20 organisations, n/10 people), and then calls
 * {@link SearchIndexer#rebuildAll()}, the call such a generator must make, and prints how long that took. Prints its
 * numbers; asserts only that the work was done. Run with:
 * {@code PORTAL_SEARCH_BENCHMARK_MEETINGS=100000 ./mvnw -B -ntp test -Dgroups=benchmark -DexcludedGroups= -Dtest=SearchBenchmark}
 */
@IntegrationTest
@Tag("benchmark")
class SearchBenchmark {

    private static final int SEARCHES = 200;
    private static final int WARM_UP = 40;
    private static final List<String> WORDS = List.of("зустріч", "підтримка", "ветеранів", "родин", "дітей",
            "оздоровлення", "співпраця", "громади", "шкіл", "лікарні", "реабілітація", "переміщених", "осіб",
            "програма", "партнерство", "візит", "посольство", "меморандум", "освіта", "культура", "житло",
            "meeting", "support", "veterans", "families", "children", "recreation", "cooperation", "schools",
            "hospital", "rehabilitation", "displaced", "housing", "embassy", "delegation", "agreement", "education",
            "susitikimas", "parama", "šeimoms", "vaikų", "bendradarbiavimas", "mokyklų", "ligoninė", "švietimas");
    private static final List<String> SYLLABLES = List.of("ко", "ва", "лен", "шев", "чен", "ко", "бон", "дар", "ми",
            "рош", "ни", "че", "гор", "ді", "єн", "ткач", "сав", "чук", "пет", "рен", "юк", "ян", "ор", "ест");
    private static final List<String> COUNTRIES = List.of("LT", "PL", "DE", "FR", "NO", "SE", "FI", "EE", "LV",
            "CZ", "SK", "DK", "NL", "BE", "AT", "CH", "IT", "ES", "PT", "GB", "US", "CA", "JP", "KR", "UA");

    @Autowired
    SearchService search;
    @Autowired
    SearchIndexer indexer;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void search_latency() {
        int meetings = Integer.parseInt(System.getenv().getOrDefault("PORTAL_SEARCH_BENCHMARK_MEETINGS", "0"));
        if (meetings > 0 && count(jdbc, "meeting") < meetings) {
            load(meetings);
        }
        measure(search, jdbc);
    }

    /**
     * 200 searches after 40 warm-up ones as the officer and as the Lithuanian liaison, on whatever the index of the
     * given database holds; prints p50/p95/max. Shared with {@link SearchAtScaleBenchmark}.
     */
    static void measure(SearchService search, JdbcTemplate jdbc) {
        System.out.printf("[benchmark] data: %d organisations, %d people, %d meetings, %d action items;"
                        + " index: %d records, %d term rows%n", count(jdbc, "organisation"), count(jdbc, "person"),
                count(jdbc, "meeting"), count(jdbc, "action_item"), count(jdbc, "search_record"),
                count(jdbc, "search_term"));
        var queries = queries(jdbc, new Random(20261202));
        for (var user : List.of("officer", "liaison-lt")) {
            try (var ignored = SignedIn.as(user)) {
                for (int i = 0; i < WARM_UP; i++) {
                    search.search(queries.get(i % queries.size()), 5, Locale.forLanguageTag("uk"));
                }
                var micros = new long[SEARCHES];
                var slowest = new java.util.TreeMap<Long, String>(java.util.Comparator.reverseOrder());
                int found = 0;
                for (int i = 0; i < SEARCHES; i++) {
                    long started = System.nanoTime();
                    var groups = search.search(queries.get(i), 5, Locale.forLanguageTag("uk"));
                    micros[i] = (System.nanoTime() - started) / 1_000;
                    slowest.put(micros[i], queries.get(i));
                    found += groups.isEmpty() ? 0 : 1;
                }
                Arrays.sort(micros);
                // the tail's queries, to see what makes it
                slowest.entrySet().stream().limit(5).forEach(e -> System.out.printf(
                        "[benchmark]   slow: %.1f ms for \"%s\"%n", e.getKey() / 1000.0, e.getValue()));
                System.out.printf("[benchmark] global search as %s, %d searches (8 kinds, 5 hits each; 2-8 letters of"
                                + " a record's word, Cyrillic or Latin, 1 or 2 words): p50 %.1f ms, p95 %.1f ms,"
                                + " max %.1f ms; %d had results%n", user, SEARCHES, micros[SEARCHES / 2] / 1000.0,
                        micros[(int) Math.ceil(SEARCHES * 0.95) - 1] / 1000.0, micros[SEARCHES - 1] / 1000.0,
                        found);
                assertThat(found).isPositive();
            }
        }
    }

    /** Pieces of words of indexed labels: a prefix of 2-8 letters, sometimes transliterated, sometimes two words. */
    private static List<String> queries(JdbcTemplate jdbc, Random random) {
        long maxKind = 8;
        var labels = new ArrayList<String>();
        while (labels.size() < SEARCHES) {
            long kind = 1 + random.nextInt((int) maxKind);
            var high = jdbc.queryForObject("SELECT MAX(record_id) FROM search_record WHERE kind = ?", Long.class, kind);
            if (high == null) {
                continue;
            }
            var label = jdbc.query("SELECT label_uk FROM search_record WHERE kind = ? AND record_id >= ?"
                            + " ORDER BY record_id LIMIT 1", (rs, n) -> rs.getString(1), kind,
                    (long) (random.nextDouble() * high));
            if (!label.isEmpty() && label.getFirst() != null) {
                labels.add(label.getFirst());
            }
        }
        var queries = new ArrayList<String>();
        for (var label : labels) {
            var words = Arrays.stream(label.split("[^\\p{L}\\p{N}]+")).filter(w -> w.length() >= 2).toList();
            if (words.isEmpty()) {
                queries.add(label);
                continue;
            }
            var word = words.get(random.nextInt(words.size()));
            if (random.nextInt(4) == 0) {
                word = UkrainianTransliteration.latin(word);
            }
            var query = word.substring(0, Math.min(word.length(), 2 + random.nextInt(7)));
            if (words.size() > 1 && random.nextInt(3) == 0) {
                query = words.get(random.nextInt(words.size())) + " " + query;
            }
            queries.add(query);
        }
        return queries;
    }

    /** Synthetic records, written with plain JDBC as a bulk generator would, then the index rebuilt. */
    private void load(int meetings) {
        var random = new Random(42);
        long started = System.nanoTime();
        int organisations = meetings / 20;
        int people = meetings / 10;
        batch("INSERT INTO organisation (type, name_original, name_uk, name_en, country_code, notes)"
                + " VALUES ('NGO', ?, ?, ?, ?, ?)", organisations, i -> {
            var name = surname(random) + " " + words(random, 2);
            return new Object[]{name, name, UkrainianTransliteration.latin(name), country(random), words(random, 8)};
        });
        batch("INSERT INTO person (given_name, family_name, country_code, notes) VALUES (?, ?, ?, ?)", people,
                i -> new Object[]{surname(random), surname(random), country(random), words(random, 5)});
        long firstMeeting = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM meeting", Long.class) + 1;
        var start = Instant.parse("2020-01-01T08:00:00Z");
        batch("INSERT INTO meeting (id, type, title, starts_at, ends_at, agenda, minutes, internal_notes,"
                + " shared_with_partners) VALUES (?, 'WORKING_VISIT', ?, ?, ?, ?, ?, ?, ?)", meetings, i -> {
            var at = start.plus(random.nextInt(2500), ChronoUnit.DAYS);
            return new Object[]{firstMeeting + i, words(random, 4) + " " + surname(random), Timestamp.from(at),
                    Timestamp.from(at.plus(2, ChronoUnit.HOURS)), words(random, 25), words(random, 10),
                    words(random, 6), random.nextBoolean()};
        });
        batch("INSERT INTO meeting_country (meeting_id, country_code) VALUES (?, ?)", meetings,
                i -> new Object[]{firstMeeting + i, country(random)});
        batch("INSERT INTO action_item (meeting_id, title, owner_user_id, due_on, status, completion_note)"
                + " VALUES (?, ?, 2, ?, 'OPEN', ?)", meetings * 2, i -> new Object[]{firstMeeting + i / 2,
                words(random, 6), LocalDate.of(2026, 1, 1).plusDays(random.nextInt(700)),
                random.nextInt(3) == 0 ? words(random, 8) : null});
        System.out.printf("[benchmark] bulk load with plain JDBC: %d ms%n", (System.nanoTime() - started) / 1_000_000);
        long rebuild = System.nanoTime();
        long records = indexer.rebuildAll();
        System.out.printf("[benchmark] SearchIndexer.rebuildAll(): %d records in %d ms%n", records,
                (System.nanoTime() - rebuild) / 1_000_000);
    }

    private void batch(String sql, int rows, java.util.function.IntFunction<Object[]> row) {
        var chunk = new ArrayList<Object[]>();
        for (int i = 0; i < rows; i++) {
            chunk.add(row.apply(i));
            if (chunk.size() == 2000 || i == rows - 1) {
                jdbc.batchUpdate(sql, chunk);
                chunk.clear();
            }
        }
    }

    private static long count(JdbcTemplate jdbc, String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }

    private static String words(Random random, int count) {
        var text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(i == 0 ? "" : " ").append(random.nextInt(5) == 0 ? surname(random)
                    : WORDS.get(random.nextInt(WORDS.size())));
        }
        return text.toString();
    }

    private static String surname(Random random) {
        var name = new StringBuilder();
        int parts = 2 + random.nextInt(3);
        for (int i = 0; i < parts; i++) {
            name.append(SYLLABLES.get(random.nextInt(SYLLABLES.size())));
        }
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static String country(Random random) {
        return COUNTRIES.get(random.nextInt(COUNTRIES.size()));
    }
}
