package ua.cooperation.portal.comment;

import ua.cooperation.portal.translation.TextOwnerKind;

import java.util.Set;

/**
 * A comment was written (published inside the writing transaction, ADR 0041). It names the record people open and
 * follow: a decision's comment names its meeting. {@code sharedWithPartners} is false for a staff-only comment, so that
 * no partner is told of it.
 *
 * @param recordKind MEETING, PARTNERSHIP or PROGRAMME
 * @param meetingId  the meeting, whose responsible officer is told (null for partnerships and programmes)
 */
public record CommentAdded(TextOwnerKind recordKind, long recordId, long commentId, Set<String> countryCodes,
                           boolean sharedWithPartners, Long meetingId) {
}
