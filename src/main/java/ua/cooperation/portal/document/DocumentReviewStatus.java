package ua.cooperation.portal.document;

/**
 * Where a document stands with the office (issue 21). Staff uploads are accepted at once; a partner's upload is
 * pending until an officer accepts it (then it is shared with the record's partners) or rejects it with a reason (then
 * it stays visible to its uploader and the staff only). Shown as {@code document.review.<NAME>}.
 */
public enum DocumentReviewStatus {
    ACCEPTED,
    PENDING,
    REJECTED
}
