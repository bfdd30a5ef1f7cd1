package ua.cooperation.portal.audit;

import java.time.Instant;
import java.util.List;

/**
 * One change of one record: who, when, what kind of change, and the fields that changed with old and new values.
 * Values are the stored values (enum names, ISO dates); the UI turns them into readable text.
 */
public record HistoryEntry(long revision, Instant changedAt, String changedBy, Kind kind, List<FieldChange> changes) {

    public enum Kind { CREATED, CHANGED, DELETED }

    /** {@code oldValue} is null for a created record and when the value before the first recorded change is unknown. */
    public record FieldChange(String field, Object oldValue, Object newValue) {
    }
}
