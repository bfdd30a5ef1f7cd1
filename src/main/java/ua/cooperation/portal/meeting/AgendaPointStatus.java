package ua.cooperation.portal.meeting;

/** Where an agenda point proposed by a partner stands. */
public enum AgendaPointStatus {
    /** waiting for the office: the proposer may still withdraw it */
    PROPOSED,
    /** taken into the meeting's agenda as a line of its own */
    ACCEPTED,
    /** answered by the office, not taken into the agenda */
    ANSWERED
}
