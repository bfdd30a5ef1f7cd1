package ua.cooperation.portal.meeting;

/** What kind of meeting took (or will take) place. */
public enum MeetingType {
    WORKING_VISIT, DELEGATION_VISIT, EMBASSY_MEETING, VIDEO_CALL, CONFERENCE, OTHER,
    /** The meeting on which a visit's report records its outcomes (issue 22). */
    VISIT_REPORT
}
