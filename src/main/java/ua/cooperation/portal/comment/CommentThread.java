package ua.cooperation.portal.comment;

import java.util.List;

/**
 * The comments of a record as the reader may see them, oldest first: the newest {@code limit} of them, with
 * {@code hasEarlier} when older ones were left out. {@code count} counts what the reader may see (no staff-only
 * comments for partners). {@code mayComment}: the reader may write one; {@code mayMarkStaffOnly}: she may keep it for
 * the office.
 */
public record CommentThread(List<CommentItem> comments, boolean hasEarlier, long count, boolean mayComment,
                            boolean mayMarkStaffOnly) {
}
