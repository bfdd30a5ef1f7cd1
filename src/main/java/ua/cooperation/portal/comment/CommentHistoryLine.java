package ua.cooperation.portal.comment;

import ua.cooperation.portal.base.HistoryEntry;

import java.time.Instant;

/**
 * One line of a record's history about one of its comments: written (CREATED), last edited (CHANGED) or removed
 * (DELETED), when and by whom as the reader may read it ({@code null}: a staff member, shown as the office), with the
 * comment's text as it is now ({@code null} once removed).
 */
public record CommentHistoryLine(long commentId, HistoryEntry.Kind kind, Instant at, String by, String body,
                                 boolean staffOnly) {
}
