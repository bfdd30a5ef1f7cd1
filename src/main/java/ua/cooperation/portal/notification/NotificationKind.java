package ua.cooperation.portal.notification;

/**
 * What happened, as stored in {@code notification.event_kind} (at most 40 characters) and shown, in the reader's
 * language, as {@code notification.kind.NAME}.
 */
public enum NotificationKind {
    ACTION_ITEM_ASSIGNED,
    ACTION_ITEM_DUE_MOVED,
    ACTION_ITEM_DONE,
    ACTION_ITEM_CANCELLED,
    /** the owner (often a liaison) moved the status or wrote the completion note */
    ACTION_ITEM_UPDATED_BY_OWNER,
    PROGRAMME_SUBMITTED,
    PROGRAMME_APPROVED,
    PROGRAMME_RETURNED,
    PARTNERSHIP_AWAITING_CONFIRMATION,
    PARTNERSHIP_CONFIRMED,
    PARTNERSHIP_RETURNED,
    /** a record newly shared with partners: told to its countries' liaisons */
    RECORD_SHARED,
    /** time, place, title, agenda or minutes of a shared meeting changed: told to its countries' liaisons */
    MEETING_CHANGED,
    /** any other save of a followed record: told to its followers */
    RECORD_CHANGED,
    /** a post of a followed organisation was recorded, ended or removed: told to its followers */
    POST_HOLDER_CHANGED,
    /** a partner proposed a document for a record: told to its responsible officer and its followers (staff only) */
    DOCUMENT_PROPOSED,
    /** an officer accepted a partner's document: told to its uploader */
    DOCUMENT_ACCEPTED,
    /** an officer rejected a partner's document, with the reason: told to its uploader */
    DOCUMENT_REJECTED
}
