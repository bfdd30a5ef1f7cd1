package ua.cooperation.portal.base;

import java.time.Instant;
import java.util.List;

/**
 * One change of one record: who, when, what kind of change, and the fields that changed with old and new values.
 * Values are the stored values (enums, dates; related records as their ids); the UI turns them into readable text.
 * {@code subject} names a related record whose change is shown in this record's history (e.g. a post of an
 * organisation), and is null for the record itself.
 */
public record HistoryEntry(long revision, Instant changedAt, String changedBy, Kind kind, String subject,
                           List<FieldChange> changes) {

    /** SHARED: the change after which the reader first saw the record (its values then, none before). */
    public enum Kind { CREATED, CHANGED, DELETED, SHARED }

    /**
     * {@code oldValue} is null for a created record and when the value before the first recorded change is unknown.
     * {@code language} names the language of a changed text (an original or one of its translations, ADR 0040) and is
     * null for values that are not texts partners read.
     */
    public record FieldChange(String field, Object oldValue, Object newValue, String language) {

        public FieldChange(String field, Object oldValue, Object newValue) {
            this(field, oldValue, newValue, null);
        }

        /** The same change, said to be of a text in {@code language}. */
        public FieldChange inLanguage(String textLanguage) {
            return new FieldChange(field, oldValue, newValue, textLanguage);
        }
    }
}
