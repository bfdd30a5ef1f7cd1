package ua.cooperation.portal.meeting;

import org.hibernate.envers.query.AuditEntity;
import org.springframework.stereotype.Component;
import ua.cooperation.portal.base.HistoryEntry;
import ua.cooperation.portal.audit.RecordHistory;
import ua.cooperation.portal.document.DocumentOwnerKind;
import ua.cooperation.portal.document.DocumentService;
import ua.cooperation.portal.security.AccessPolicy;
import ua.cooperation.portal.security.CountryScope;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A meeting's merged history: its own fields, its decisions' and action items' (field names prefixed with
 * {@link MeetingService#DECISION_FIELD_PREFIX} and {@link MeetingService#ACTION_ITEM_FIELD_PREFIX}) and its documents',
 * as {@link AccessPolicy} lets the reader see them. The caller checks that the reader may see the meeting.
 */
@Component
class MeetingHistory {

    private final RecordHistory history;
    private final DocumentService documents;
    private final AccessPolicy policy;
    private final CountryScope scope;

    MeetingHistory(RecordHistory history, DocumentService documents, AccessPolicy policy, CountryScope scope) {
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
                ((Meeting) state).isSharedWithPartners()));
        var own = prefixed(history.historyOf(Meeting.class, id, fields, seen).stream()
                .filter(entry -> entry.kind() != HistoryEntry.Kind.CHANGED || !entry.changes().isEmpty())
                .toList(), "");
        var decisionHistory = prefixed(history.historyOfMatching(Decision.class,
                AuditEntity.property("meetingId").eq(id), MeetingService.DECISION_HISTORY_FIELDS, d -> true,
                d -> "№ " + ((Decision) d).getNumber()), MeetingService.DECISION_FIELD_PREFIX);
        var itemHistory = prefixed(history.historyOfMatching(ActionItem.class,
                AuditEntity.property("meetingId").eq(id), MeetingService.ACTION_ITEM_HISTORY_FIELDS, i -> true,
                i -> ((ActionItem) i).getTitle()), MeetingService.ACTION_ITEM_FIELD_PREFIX);
        return policy.authorsForReader(RecordHistory.mergeSeen(own, RecordHistory.merge(decisionHistory,
                RecordHistory.merge(itemHistory, documents.historyFor(DocumentOwnerKind.MEETING, id)))));
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
