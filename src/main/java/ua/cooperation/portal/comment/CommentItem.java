package ua.cooperation.portal.comment;

import java.time.Instant;

/**
 * One comment as the reader may see it. {@code author} and {@code removedBy} are user names, {@code null} where the
 * reader may not read a staff member's name (the office is shown instead). {@code body} is {@code null} for a removed
 * comment. {@code mayEdit} and {@code mayRemove} say what the reader may do with it now.
 */
public record CommentItem(long id, long version, String author, boolean own, String body, boolean staffOnly,
                          Instant createdAt, Instant editedAt, Instant removedAt, String removedBy, boolean mayEdit,
                          boolean mayRemove) {

    public boolean removed() {
        return removedAt != null;
    }

    public boolean edited() {
        return editedAt != null;
    }
}
