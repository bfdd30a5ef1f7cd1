package ua.cooperation.portal.search;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import ua.cooperation.portal.translation.ContentTranslationsChanged;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Set;

/**
 * Translations in the index (ADR 0040): a record is found by its text in any language. Titles are indexed as names,
 * longer texts as texts, like their originals. A saved translation re-indexes its record in the same transaction, as
 * a saved record does ({@link SearchIndexListener}).
 */
@Component
class SearchTranslations {

    /** The kinds whose texts are translated; their names are the translation model's owner kinds. */
    private static final Set<SearchKind> TRANSLATED = Set.of(SearchKind.MEETING, SearchKind.DECISION,
            SearchKind.ACTION_ITEM, SearchKind.PARTNERSHIP, SearchKind.PROGRAMME, SearchKind.ORGANISATION,
            SearchKind.VISIT);
    /** Fields indexed as names (found as a whole and by their words); the others are texts. */
    private static final Set<String> NAME_FIELDS = Set.of("title", "text", "name");

    private final JdbcTemplate jdbc;
    private final SearchIndexer indexer;

    SearchTranslations(JdbcTemplate jdbc, SearchIndexer indexer) {
        this.jdbc = jdbc;
        this.indexer = indexer;
    }

    /** Adds the translations of {@code documents} (all of one kind) to their names and texts. */
    static void addTo(JdbcTemplate jdbc, SearchKind kind, List<SearchDocument> documents) {
        if (!TRANSLATED.contains(kind) || documents.isEmpty()) {
            return;
        }
        var byId = new HashMap<Long, SearchDocument>();
        documents.forEach(d -> byId.put(d.id, d));
        var ids = new ArrayList<>(byId.keySet());
        for (int from = 0; from < ids.size(); from += 1000) {
            var chunk = ids.subList(from, Math.min(ids.size(), from + 1000));
            var args = new ArrayList<Object>();
            args.add(kind.name());
            args.addAll(chunk);
            jdbc.query("SELECT owner_id, field, text FROM content_translation WHERE owner_kind = ? AND owner_id IN ("
                    + String.join(", ", java.util.Collections.nCopies(chunk.size(), "?")) + ")", rs -> {
                var d = byId.get(rs.getLong("owner_id"));
                if (NAME_FIELDS.contains(rs.getString("field"))) {
                    d.name(rs.getString("text"));
                } else {
                    d.text(rs.getString("text"));
                }
            }, args.toArray());
        }
    }

    /**
     * Adds the Lithuanian and Polish names of the partner organisations of {@code partnerships} (translations, ADR 0040)
     * to their names: a partnership is found by its partner's name in the reader's language, as its label shows it.
     */
    static void addPartnerNames(JdbcTemplate jdbc, List<SearchDocument> partnerships) {
        var byId = new HashMap<Long, SearchDocument>();
        partnerships.forEach(d -> byId.put(d.id, d));
        var ids = new ArrayList<>(byId.keySet());
        for (int from = 0; from < ids.size(); from += 1000) {
            var chunk = ids.subList(from, Math.min(ids.size(), from + 1000));
            jdbc.query("SELECT p.id, t.text FROM partnership p JOIN content_translation t"
                    + " ON t.owner_kind = 'ORGANISATION' AND t.owner_id = p.partner_organisation_id AND t.field = 'name'"
                    + " WHERE p.id IN (" + String.join(", ", java.util.Collections.nCopies(chunk.size(), "?")) + ")",
                    rs -> {
                        byId.get(rs.getLong("id")).name(rs.getString("text"));
                    }, chunk.toArray());
        }
    }

    /**
     * Re-indexes a record whose translations changed, with what depends on it (an organisation's partnerships); kinds
     * the search does not list (documents) have no entry.
     */
    @EventListener
    void translationsChanged(ContentTranslationsChanged event) {
        java.util.Arrays.stream(SearchKind.values()).filter(kind -> kind.name().equals(event.kind().name()))
                .findFirst().ifPresent(kind -> {
                    var changes = new SearchIndexer.Changes();
                    changes.add(kind, event.id());
                    indexer.apply(changes);
                });
    }
}
