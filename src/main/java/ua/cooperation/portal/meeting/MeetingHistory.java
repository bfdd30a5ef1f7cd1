package ua.cooperation.portal.meeting;

import org.hibernate.envers.query.AuditEntity;
import org.springframework.stereotype.Component;
import ua.cooperation.portal.base.HistoryEntry;
import ua.cooperation.portal.audit.RecordHistory;
import ua.cooperation.portal.document.DocumentOwnerKind;
import ua.cooperation.portal.document.DocumentService;
import ua.cooperation.portal.security.AccessPolicy;
import ua.cooperation.portal.security.CountryScope;
import ua.cooperation.portal.base.PortalLanguages;
import ua.cooperation.portal.translation.RecordTexts;
import ua.cooperation.portal.translation.TextOwnerKind;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * A meeting's merged history: its own fields, its decisions' and action items' (field names prefixed with
 * {@link MeetingService#DECISION_FIELD_PREFIX} and {@link MeetingService#ACTION_ITEM_FIELD_PREFIX}) and its documents',
 * as {@link AccessPolicy} lets the reader see them. The caller checks that the reader may see the meeting.
 */
@Component
class MeetingHistory {

    /** The history field names of the texts partners read, as the merged history names them. */
    private static final Set<String> MEETING_TEXTS = Set.of(MeetingTextOwner.TITLE, MeetingTextOwner.AGENDA,
            MeetingTextOwner.MINUTES);
    private static final Set<String> DECISION_TEXTS = Set.of(MeetingService.DECISION_FIELD_PREFIX
            + DecisionTextOwner.TEXT);
    private static final Set<String> ACTION_ITEM_TEXTS = Set.of(
            MeetingService.ACTION_ITEM_FIELD_PREFIX + ActionItemTextOwner.TITLE,
            MeetingService.ACTION_ITEM_FIELD_PREFIX + ActionItemTextOwner.COMPLETION_NOTE);

    private final RecordHistory history;
    private final DocumentService documents;
    private final AccessPolicy policy;
    private final CountryScope scope;
    private final RecordTexts texts;
    private final DecisionRepository decisions;
    private final ActionItemRepository actionItems;

    MeetingHistory(RecordHistory history, DocumentService documents, AccessPolicy policy, CountryScope scope,
                   RecordTexts texts, DecisionRepository decisions, ActionItemRepository actionItems) {
        this.texts = texts;
        this.decisions = decisions;
        this.actionItems = actionItems;
        this.history = history;
        this.documents = documents;
        this.policy = policy;
        this.scope = scope;
    }

    List<HistoryEntry> of(long id) {
        var fields = policy.showsInternal() ? MeetingService.HISTORY_FIELDS
                : MeetingService.HISTORY_FIELDS.stream().filter(f -> !f.equals("internalNotes")).toList();
        // a partner's history begins when the meeting became visible to her (shared, of one of her countries)
        var seen = policy.historyStates(state -> scope.canSeeSharedAny(((Meeting) state).getCountryCodes(),
                ((Meeting) state).getOrganisationIds(), ((Meeting) state).isSharedWithPartners()));
        var own = prefixed(history.historyOf(Meeting.class, id, fields, seen).stream()
                .filter(entry -> entry.kind() != HistoryEntry.Kind.CHANGED || !entry.changes().isEmpty())
                .toList(), "");
        var decisionHistory = prefixed(history.historyOfMatching(Decision.class,
                AuditEntity.property("meetingId").eq(id), MeetingService.DECISION_HISTORY_FIELDS, d -> true,
                d -> "№ " + ((Decision) d).getNumber()), MeetingService.DECISION_FIELD_PREFIX);
        var itemHistory = prefixed(history.historyOfMatching(ActionItem.class,
                AuditEntity.property("meetingId").eq(id), MeetingService.ACTION_ITEM_HISTORY_FIELDS, i -> true,
                i -> ((ActionItem) i).getTitle()), MeetingService.ACTION_ITEM_FIELD_PREFIX);
        // the texts partners read name their language: originals (Envers) and translations (ADR 0040)
        var numbers = new HashMap<Long, String>();
        decisions.findByMeetingIdOrderByNumber(id).forEach(d -> numbers.put(d.getId(), "№ " + d.getNumber()));
        var titles = new HashMap<Long, String>();
        actionItems.findByMeetingIdOrderByDueOnAscIdAsc(id).forEach(i -> titles.put(i.getId(), i.getTitle()));
        var meetingLanguage = texts.originalLanguages(TextOwnerKind.MEETING, List.of(id)).get(id);
        var decisionLanguages = bySubject(numbers, texts.originalLanguages(TextOwnerKind.DECISION, numbers.keySet()));
        var itemLanguages = bySubject(titles, texts.originalLanguages(TextOwnerKind.ACTION_ITEM, titles.keySet()));
        var translations = RecordHistory.merge(texts.historyOf(TextOwnerKind.MEETING, List.of(id), "", owner -> null),
                RecordHistory.merge(texts.historyOf(TextOwnerKind.DECISION, numbers.keySet(),
                                MeetingService.DECISION_FIELD_PREFIX, numbers::get),
                        texts.historyOf(TextOwnerKind.ACTION_ITEM, titles.keySet(),
                                MeetingService.ACTION_ITEM_FIELD_PREFIX, titles::get)));
        return policy.authorsForReader(RecordHistory.mergeSeen(
                inLanguage(own, MEETING_TEXTS, subject -> meetingLanguage),
                RecordHistory.merge(inLanguage(decisionHistory, DECISION_TEXTS, decisionLanguages::get),
                        RecordHistory.merge(inLanguage(itemHistory, ACTION_ITEM_TEXTS, itemLanguages::get),
                                RecordHistory.merge(documents.historyFor(DocumentOwnerKind.MEETING, id),
                                        translations)))));
    }

    /** The language of each record's original texts, by the name (subject) its history entries carry. */
    private static Map<String, String> bySubject(Map<Long, String> subjects, Map<Long, String> languages) {
        var bySubject = new HashMap<String, String>();
        subjects.forEach((id, subject) -> bySubject.putIfAbsent(subject, languages.get(id)));
        return bySubject;
    }

    /**
     * The entries with the changes of {@code textFields} said to be in their record's original language (found by
     * the entry's subject; an item renamed since shows the office's language).
     */
    private static List<HistoryEntry> inLanguage(List<HistoryEntry> entries, Set<String> textFields,
                                                 Function<String, String> languageOfSubject) {
        return entries.stream().map(e -> new HistoryEntry(e.revision(), e.changedAt(), e.changedBy(), e.kind(),
                e.subject(), e.changes().stream().map(c -> !textFields.contains(c.field()) ? c
                        : c.inLanguage(Objects.requireNonNullElse(languageOfSubject.apply(e.subject()),
                        PortalLanguages.OFFICE_LANGUAGE))).toList())).toList();
    }

    /**
     * The entries with their field names prefixed, and collection values copied while the transaction is open (the
     * audit records' collections load lazily and would fail in the view).
     */
    private static List<HistoryEntry> prefixed(List<HistoryEntry> entries, String prefix) {
        return entries.stream().map(e -> new HistoryEntry(e.revision(), e.changedAt(), e.changedBy(), e.kind(),
                e.subject(), e.changes().stream().map(c -> new HistoryEntry.FieldChange(prefix + c.field(),
                        detached(c.oldValue()), detached(c.newValue()))).toList())).toList();
    }

    private static Object detached(Object value) {
        return switch (value) {
            case Map<?, ?> map -> new HashMap<>(map);
            case Collection<?> collection -> new ArrayList<>(collection);
            case null -> null;
            default -> value;
        };
    }
}
