package ua.cooperation.portal.translation;

import ua.cooperation.portal.base.text.LocalizedTexts;
import ua.cooperation.portal.base.text.LocalizedText;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ua.cooperation.portal.base.PortalLanguages;
import ua.cooperation.portal.security.AccessPolicy;

import ua.cooperation.portal.base.HistoryEntry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The texts of records in the reader's language (ADR 0040), for the feature services: they call it for records they
 * have already found in the reader's scope (it checks no scope itself, so it is a component for services, not a
 * service for views). The original stays in the record's own column; a translation is shown in the reader's
 * language, else the original marked with its language.
 */
@Component
public class RecordTexts {

    private final TranslationStore store;
    private final PortalLanguages languages;
    private final AccessPolicy policy;
    // read when first needed: the owners read their records through the feature services that use this component
    private final ObjectProvider<TranslationOwner> owners;

    RecordTexts(TranslationStore store, PortalLanguages languages, AccessPolicy policy,
                ObjectProvider<TranslationOwner> owners) {
        this.store = store;
        this.languages = languages;
        this.policy = policy;
        this.owners = owners;
    }

    /**
     * One record's texts in the reader's language. Staff also learn which translations are missing or outdated;
     * partners only see a quiet note on an outdated text.
     */
    @Transactional(readOnly = true)
    public LocalizedTexts localize(TextOwnerKind kind, long id, Map<String, String> originals, Locale reader) {
        var originalLanguage = store.originalLanguage(kind, id);
        var language = languages.of(reader);
        var rows = store.rowsOf(kind, id);
        var byField = new LinkedHashMap<String, LocalizedText>();
        for (var original : originals.entrySet()) {
            byField.put(original.getKey(), pick(original.getValue(), originalLanguage, language,
                    rows.get(original.getKey()) == null ? null : rows.get(original.getKey()).get(language)));
        }
        var missing = new ArrayList<String>();
        var outdated = new ArrayList<String>();
        if (policy.permissions().showsInternal()) {
            for (var other : translatedInto(kind)) {
                if (other.equals(originalLanguage)) {
                    continue;
                }
                var states = originals.entrySet().stream().filter(e -> e.getValue() != null && !e.getValue().isBlank())
                        .map(e -> rows.getOrDefault(e.getKey(), Map.of()).get(other)).toList();
                if (states.stream().anyMatch(row -> row == null)) {
                    missing.add(other);
                } else if (states.stream().anyMatch(TranslationStore.Row::outdated)) {
                    outdated.add(other);
                }
            }
        }
        return new LocalizedTexts(byField, originalLanguage, missing, outdated);
    }

    /**
     * One field of many records in the reader's language, for lists, feeds and exports: one query for the page.
     * The map holds every id of {@code originals}.
     */
    @Transactional(readOnly = true)
    public Map<Long, LocalizedText> localize(TextOwnerKind kind, String field, Map<Long, String> originals,
                                             Locale reader) {
        var language = languages.of(reader);
        var translated = store.fieldIn(kind, field, language, originals.keySet());
        var originalLanguages = store.originalLanguages(kind, originals.keySet());
        var result = new HashMap<Long, LocalizedText>();
        for (var original : originals.entrySet()) {
            var originalLanguage = originalLanguages.getOrDefault(original.getKey(), PortalLanguages.OFFICE_LANGUAGE);
            result.put(original.getKey(),
                    pick(original.getValue(), originalLanguage, language, translated.get(original.getKey())));
        }
        return result;
    }

    /** The languages the kind's texts are translated into ({@link TranslationOwner#languages}). */
    private List<String> translatedInto(TextOwnerKind kind) {
        return owners.orderedStream().filter(owner -> owner.kind() == kind).findFirst()
                .map(owner -> owner.languages(languages.codes())).orElse(languages.codes());
    }

    private static LocalizedText pick(String original, String originalLanguage, String language,
                                      TranslationStore.Row translation) {
        if (language.equals(originalLanguage) || original == null || original.isBlank()) {
            return LocalizedText.original(original, originalLanguage);
        }
        if (translation != null) {
            return new LocalizedText(translation.text(), language, false, translation.outdated());
        }
        return new LocalizedText(original, originalLanguage, true, false);
    }

    /**
     * The ids of the records of {@code kind} whose translation of {@code field} contains {@code pattern}, a
     * lower-case {@code LIKE} pattern escaped with {@code base.text.LikePattern}: for list filters that find a record
     * by the text its readers see in that column (a title, not every paragraph: the index names the field, and a
     * filter on the title reads only titles). The caller narrows them to the reader's scope.
     */
    @Transactional(readOnly = true)
    public java.util.Set<Long> translatedLike(TextOwnerKind kind, String field, String pattern) {
        return store.ownersLike(kind, field, pattern);
    }

    /**
     * Every current translation of a record, field → language → text, for exports that carry all languages (IATI).
     * An outdated translation is left out: it may no longer say what the original says.
     */
    @Transactional(readOnly = true)
    public Map<String, Map<String, String>> currentTranslations(TextOwnerKind kind, long id) {
        var result = new LinkedHashMap<String, Map<String, String>>();
        store.rowsOf(kind, id).forEach((field, byLanguage) -> byLanguage.values().stream()
                .filter(row -> !row.outdated())
                .forEach(row -> result.computeIfAbsent(field, f -> new java.util.TreeMap<>())
                        .put(row.language(), row.text())));
        return result;
    }

    /**
     * The originals of these fields changed: their translations may no longer say the same. Features call it in the
     * transaction that stores the change.
     */
    @Transactional
    public void originalsChanged(TextOwnerKind kind, long id, Collection<String> fields) {
        if (!fields.isEmpty()) {
            store.markOutdated(kind, id, fields);
        }
    }

    /**
     * These texts of a record are gone with the part of it that held them (a programme's removed indicator): their
     * translations go too, in the transaction that stores the change, so that none is left without its original. Like
     * the translations of a deleted record ({@link #deleteAll}), they leave no history rows of their own: the record's
     * history shows the removal of what held them.
     */
    @Transactional
    public void originalsRemoved(TextOwnerKind kind, long id, Collection<String> fields) {
        if (!fields.isEmpty()) {
            store.deleteFields(kind, id, fields);
        }
    }

    /**
     * Records the language a record's texts were written in, when it is not the office's (a meeting recorded from a
     * Lithuanian partner's proposal reads in Lithuanian): readers see that language named beside the original, and
     * the translators are asked for the others, Ukrainian among them.
     */
    @Transactional
    public void writtenIn(TextOwnerKind kind, long id, String language) {
        store.setOriginalLanguage(kind, id, language);
    }

    /** The language each of these records was written in (Ukrainian, the office's, unless recorded otherwise). */
    @Transactional(readOnly = true)
    public Map<Long, String> originalLanguages(TextOwnerKind kind, Collection<Long> ids) {
        var recorded = store.originalLanguages(kind, ids);
        var result = new HashMap<Long, String>();
        ids.forEach(id -> result.put(id, recorded.getOrDefault(id, PortalLanguages.OFFICE_LANGUAGE)));
        return result;
    }

    /**
     * The kept changes of these records' translations as history entries, one per record and revision, each change
     * naming its language; field names carry {@code fieldPrefix}, and {@code subject} names the record when it is not
     * the one whose history is read (a decision in its meeting's history), or returns null. The caller has checked
     * that the reader may see the records.
     */
    @Transactional(readOnly = true)
    public List<HistoryEntry> historyOf(TextOwnerKind kind, Collection<Long> ids, String fieldPrefix,
                                       LongFunction<String> subject) {
        var entries = new ArrayList<HistoryEntry>();
        HistoryEntry current = null;
        long currentOwner = -1;
        for (var change : store.changesOf(kind, ids)) {
            var fieldChange = new HistoryEntry.FieldChange(fieldPrefix + change.field(), change.oldText(),
                    change.newText(), change.language());
            if (current != null && current.revision() == change.revision() && currentOwner == change.ownerId()) {
                current.changes().add(fieldChange);
                continue;
            }
            var changes = new ArrayList<HistoryEntry.FieldChange>();
            changes.add(fieldChange);
            current = new HistoryEntry(change.revision(), Instant.ofEpochMilli(change.revisionTimestamp()),
                    change.changedBy(), HistoryEntry.Kind.CHANGED, subject.apply(change.ownerId()), changes);
            currentOwner = change.ownerId();
            entries.add(current);
        }
        return entries.stream().map(e -> new HistoryEntry(e.revision(), e.changedAt(), e.changedBy(), e.kind(),
                e.subject(), List.copyOf(e.changes()))).toList();
    }

    /** Forgets every translation of a record that is being deleted. */
    @Transactional
    public void deleteAll(TextOwnerKind kind, long id) {
        store.deleteAll(kind, id);
    }

}
