package ua.cooperation.portal.comment;

import java.util.List;

/**
 * The comments of a record as the reader may see them, oldest first: the newest {@code limit} of them, with
 * {@code hasEarlier} when older ones were left out. {@code count} counts what the reader may see (no staff-only
 * comments for partners). {@code mayMarkStaffOnly}: the reader may keep a comment for the office. Whether she may
 * write at all is not the thread's answer: a liaison preview reads exactly as the liaison and writes nothing, which
 * the page asks of {@code security.LiaisonPreview}, as the follow button does.
 */
public record CommentThread(List<CommentItem> comments, boolean hasEarlier, long count, boolean mayMarkStaffOnly) {
}
