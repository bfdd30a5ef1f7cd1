package ua.cooperation.portal.search;

import ua.cooperation.portal.translation.RecordTexts;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ua.cooperation.portal.partnership.PartnershipService;
import ua.cooperation.portal.security.CountryScope;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The global search: finds countries, organisations, people, partnerships, programmes, meetings, decisions, action
 * items and visits by the words of their names and texts, in any of the portal's languages and by the Latin transliteration of
 * Ukrainian names (normalisation: {@link SearchText}). It reads the search index only (ADR 0018), with ordered prefix
 * range scans that stop after a few rows, so its cost does not grow with the number of records. The hits' labels
 * follow the reader's language: translated texts through {@link SearchLabels}, partnerships by the name their list
 * gives them (a partner organisation's Lithuanian or Polish name), both read by id for the hits only.
 * <p>
 * <b>Scope</b>: through {@link CountryScope}. Staff find every record. A liaison finds records of their countries
 * only, and of the business records (partnerships, programmes, meetings with their decisions and action items, visits) only
 * those shared with partners; words that occur only in internal notes find nothing for them.
 * <p>
 * <b>Ranking</b>, best first: the whole name equals the query (1000); a name starts with the query (800); a word of a
 * name equals a query word (600) or starts with it (500); a word of a text equals a query word (300) or starts with
 * it (200). A query of several words finds records that have every word (as a name's beginning, or each word as a
 * prefix of some word of the record), looking among the first 2,000 index rows of its longest word. Equal scores sort
 * by label.
 */
@Service
public class SearchService {

    /** Shorter queries find too much to be useful. */
    public static final int MIN_QUERY_LENGTH = 2;
    public static final int MAX_QUERY_LENGTH = 200;
    private static final int MAX_WORDS = 6;
    /** How many rows one range scan reads per wanted hit (a record may match with several words). */
    private static final int ROWS_PER_HIT = 3;
    /** A query of several words checks its other words on this many rows of its longest word at most. */
    private static final int MAX_CANDIDATES = 2000;

    private final JdbcTemplate jdbc;
    private final CountryScope scope;
    private final RecordTexts texts;
    private final PartnershipService partnerships;

    SearchService(JdbcTemplate jdbc, CountryScope scope, RecordTexts texts, PartnershipService partnerships) {
        this.texts = texts;
        this.partnerships = partnerships;
        this.jdbc = jdbc;
        this.scope = scope;
    }

    /** The best {@code perKind} hits of every kind that has any, in the order of {@link SearchKind}. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<SearchGroup> search(String query, int perKind, Locale language) {
        var parsed = Query.of(query);
        if (parsed == null) {
            return List.of();
        }
        var groups = new ArrayList<SearchGroup>();
        for (var kind : SearchKind.values()) {
            var group = find(parsed, kind, perKind, language);
            if (!group.hits().isEmpty()) {
                groups.add(group);
            }
        }
        return groups;
    }

    /** The best {@code limit} hits of one kind (the page "all results of this kind"). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public SearchGroup searchKind(String query, SearchKind kind, int limit, Locale language) {
        var parsed = Query.of(query);
        return parsed == null ? new SearchGroup(kind, List.of(), false) : find(parsed, kind, limit, language);
    }

    /** Whether a text is long enough to search for (after normalisation). */
    public static boolean isSearchable(String query) {
        return Query.of(query) != null;
    }

    // ------------------------------------------------------------------------------------------------ query

    /** A normalised query: the whole text (for names that start with it) and its words, longest first. */
    private record Query(String whole, List<String> words) {
        static Query of(String text) {
            if (text == null) {
                return null;
            }
            var cut = text.length() > MAX_QUERY_LENGTH ? text.substring(0, MAX_QUERY_LENGTH) : text;
            var whole = SearchText.normalise(cut);
            if (whole.length() < MIN_QUERY_LENGTH) {
                return null;
            }
            var words = Arrays.stream(whole.split(" ")).distinct()
                    .sorted(Comparator.comparingInt(String::length).reversed())
                    .limit(MAX_WORDS)
                    .map(w -> w.length() > SearchText.MAX_WORD ? w.substring(0, SearchText.MAX_WORD) : w)
                    .toList();
            return new Query(whole.length() > SearchText.MAX_NAME ? whole.substring(0, SearchText.MAX_NAME) : whole,
                    words);
        }
    }

    private record Candidate(long id, int score) {
    }

    private SearchGroup find(Query query, SearchKind kind, int limit, Locale language) {
        boolean restricted = scope.isRestricted();
        var countries = restricted ? scope.visibleCountryCodes().stream().sorted().toList() : List.<String>of();
        if (restricted && countries.isEmpty()) {
            return new SearchGroup(kind, List.of(), false);
        }
        int wanted = limit + 1; // one more tells whether there are more
        var best = new LinkedHashMap<Long, Integer>();
        for (int tier = SearchIndexer.TIER_NAME; tier <= SearchIndexer.TIER_TEXT_WORD && best.size() < wanted;
             tier++) {
            var found = new ArrayList<Candidate>();
            // a name of one word is stored once, as a whole name (tier 0): a query of several words looks for its
            // longest word among whole names too
            var scanned = tier == SearchIndexer.TIER_NAME_WORD && query.words().size() > 1
                    ? List.of(SearchIndexer.TIER_NAME, SearchIndexer.TIER_NAME_WORD) : List.of(tier);
            for (var scanTier : scanned) {
                if (restricted) {
                    for (var country : countries) {
                        found.addAll(scan(query, kind, tier, scanTier, country, wanted * ROWS_PER_HIT));
                    }
                } else {
                    found.addAll(scan(query, kind, tier, scanTier, null, wanted * ROWS_PER_HIT));
                }
            }
            for (var candidate : found) {
                best.merge(candidate.id(), candidate.score(), Math::max);
            }
        }
        if (best.isEmpty()) {
            return new SearchGroup(kind, List.of(), false);
        }
        var hits = new ArrayList<>(hits(kind, best, language));
        hits.sort(Comparator.comparingInt(SearchHit::score).reversed()
                .thenComparing(SearchHit::label, Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER))
                .thenComparingLong(SearchHit::id));
        boolean more = hits.size() > limit;
        return new SearchGroup(kind, more ? List.copyOf(hits.subList(0, limit)) : List.copyOf(hits), more);
    }

    /**
     * One ordered range scan of the index: terms of one kind and tier ({@code scanTier}) that start with the query (tier
     * 0) or its longest word (tiers 1 and 2), for a liaison within one country and shared terms only; the other words
     * of the query must each start some word (or the whole name, that is its first word) of the same record. Hits
     * score as {@code tier}.
     */
    private List<Candidate> scan(Query query, SearchKind kind, int tier, int scanTier, String country, int rows) {
        var prefix = tier == SearchIndexer.TIER_NAME ? query.whole() : query.words().getFirst();
        var sql = new StringBuilder("SELECT t.record_id, t.term, t.country_code FROM search_term t WHERE ");
        var args = new ArrayList<Object>();
        if (country != null) {
            sql.append("t.country_code = ? AND t.kind = ? AND t.shared = TRUE AND t.tier = ?");
            args.add(country);
        } else {
            sql.append("t.kind = ? AND t.tier = ?");
        }
        args.add(kind.code());
        args.add(scanTier);
        sql.append(" AND t.term >= ? AND t.term < ?");
        args.add(SearchIndexer.termBytes(prefix));
        args.add(upperBound(prefix));
        var others = tier == SearchIndexer.TIER_NAME ? List.<String>of()
                : query.words().subList(1, query.words().size());
        if (others.isEmpty()) {
            sql.append(" ORDER BY t.term, t.record_id LIMIT ").append(rows);
        } else {
            // the other words are checked on the first MAX_CANDIDATES rows of the longest word only: bounded work
            // for a frequent longest word with a rare companion (a refinement of the query finds the rest)
            sql.insert(0, "SELECT c.record_id, c.term FROM (");
            sql.append(" ORDER BY t.term, t.record_id LIMIT ").append(MAX_CANDIDATES).append(") c WHERE ");
            for (int i = 0; i < others.size(); i++) {
                var word = others.get(i);
                sql.append(i == 0 ? "" : " AND ").append("EXISTS (SELECT 1 FROM search_term o WHERE o.kind = ?"
                        + " AND o.record_id = c.record_id AND o.term >= ? AND o.term < ?");
                args.add(kind.code());
                args.add(SearchIndexer.termBytes(word));
                args.add(upperBound(word));
                if (country != null) {
                    sql.append(" AND o.country_code = c.country_code AND o.shared = TRUE");
                }
                sql.append(')');
            }
            sql.append(" ORDER BY c.term, c.record_id LIMIT ").append(rows);
        }
        return jdbc.query(sql.toString(), (rs, n) -> {
            var term = new String(rs.getBytes(2), java.nio.charset.StandardCharsets.UTF_8);
            return new Candidate(rs.getLong(1), score(tier, term.equals(prefix)));
        }, args.toArray());
    }

    private static int score(int tier, boolean exact) {
        return switch (tier) {
            case SearchIndexer.TIER_NAME -> exact ? 1000 : 800;
            case SearchIndexer.TIER_NAME_WORD -> exact ? 600 : 500;
            default -> exact ? 300 : 200;
        };
    }

    /** Every UTF-8 string that starts with the prefix is below the prefix followed by 0xFF (no UTF-8 byte is 0xFF). */
    private static byte[] upperBound(String prefix) {
        var bytes = SearchIndexer.termBytes(prefix);
        var upper = Arrays.copyOf(bytes, bytes.length + 1);
        upper[bytes.length] = (byte) 0xFF;
        return upper;
    }

    private List<SearchHit> hits(SearchKind kind, Map<Long, Integer> scores, Locale language) {
        var ids = new ArrayList<>(scores.keySet());
        var marks = String.join(", ", java.util.Collections.nCopies(ids.size(), "?"));
        var args = new ArrayList<Object>();
        args.add(kind.code());
        args.addAll(ids);
        // the index keeps names in Ukrainian, English and Lithuanian; a reader of another language (Polish) reads
        // the English (Latin) names, and her translated texts through SearchLabels
        var labelColumn = switch (language.getLanguage()) {
            case "uk" -> "label_uk";
            case "lt" -> "label_lt";
            default -> "label_en";
        };
        var hits = new ArrayList<SearchHit>();
        var originals = new HashMap<Long, String>();
        var seen = new HashMap<Long, Boolean>();
        jdbc.query("SELECT record_id, parent_id, " + labelColumn + " AS label, label_uk, country_code, detail"
                + " FROM search_record"
                + " WHERE kind = ? AND record_id IN (" + marks + ")", rs -> {
            long id = rs.getLong("record_id");
            if (seen.putIfAbsent(id, true) != null) {
                return;
            }
            long parent = rs.getLong("parent_id");
            var target = kind == SearchKind.COUNTRY ? SearchKind.countryCode(id)
                    : Long.toString(rs.wasNull() ? id : parent);
            hits.add(new SearchHit(kind, id, target, rs.getString("label"), rs.getString("country_code"),
                    rs.getString("detail"), scores.get(id)));
            originals.put(id, rs.getString("label_uk"));
        }, args.toArray());
        if (kind == SearchKind.PARTNERSHIP) {
            return partnershipLabels(hits, language);
        }
        return SearchLabels.inReadersLanguage(texts, kind, hits, originals, language);
    }

    /**
     * A partnership is labelled as its list names it: a partner organisation by its name in the reader's language,
     * which a Lithuanian or Polish translation gives and the index does not hold (one look-up by id for the hits).
     */
    private List<SearchHit> partnershipLabels(List<SearchHit> hits, Locale language) {
        if (hits.isEmpty()) {
            return hits;
        }
        var names = partnerships.findVisibleNames(hits.stream().map(SearchHit::id).toList(), language);
        return hits.stream().map(hit -> !names.containsKey(hit.id()) ? hit : new SearchHit(hit.kind(), hit.id(),
                hit.target(), names.get(hit.id()), hit.countryCode(), hit.detail(), hit.score())).toList();
    }
}
