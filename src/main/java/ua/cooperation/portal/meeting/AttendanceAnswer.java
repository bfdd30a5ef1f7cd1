package ua.cooperation.portal.meeting;

/** An invited portal user's answer whether she attends a meeting. */
public enum AttendanceAnswer {
    YES,
    MAYBE,
    NO
}
