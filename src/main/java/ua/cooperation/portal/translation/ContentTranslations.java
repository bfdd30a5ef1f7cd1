package ua.cooperation.portal.translation;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ua.cooperation.portal.audit.Revisions;
import ua.cooperation.portal.base.ConcurrentEditException;
import ua.cooperation.portal.base.ListCount;
import ua.cooperation.portal.base.PortalLanguages;
import ua.cooperation.portal.base.RecordNotFoundException;
import ua.cooperation.portal.security.AccessPolicy;
import ua.cooperation.portal.security.CurrentUser;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.LongSupplier;

/**
 * The translation page and the work list (ADR 0040): the translations of one record into one language, and what is
 * still to translate. Feature services read their records' texts in the reader's language through {@link RecordTexts}.
 *
 * <p>Who may see or translate a record is its feature's decision: every call that names a record by id goes through
 * the feature's {@link TranslationOwner}, which reads it through the feature's scoped service.
 */
@Service
public class ContentTranslations {

    private final TranslationStore store;
    private final PortalLanguages languages;
    private final AccessPolicy policy;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Revisions revisions;
    private final Map<TextOwnerKind, TranslationOwner> owners = new java.util.EnumMap<>(TextOwnerKind.class);

    ContentTranslations(TranslationStore store, PortalLanguages languages, AccessPolicy policy,
                        CurrentUser currentUser, List<TranslationOwner> owners,
                        ApplicationEventPublisher events, Revisions revisions) {
        this.events = events;
        this.revisions = revisions;
        this.store = store;
        this.languages = languages;
        this.policy = policy;
        this.currentUser = currentUser;
        owners.forEach(owner -> this.owners.put(owner.kind(), owner));
    }

    /** The content languages, Ukrainian first. */
    public List<String> languages() {
        return languages.codes();
    }

    /** The record's texts in {@code language} for the translation page; not found when out of the reader's scope. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public TranslationSheet sheet(TextOwnerKind kind, long id, String language) {
        var owner = owner(kind);
        var texts = owner.find(id).orElseThrow(() -> new RecordNotFoundException(kind + " " + id));
        var rows = store.rowsOf(kind, id);
        var states = new ArrayList<TranslationState>();
        for (var text : owner.texts(texts)) {
            var row = rows.getOrDefault(text.field(), Map.of()).get(language);
            states.add(new TranslationState(text, texts.originals().get(text.field()), language,
                    row == null ? null : row.text(), row != null && row.outdated(), row == null ? null : row.version()));
        }
        var originalLanguage = store.originalLanguage(kind, id);
        var others = owner.languages(languages.codes()).stream().filter(l -> !l.equals(originalLanguage)).toList();
        return new TranslationSheet(texts, originalLanguage, others, states);
    }

    /**
     * Stores the translations of one record into one language. A blank text removes the translation; a text that is
     * the same as before but confirmed is no longer outdated. Someone else's change since the page was opened is a
     * {@link ConcurrentEditException}, and nothing is stored.
     */
    @PreAuthorize("hasAnyRole('OFFICER','ADMIN') and @liaisonPreview.previewedCountry().isEmpty()")
    @Transactional
    public void save(TextOwnerKind kind, long id, String language, List<TranslationChange> changes) {
        var owner = owner(kind);
        var texts = owner.find(id).filter(OwnerTexts::mayEdit)
                .orElseThrow(() -> new RecordNotFoundException(kind + " " + id));
        if (!languages.supports(language) || !owner.languages(languages.codes()).contains(language)
                || language.equals(store.originalLanguage(kind, id))) {
            throw new TranslationRefusedException(TranslationRefusedException.Reason.NOT_A_TRANSLATION_LANGUAGE,
                    "language");
        }
        var fields = new HashMap<String, Translatable>();
        owner.texts(texts).forEach(t -> fields.put(t.field(), t));
        var rows = store.rowsOf(kind, id);
        // one history revision for the whole save, made only once a text really changes
        var revision = new long[]{-1};
        LongSupplier revisionOfThisSave = () -> revision[0] >= 0 ? revision[0]
                : (revision[0] = revisions.ofThisTransaction());
        for (var change : changes) {
            var text = fields.get(change.field());
            if (text == null) {
                throw new TranslationRefusedException(TranslationRefusedException.Reason.UNKNOWN_FIELD,
                        change.field());
            }
            var value = change.text() == null ? "" : change.text().strip();
            if (value.length() > text.maxLength()) {
                throw new TranslationRefusedException(TranslationRefusedException.Reason.TOO_LONG, change.field());
            }
            var current = rows.getOrDefault(change.field(), Map.of()).get(language);
            var currentVersion = current == null ? null : current.version();
            if (!Objects.equals(currentVersion, change.expectedVersion())) {
                throw new ConcurrentEditException(kind + " " + id + " " + change.field() + " " + language,
                        change.expectedVersion() == null ? -1 : change.expectedVersion(),
                        currentVersion == null ? -1 : currentVersion);
            }
            store.write(kind, id, change.field(), language, value, current, change.confirmed(), changedBy(),
                    revisionOfThisSave);
        }
        events.publishEvent(new ContentTranslationsChanged(kind, id));
    }

    /**
     * The translation work list: records shared with partners whose translation into the partner's language is
     * missing or outdated, most recently changed first. {@code language} null: every language but the office's.
     */
    @PreAuthorize("hasAnyRole('OFFICER','ADMIN') and @liaisonPreview.previewedCountry().isEmpty()")
    @Transactional(readOnly = true)
    public List<TranslationWorkItem> workList(String language, int limit) {
        var items = new ArrayList<TranslationWorkItem>();
        for (var code : language == null ? languages.codes() : List.of(language)) {
            for (var owner : ownersTranslatingInto(code)) {
                var candidates = owner.needingTranslation(code, limit);
                var ids = candidates.stream().map(OwnerTexts::id).toList();
                var rows = store.rowsIn(owner.kind(), code, ids);
                var originalLanguages = store.originalLanguages(owner.kind(), ids);
                for (var texts : candidates) {
                    var originalLanguage = originalLanguages.getOrDefault(texts.id(), PortalLanguages.OFFICE_LANGUAGE);
                    needs(owner, texts, originalLanguage, code, rows.getOrDefault(texts.id(), Map.of()))
                            .ifPresent(items::add);
                }
            }
        }
        items.sort(Comparator.comparing(TranslationWorkItem::changedAt,
                Comparator.nullsLast(Comparator.reverseOrder())));
        return items.size() > limit ? List.copyOf(items.subList(0, limit)) : items;
    }

    /**
     * How many records wait for a translation into each language (languages with none are left out), counted up to
     * {@link ListCount#LABEL_LIMIT}: on a large database "more than 500" is what an officer needs to know, and an
     * exact count would read every shared record on each visit of the dashboard (ADR 0030).
     */
    @PreAuthorize("hasAnyRole('OFFICER','ADMIN') and @liaisonPreview.previewedCountry().isEmpty()")
    @Transactional(readOnly = true)
    public Map<String, ListCount> workCounts() {
        var counts = new LinkedHashMap<String, ListCount>();
        int limit = ListCount.LABEL_LIMIT;
        for (var code : languages.codes()) {
            long count = 0;
            for (var owner : ownersTranslatingInto(code)) {
                count += owner.countNeedingTranslation(code, limit - (int) count);
                if (count > limit) {
                    break;
                }
            }
            if (count > 0) {
                counts.put(code, count > limit ? new ListCount(limit, true) : ListCount.exactly(count));
            }
        }
        return counts;
    }

    private static Optional<TranslationWorkItem> needs(TranslationOwner owner, OwnerTexts texts,
                                                       String originalLanguage, String language,
                                                       Map<String, TranslationStore.Row> rows) {
        if (language.equals(originalLanguage)) {
            return Optional.empty();
        }
        var missing = new TreeSet<String>();
        var outdated = new TreeSet<String>();
        for (var text : owner.texts(texts)) {
            var original = texts.originals().get(text.field());
            if (original == null || original.isBlank()) {
                continue;
            }
            var row = rows.get(text.field());
            if (row == null) {
                missing.add(text.field());
            } else if (row.outdated()) {
                outdated.add(text.field());
            }
        }
        if (missing.isEmpty() && outdated.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new TranslationWorkItem(texts, language, List.copyOf(missing), List.copyOf(outdated)));
    }

    /**
     * The owners whose records may need a translation into {@code language}. Into the office's language only a record
     * written in another one can: when none of a kind is, the owner is not asked at all, rather than scanning every
     * shared record to find none (on a million meetings that scan was most of the officer's dashboard).
     */
    private List<TranslationOwner> ownersTranslatingInto(String language) {
        return owners.values().stream().filter(owner -> owner.languages(languages.codes()).contains(language))
                .filter(owner -> !language.equals(PortalLanguages.OFFICE_LANGUAGE)
                        || store.anyWrittenInAnotherLanguageThan(owner.kind(), language))
                .toList();
    }

    private TranslationOwner owner(TextOwnerKind kind) {
        var owner = owners.get(kind);
        if (owner == null) {
            throw new RecordNotFoundException(kind.name());
        }
        return owner;
    }

    private String changedBy() {
        return currentUser.require().username();
    }
}
