package ua.cooperation.portal.search;

import ua.cooperation.portal.base.PortalTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Writes the search index (tables {@code search_record} and {@code search_term}, ADR 0018) from the record tables with
 * plain JDBC, so that the same code serves a change of a few records (in the transaction that changed them, see
 * {@link SearchIndexListener}) and a rebuild of everything.
 * <p>
 * After records were written without the application (a bulk load with plain JDBC, a restore, a SQL script), call
 * {@link #rebuildAll()} once; or set {@code search_index_state.needs_rebuild} to true and the next start rebuilds.
 * Not a service: it carries no role check and is not reachable from a view.
 */
@Component
public class SearchIndexer {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexer.class);
    private static final int CHUNK = 500;
    private static final int REBUILD_WINDOW = 2000;
    private static final int MAX_TERM_BYTES = 255;
    private static final int TERMS_PER_INSERT = 500;

    static final int TIER_NAME = 0;
    static final int TIER_NAME_WORD = 1;
    static final int TIER_TEXT_WORD = 2;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    SearchIndexer(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** What changed in one transaction: records by kind, and municipalities (whose names partnerships show). */
    static final class Changes {
        final Map<SearchKind, Set<Long>> records = new EnumMap<>(SearchKind.class);
        final Set<Long> municipalities = new TreeSet<>();

        void add(SearchKind kind, long id) {
            records.computeIfAbsent(kind, k -> new TreeSet<>()).add(id);
        }

        boolean isEmpty() {
            return records.isEmpty() && municipalities.isEmpty();
        }
    }

    /**
     * Rebuilds the whole index from the record tables: empties it, then indexes every kind in windows of ids, each
     * window in its own transaction (so a rebuild of millions of records holds no long transaction; searches meanwhile
     * find what is already indexed). Returns the number of records indexed.
     */
    public long rebuildAll() {
        long started = System.nanoTime();
        transactions.executeWithoutResult(status -> {
            jdbc.execute("DELETE FROM search_term");
            jdbc.execute("DELETE FROM search_record");
        });
        long total = 0;
        for (var kind : SearchKind.values()) {
            total += rebuild(kind);
        }
        transactions.executeWithoutResult(status -> jdbc.update(
                "UPDATE search_index_state SET needs_rebuild = FALSE, rebuild_claimed_at = NULL,"
                + " rebuilt_at = CURRENT_TIMESTAMP WHERE id = 1"));
        log.info("search index rebuilt: {} records in {} ms", total, (System.nanoTime() - started) / 1_000_000);
        return total;
    }

    private long rebuild(SearchKind kind) {
        if (kind == SearchKind.COUNTRY) {
            return transactions.execute(status -> write(load(kind, "1 = 1", List.of())));
        }
        var table = table(kind);
        var bounds = jdbc.queryForMap("SELECT MIN(id) AS low, MAX(id) AS high FROM " + table);
        if (bounds.get("low") == null) {
            return 0;
        }
        long low = ((Number) bounds.get("low")).longValue();
        long high = ((Number) bounds.get("high")).longValue();
        long total = 0;
        for (long start = low; start <= high; start += REBUILD_WINDOW) {
            var window = List.<Object>of(start, start + REBUILD_WINDOW - 1);
            total += transactions.execute(status -> write(load(kind, "x.id BETWEEN ? AND ?", window)));
        }
        return total;
    }

    /**
     * Brings the index in line with the record tables for the changed records and the records that show them
     * (a meeting's decisions and action items carry its scope; a partnership shows its municipalities' and
     * organisation's names). Runs in the caller's transaction.
     */
    void apply(Changes changes) {
        var records = new EnumMap<SearchKind, Set<Long>>(SearchKind.class);
        changes.records.forEach((kind, ids) -> records.put(kind, new TreeSet<>(ids)));
        var meetings = changes.records.getOrDefault(SearchKind.MEETING, Set.of());
        if (!meetings.isEmpty()) {
            addAll(records, SearchKind.DECISION, ids("SELECT id FROM meeting_decision WHERE meeting_id IN", meetings));
            addAll(records, SearchKind.ACTION_ITEM, ids("SELECT id FROM action_item WHERE meeting_id IN", meetings));
        }
        var organisations = changes.records.getOrDefault(SearchKind.ORGANISATION, Set.of());
        if (!organisations.isEmpty()) {
            addAll(records, SearchKind.PARTNERSHIP,
                    ids("SELECT id FROM partnership WHERE partner_organisation_id IN", organisations));
            addAll(records, SearchKind.PARTNERSHIP,
                    ids("SELECT id FROM partnership WHERE ukrainian_organisation_id IN", organisations));
            addAll(records, SearchKind.VISIT, ids("SELECT id FROM visit WHERE host_organisation_id IN", organisations));
        }
        if (!changes.municipalities.isEmpty()) {
            addAll(records, SearchKind.PARTNERSHIP,
                    ids("SELECT id FROM partnership WHERE ukrainian_municipality_id IN", changes.municipalities));
            addAll(records, SearchKind.PARTNERSHIP,
                    ids("SELECT id FROM partnership WHERE partner_municipality_id IN", changes.municipalities));
        }
        records.forEach(this::reindex);
    }

    /** Re-reads the given records of one kind and replaces their index rows; a deleted record leaves the index. */
    void reindex(SearchKind kind, Collection<Long> ids) {
        for (var chunk : chunks(ids)) {
            var marks = marks(chunk.size());
            var args = new ArrayList<Object>();
            args.add(kind.code());
            args.addAll(chunk);
            jdbc.update("DELETE FROM search_term WHERE kind = ? AND record_id IN (" + marks + ")", args.toArray());
            jdbc.update("DELETE FROM search_record WHERE kind = ? AND record_id IN (" + marks + ")", args.toArray());
            List<Object> keys = kind == SearchKind.COUNTRY
                    ? chunk.stream().map(id -> (Object) SearchKind.countryCode(id)).toList()
                    : new ArrayList<>(chunk);
            write(load(kind, "x." + (kind == SearchKind.COUNTRY ? "code" : "id") + " IN (" + marks + ")", keys));
        }
    }

    // ------------------------------------------------------------------------------------------------ writing

    private long write(List<SearchDocument> documents) {
        if (documents.isEmpty()) {
            return 0;
        }
        var records = new ArrayList<Object[]>();
        var terms = new ArrayList<Object[]>();
        for (var d : documents) {
            records.add(new Object[]{d.kind.code(), d.id, d.parentId, cut(d.labelUk), cut(d.labelEn), cut(d.labelLt),
                    cut(d.detail), d.firstCountry()});
            terms(d, terms);
        }
        jdbc.batchUpdate("INSERT INTO search_record (kind, record_id, parent_id, label_uk, label_en, label_lt, detail,"
                + " country_code) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", records);
        // multi-row inserts: one statement per 500 rows is several times faster than a JDBC batch of single rows
        for (int from = 0; from < terms.size(); from += TERMS_PER_INSERT) {
            var rows = terms.subList(from, Math.min(terms.size(), from + TERMS_PER_INSERT));
            var sql = new StringBuilder("INSERT INTO search_term (kind, record_id, term, country_code, tier, shared)"
                    + " VALUES ");
            var args = new ArrayList<Object>(rows.size() * 6);
            for (int i = 0; i < rows.size(); i++) {
                sql.append(i == 0 ? "(?, ?, ?, ?, ?, ?)" : ", (?, ?, ?, ?, ?, ?)");
                args.addAll(java.util.Arrays.asList(rows.get(i)));
            }
            jdbc.update(sql.toString(), args.toArray());
        }
        return documents.size();
    }

    /** One row per distinct term and country: the best tier of the term, and whether partners may find it. */
    private static void terms(SearchDocument d, List<Object[]> rows) {
        record Best(int tier, boolean visibleToPartners) {
        }
        var best = new HashMap<String, Best>();
        java.util.function.BiConsumer<String, Best> put = (term, candidate) -> best.merge(term, candidate,
                (a, b) -> new Best(Math.min(a.tier, b.tier), a.visibleToPartners || b.visibleToPartners));
        for (var name : d.names) {
            SearchText.nameForms(name).forEach(form -> put.accept(form, new Best(TIER_NAME, true)));
            SearchText.nameWords(name).forEach(word -> put.accept(word, new Best(TIER_NAME_WORD, true)));
        }
        for (var text : d.texts) {
            SearchText.words(text).forEach(word -> put.accept(word, new Best(TIER_TEXT_WORD, true)));
        }
        for (var text : d.internalTexts) {
            SearchText.words(text).forEach(word -> put.accept(word, new Best(TIER_TEXT_WORD, false)));
        }
        var countries = d.countries.isEmpty() ? List.of("") : d.countries;
        var seen = new java.util.HashSet<String>();
        best.forEach((term, b) -> {
            var bytes = termBytes(term);
            // two long forms may meet in their first 255 bytes: one row of them
            if (!seen.add(new String(bytes, StandardCharsets.UTF_8))) {
                return;
            }
            for (var country : countries) {
                rows.add(new Object[]{d.kind.code(), d.id, bytes, country, b.tier, d.shared && b.visibleToPartners});
            }
        });
    }

    /** A term as stored: its UTF-8 bytes, cut at a character boundary to fit the column. */
    static byte[] termBytes(String term) {
        var bytes = term.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= MAX_TERM_BYTES) {
            return bytes;
        }
        int end = MAX_TERM_BYTES;
        while (end > 0 && (bytes[end] & 0xC0) == 0x80) {
            end--; // not in the middle of a character
        }
        return java.util.Arrays.copyOf(bytes, end);
    }

    private static String cut(String text) {
        if (text == null) {
            return null;
        }
        var single = text.strip().replaceAll("\\s+", " ");
        return single.length() <= 300 ? single : single.substring(0, 299) + "…";
    }

    // ------------------------------------------------------------------------------------------------ reading

    private static String table(SearchKind kind) {
        return switch (kind) {
            case COUNTRY -> "country";
            case ORGANISATION -> "organisation";
            case PERSON -> "person";
            case PARTNERSHIP -> "partnership";
            case PROGRAMME -> "programme";
            case MEETING -> "meeting";
            case DECISION -> "meeting_decision";
            case ACTION_ITEM -> "action_item";
            case VISIT -> "visit";
        };
    }

    /** The documents of one kind whose row matches {@code where} (on the alias x). */
    private List<SearchDocument> load(SearchKind kind, String where, List<Object> args) {
        var params = args.toArray();
        var documents = switch (kind) {
            case COUNTRY -> countries(where, params);
            case ORGANISATION -> organisations(where, params);
            case PERSON -> people(where, params);
            case PARTNERSHIP -> partnerships(where, params);
            case PROGRAMME -> programmes(where, params);
            case MEETING -> meetings(where, params);
            case DECISION -> decisions(where, params);
            case ACTION_ITEM -> actionItems(where, params);
            case VISIT -> withCountries(SearchVisits.documents(jdbc, where, params), SearchVisits.COUNTRIES + where,
                    params);
        };
        SearchTranslations.addTo(jdbc, kind, documents);
        if (kind == SearchKind.PARTNERSHIP && !documents.isEmpty()) {
            SearchTranslations.addPartnerNames(jdbc, documents);
        }
        return documents;
    }

    private List<SearchDocument> countries(String where, Object[] params) {
        return jdbc.query("SELECT x.code, x.name_uk, x.name_en, x.name_lt, x.notes FROM country x WHERE "
                + where, (rs, n) -> {
            var code = rs.getString("code");
            var d = new SearchDocument(SearchKind.COUNTRY, SearchKind.countryId(code))
                    .labels(rs.getString("name_uk"), rs.getString("name_en"), rs.getString("name_lt"))
                    .name(rs.getString("name_uk"), rs.getString("name_en"), rs.getString("name_lt"), code)
                    // the office's notes on a country are internal (CountryService never shows them to liaisons)
                    .internalText(rs.getString("notes"));
            d.countries.add(code);
            return d;
        }, params);
    }

    private List<SearchDocument> organisations(String where, Object[] params) {
        return jdbc.query("SELECT x.id, x.name_original, x.name_uk, x.name_en, x.country_code,"
                + " x.address, x.notes FROM organisation x WHERE " + where, (rs, n) -> {
            var original = rs.getString("name_original");
            var d = new SearchDocument(SearchKind.ORGANISATION, rs.getLong("id"))
                    .labels(rs.getString("name_uk"), rs.getString("name_en"), original)
                    .name(original, rs.getString("name_uk"), rs.getString("name_en"))
                    .text(rs.getString("address"))
                    // the office's notes on an organisation are internal (AccessPolicy), its address is not
                    .internalText(rs.getString("notes"));
            d.countries.add(rs.getString("country_code"));
            return d;
        }, params);
    }

    private List<SearchDocument> people(String where, Object[] params) {
        return jdbc.query("SELECT x.id, x.given_name, x.family_name, x.given_name_latin,"
                + " x.family_name_latin, x.country_code, x.notes FROM person x WHERE " + where, (rs, n) -> {
            var name = join(" ", rs.getString("given_name"), rs.getString("family_name"));
            var latin = join(" ", rs.getString("given_name_latin"), rs.getString("family_name_latin"));
            var d = new SearchDocument(SearchKind.PERSON, rs.getLong("id"))
                    .labels(name, latin.isEmpty() ? name : latin, name)
                    .name(name, join(" ", rs.getString("family_name"), rs.getString("given_name")), latin,
                            join(" ", rs.getString("family_name_latin"), rs.getString("given_name_latin")))
                    // the office's notes on a person are internal (AccessPolicy)
                    .internalText(rs.getString("notes"));
            d.countries.add(rs.getString("country_code"));
            return d;
        }, params);
    }

    private List<SearchDocument> partnerships(String where, Object[] params) {
        return jdbc.query("SELECT x.id, x.country_code, x.notes, x.description, x.shared_with_partners,"
                // the Ukrainian side: a hromada, or the Ukrainian institution of an institutional partnership
                + " COALESCE(um.name_original, uo.name_original) AS u_original,"
                + " COALESCE(um.name_uk, uo.name_uk) AS u_uk, COALESCE(um.name_en, uo.name_en) AS u_en,"
                + " pm.name_original AS p_original, pm.name_uk AS p_uk, pm.name_en AS p_en,"
                + " po.name_original AS o_original, po.name_uk AS o_uk, po.name_en AS o_en"
                + " FROM partnership x LEFT JOIN municipality um ON um.id = x.ukrainian_municipality_id"
                + " LEFT JOIN organisation uo ON uo.id = x.ukrainian_organisation_id"
                + " LEFT JOIN municipality pm ON pm.id = x.partner_municipality_id"
                + " LEFT JOIN organisation po ON po.id = x.partner_organisation_id WHERE " + where, (rs, n) -> {
            var ours = new String[]{rs.getString("u_uk"), rs.getString("u_en"), rs.getString("u_original")};
            var partner = rs.getString("p_original") != null || rs.getString("p_uk") != null
                    ? new String[]{rs.getString("p_uk"), rs.getString("p_en"), rs.getString("p_original")}
                    : new String[]{rs.getString("o_uk"), rs.getString("o_en"), rs.getString("o_original")};
            var d = new SearchDocument(SearchKind.PARTNERSHIP, rs.getLong("id"))
                    .labels(pair(first(ours[0], ours[2]), first(partner[0], partner[2])),
                            pair(first(ours[1], ours[0]), first(partner[1], partner[2])),
                            pair(first(ours[1], ours[0]), first(partner[2], partner[1])))
                    .name(ours).name(partner);
            d.shared = rs.getBoolean("shared_with_partners");
            var description = rs.getString("description");
            if (description != null && !description.isBlank()) {
                // what the twinning is about, partners read it: found by its words in any of its languages
                d.text(description);
            }
            var notes = rs.getString("notes");
            if (notes != null && !notes.isBlank()) {
                d.internalTexts.add(notes);
            }
            d.countries.add(rs.getString("country_code"));
            return d;
        }, params);
    }

    private List<SearchDocument> programmes(String where, Object[] params) {
        // the original as the label (SearchLabels shows the reader's translation); translations are found through
        // SearchTranslations like those of every translated kind
        return withCountries(jdbc.query("SELECT x.id, x.identifier, x.title, x.summary, x.shared_with_partners"
                + " FROM programme x WHERE " + where, (rs, n) -> {
            var title = rs.getString("title");
            var label = title == null || title.isBlank() ? rs.getString("identifier") : title;
            var d = new SearchDocument(SearchKind.PROGRAMME, rs.getLong("id"))
                    .labels(label, label, label)
                    .name(rs.getString("identifier"), title)
                    .text(rs.getString("summary"));
            d.detail = rs.getString("identifier");
            d.shared = rs.getBoolean("shared_with_partners");
            return d;
        }, params), "SELECT x.id, c.country_code FROM programme x JOIN programme_country c"
                + " ON c.programme_id = x.id WHERE " + where, params);
    }

    private List<SearchDocument> meetings(String where, Object[] params) {
        return withCountries(jdbc.query("SELECT x.id, x.title, x.starts_at, x.place, x.agenda,"
                + " x.minutes, x.internal_notes, x.shared_with_partners FROM meeting x WHERE " + where, (rs, n) -> {
            var d = new SearchDocument(SearchKind.MEETING, rs.getLong("id"))
                    .labels(rs.getString("title"), null, null)
                    .name(rs.getString("title"))
                    .text(rs.getString("place"), rs.getString("agenda"), rs.getString("minutes"));
            d.detail = kyivDate(rs);
            d.shared = rs.getBoolean("shared_with_partners");
            var notes = rs.getString("internal_notes");
            if (notes != null && !notes.isBlank()) {
                d.internalTexts.add(notes);
            }
            return d;
        }, params), "SELECT x.id, c.country_code FROM meeting x JOIN meeting_country c"
                + " ON c.meeting_id = x.id WHERE " + where, params);
    }

    private List<SearchDocument> decisions(String where, Object[] params) {
        return withCountries(jdbc.query("SELECT x.id, x.meeting_id, x.decision_number,"
                + " x.decision_text, m.title, m.shared_with_partners FROM meeting_decision x"
                + " JOIN meeting m ON m.id = x.meeting_id WHERE " + where, (rs, n) -> {
            var text = rs.getString("decision_text");
            var label = rs.getInt("decision_number") + ". " + text;
            var d = new SearchDocument(SearchKind.DECISION, rs.getLong("id")).labels(label, null, null).name(text);
            d.parentId = rs.getLong("meeting_id");
            d.detail = rs.getString("title");
            d.shared = rs.getBoolean("shared_with_partners");
            return d;
        }, params), "SELECT x.id, c.country_code FROM meeting_decision x JOIN meeting_country c"
                + " ON c.meeting_id = x.meeting_id WHERE " + where, params);
    }

    private List<SearchDocument> actionItems(String where, Object[] params) {
        return withCountries(jdbc.query("SELECT x.id, x.meeting_id, x.title, x.completion_note,"
                + " x.due_on, m.title AS meeting_title, m.shared_with_partners FROM action_item x"
                + " JOIN meeting m ON m.id = x.meeting_id WHERE " + where, (rs, n) -> {
            var d = new SearchDocument(SearchKind.ACTION_ITEM, rs.getLong("id"))
                    .labels(rs.getString("title"), null, null)
                    .name(rs.getString("title"))
                    .text(rs.getString("completion_note"));
            d.parentId = rs.getLong("meeting_id");
            d.detail = rs.getString("meeting_title");
            d.shared = rs.getBoolean("shared_with_partners");
            return d;
        }, params), "SELECT x.id, c.country_code FROM action_item x JOIN meeting_country c"
                + " ON c.meeting_id = x.meeting_id WHERE " + where, params);
    }

    private List<SearchDocument> withCountries(List<SearchDocument> documents, String sql, Object[] params) {
        if (documents.isEmpty()) {
            return documents;
        }
        var byId = new LinkedHashMap<Long, SearchDocument>();
        documents.forEach(d -> byId.put(d.id, d));
        jdbc.query(sql, rs -> {
            var d = byId.get(rs.getLong(1));
            if (d != null) {
                d.countries.add(rs.getString(2));
            }
        }, params);
        return documents;
    }

    private static String kyivDate(ResultSet rs) throws SQLException {
        var startsAt = rs.getObject("starts_at", LocalDateTime.class);
        return startsAt == null ? null : startsAt.toInstant(ZoneOffset.UTC).atZone(PortalTime.ZONE).toLocalDate().toString();
    }

    private List<Long> ids(String sqlBeforeList, Collection<Long> ids) {
        var found = new ArrayList<Long>();
        for (var chunk : chunks(ids)) {
            found.addAll(jdbc.queryForList(sqlBeforeList + " (" + marks(chunk.size()) + ")", Long.class,
                    chunk.toArray()));
        }
        return found;
    }

    private static void addAll(Map<SearchKind, Set<Long>> records, SearchKind kind, Collection<Long> ids) {
        if (!ids.isEmpty()) {
            records.computeIfAbsent(kind, k -> new TreeSet<>()).addAll(ids);
        }
    }

    private static List<List<Long>> chunks(Collection<Long> ids) {
        var list = List.copyOf(ids);
        var chunks = new ArrayList<List<Long>>();
        for (int from = 0; from < list.size(); from += CHUNK) {
            chunks.add(list.subList(from, Math.min(list.size(), from + CHUNK)));
        }
        return chunks;
    }

    private static String marks(int count) {
        return java.util.stream.Stream.generate(() -> "?").limit(count).collect(Collectors.joining(", "));
    }

    private static String join(String separator, String... parts) {
        return java.util.Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).map(String::strip)
                .collect(Collectors.joining(separator));
    }

    private static String first(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }

    private static String pair(String ours, String partner) {
        return partner == null || partner.isBlank() ? ours : ours + " — " + partner;
    }
}
