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
    /** a comment was written under a record (or a meeting's decision): its followers and the meeting's officer */
    COMMENT_ADDED,
    /** a partner proposed an agenda point for a meeting: told to its responsible officer and staff followers */
    AGENDA_POINT_PROPOSED,
    /** the office took the proposer's agenda point into the meeting's agenda: told to the proposer */
    AGENDA_POINT_ACCEPTED,
    /** the office answered the proposer's agenda point: told to the proposer */
    AGENDA_POINT_ANSWERED,
    /** an invited user answered whether she attends a meeting: told to its responsible officer */
    ATTENDANCE_ANSWERED,
    /** a partner proposed a meeting or visit: told to the officers */
    MEETING_PROPOSED,
    /** an officer accepted a partner's proposal with a date she offered: told to the proposer */
    PROPOSAL_ACCEPTED,
    /** an officer accepted a partner's proposal with another date than she offered: told to the proposer */
    PROPOSAL_ACCEPTED_OTHER_DATE,
    /** an officer declined a partner's proposal, with the reason: told to the proposer */
    PROPOSAL_DECLINED,
    /** a partner proposed a document for a record: told to its responsible officer and its followers (staff only) */
    DOCUMENT_PROPOSED,
    /** an officer accepted a partner's document: told to its uploader */
    DOCUMENT_ACCEPTED,
    /** an officer rejected a partner's document, with the reason: told to its uploader */
    DOCUMENT_REJECTED
}
