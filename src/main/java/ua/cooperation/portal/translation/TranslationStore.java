package ua.cooperation.portal.translation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import ua.cooperation.portal.base.ConcurrentEditException;
import ua.cooperation.portal.base.PortalLanguages;
import ua.cooperation.portal.base.PortalTime;

import javax.sql.DataSource;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/** The tables {@code content_translation} and {@code content_original_language}; only the service uses it. */
@Repository
class TranslationStore {

    /** One stored translation. */
    record Row(long id, String field, String language, String text, boolean outdated, long version) {
    }

    /** One kept change of a translation, with its revision's time and author. */
    record Change(long revision, long revisionTimestamp, String changedBy, long ownerId, String field, String language,
                  String oldText, String newText) {
    }

    private final JdbcClient jdbc;
    private final PortalTime time;

    TranslationStore(DataSource dataSource, PortalTime time) {
        this.jdbc = JdbcClient.create(dataSource);
        this.time = time;
    }

    String originalLanguage(TextOwnerKind kind, long id) {
        return jdbc.sql("SELECT language FROM content_original_language WHERE owner_kind = ? AND owner_id = ?")
                .params(kind.name(), id).query(String.class).optional().orElse(PortalLanguages.OFFICE_LANGUAGE);
    }

    /** Whether some record of this kind is recorded as written in another language than {@code language}. */
    boolean anyWrittenInAnotherLanguageThan(TextOwnerKind kind, String language) {
        return jdbc.sql("SELECT 1 FROM content_original_language WHERE owner_kind = ? AND language <> ? LIMIT 1")
                .params(kind.name(), language).query(Integer.class).optional().isPresent();
    }

    Map<Long, String> originalLanguages(TextOwnerKind kind, Collection<Long> ids) {
        var result = new HashMap<Long, String>();
        if (ids.isEmpty()) {
            return result;
        }
        jdbc.sql("SELECT owner_id, language FROM content_original_language WHERE owner_kind = :kind"
                        + " AND owner_id IN (:ids)")
                .param("kind", kind.name()).param("ids", ids)
                .query((rs, n) -> result.put(rs.getLong(1), rs.getString(2))).list();
        return result;
    }

    /** Every translation of a record: field → language → row. */
    Map<String, Map<String, Row>> rowsOf(TextOwnerKind kind, long id) {
        var result = new HashMap<String, Map<String, Row>>();
        jdbc.sql("SELECT id, field, language, text, outdated, version FROM content_translation"
                        + " WHERE owner_kind = ? AND owner_id = ?")
                .params(kind.name(), id).query(TranslationStore::row).list()
                .forEach(row -> result.computeIfAbsent(row.field(), f -> new HashMap<>()).put(row.language(), row));
        return result;
    }

    /** One field in one language of many records (a list page): owner id → row. */
    Map<Long, Row> fieldIn(TextOwnerKind kind, String field, String language, Collection<Long> ids) {
        var result = new HashMap<Long, Row>();
        if (ids.isEmpty()) {
            return result;
        }
        jdbc.sql("SELECT owner_id, id, field, language, text, outdated, version FROM content_translation"
                        + " WHERE owner_kind = :kind AND field = :field AND language = :language AND owner_id IN (:ids)")
                .param("kind", kind.name()).param("field", field).param("language", language).param("ids", ids)
                .query((rs, n) -> result.put(rs.getLong("owner_id"), row(rs, n))).list();
        return result;
    }

    /**
     * The owners with a translation of {@code field} whose lower-case text is {@code LIKE pattern} (the default
     * escape, a backslash); {@code ix_content_translation_language} narrows the rows read to that kind and field.
     */
    java.util.Set<Long> ownersLike(TextOwnerKind kind, String field, String pattern) {
        return new java.util.HashSet<>(jdbc.sql("SELECT DISTINCT owner_id FROM content_translation"
                        + " WHERE owner_kind = ? AND field = ? AND LOWER(text) LIKE ?")
                .params(kind.name(), field, pattern).query(Long.class).list());
    }

    /** Every field in one language of many records: owner id → field → row. */
    Map<Long, Map<String, Row>> rowsIn(TextOwnerKind kind, String language, Collection<Long> ids) {
        var result = new HashMap<Long, Map<String, Row>>();
        if (ids.isEmpty()) {
            return result;
        }
        jdbc.sql("SELECT owner_id, id, field, language, text, outdated, version FROM content_translation"
                        + " WHERE owner_kind = :kind AND language = :language AND owner_id IN (:ids)")
                .param("kind", kind.name()).param("language", language).param("ids", ids)
                .query((rs, n) -> {
                    var row = row(rs, n);
                    result.computeIfAbsent(rs.getLong("owner_id"), i -> new HashMap<>()).put(row.field(), row);
                    return row;
                }).list();
        return result;
    }

    /**
     * Writes one translation: a blank text removes it; a changed text is current again; the same text stays outdated
     * unless the translator confirmed it. The row must still have the version the page read.
     */
    void write(TextOwnerKind kind, long id, String field, String language, String text, Row current,
               boolean confirmed, String changedBy, LongSupplier revision) {
        var now = Timestamp.from(time.now());
        if (text.isEmpty()) {
            if (current != null) {
                jdbc.sql("DELETE FROM content_translation WHERE id = ? AND version = ?")
                        .params(current.id(), current.version()).update();
                keep(revision, kind, id, field, language, current.text(), null);
            }
            return;
        }
        if (current == null) {
            jdbc.sql("INSERT INTO content_translation (version, owner_kind, owner_id, field, language, text, outdated,"
                            + " changed_at, changed_by) VALUES (0, ?, ?, ?, ?, ?, FALSE, ?, ?)")
                    .params(kind.name(), id, field, language, text, now, changedBy).update();
            keep(revision, kind, id, field, language, null, text);
            return;
        }
        var outdated = current.outdated() && text.equals(current.text()) && !confirmed;
        if (text.equals(current.text()) && outdated == current.outdated()) {
            return;
        }
        var updated = jdbc.sql("UPDATE content_translation SET text = ?, outdated = ?, changed_at = ?, changed_by = ?,"
                        + " version = version + 1 WHERE id = ? AND version = ?")
                .params(text, outdated, now, changedBy, current.id(), current.version()).update();
        if (updated == 0) {
            throw new ConcurrentEditException(kind + " " + id + " " + field + " " + language, current.version(),
                    current.version() + 1);
        }
        if (!text.equals(current.text())) {
            keep(revision, kind, id, field, language, current.text(), text);
        }
    }

    /** Keeps a change of a translation's text for the record's history (a confirmation alone changes no text). */
    private void keep(LongSupplier revision, TextOwnerKind kind, long id, String field, String language,
                      String oldText, String newText) {
        jdbc.sql("INSERT INTO content_translation_change (revision, owner_kind, owner_id, field, language, old_text,"
                        + " new_text) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(revision.getAsLong(), kind.name(), id, field, language, oldText, newText).update();
    }

    /** The kept changes of the translations of these records, oldest first. */
    List<Change> changesOf(TextOwnerKind kind, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT c.revision, r.revision_timestamp, r.username, c.owner_id, c.field, c.language,"
                        + " c.old_text, c.new_text FROM content_translation_change c"
                        + " JOIN revision_info r ON r.id = c.revision"
                        + " WHERE c.owner_kind = :kind AND c.owner_id IN (:ids) ORDER BY c.revision, c.id")
                .param("kind", kind.name()).param("ids", ids)
                .query((rs, n) -> new Change(rs.getLong("revision"), rs.getLong("revision_timestamp"),
                        rs.getString("username"), rs.getLong("owner_id"), rs.getString("field"),
                        rs.getString("language"), rs.getString("old_text"), rs.getString("new_text")))
                .list();
    }

    void markOutdated(TextOwnerKind kind, long id, Collection<String> fields) {
        jdbc.sql("UPDATE content_translation SET outdated = TRUE, version = version + 1 WHERE owner_kind = :kind"
                        + " AND owner_id = :id AND field IN (:fields) AND outdated = FALSE")
                .param("kind", kind.name()).param("id", id).param("fields", fields).update();
    }

    void deleteFields(TextOwnerKind kind, long id, Collection<String> fields) {
        jdbc.sql("DELETE FROM content_translation WHERE owner_kind = :kind AND owner_id = :id AND field IN (:fields)")
                .param("kind", kind.name()).param("id", id).param("fields", fields).update();
    }

    void setOriginalLanguage(TextOwnerKind kind, long id, String language) {
        jdbc.sql("DELETE FROM content_original_language WHERE owner_kind = ? AND owner_id = ?")
                .params(kind.name(), id).update();
        if (!PortalLanguages.OFFICE_LANGUAGE.equals(language)) {
            jdbc.sql("INSERT INTO content_original_language (owner_kind, owner_id, language) VALUES (?, ?, ?)")
                    .params(kind.name(), id, language).update();
        }
    }

    void deleteAll(TextOwnerKind kind, long id) {
        jdbc.sql("DELETE FROM content_translation WHERE owner_kind = ? AND owner_id = ?").params(kind.name(), id)
                .update();
        jdbc.sql("DELETE FROM content_original_language WHERE owner_kind = ? AND owner_id = ?")
                .params(kind.name(), id).update();
    }

    private static Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Row(rs.getLong("id"), rs.getString("field"), rs.getString("language"), rs.getString("text"),
                rs.getBoolean("outdated"), rs.getLong("version"));
    }
}
