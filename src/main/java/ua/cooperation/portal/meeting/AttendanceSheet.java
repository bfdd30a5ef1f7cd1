package ua.cooperation.portal.meeting;

import java.util.List;

/**
 * Who of the invited portal users attends a meeting, as the reader may see it. Staff read every invitee by name; a
 * partner reads the partner accounts and herself by name, and the staff invitees as one row of the office (no name,
 * no answer, no note) — the counts cover every invitee. {@code mine} is the reader's own answer (null: she has not
 * answered, or is not invited); {@code mayAnswer}: she is invited, the meeting has not started, and she is not
 * previewing.
 */
public record AttendanceSheet(List<Row> rows, Counts counts, boolean invited, Row mine, boolean mayAnswer) {

    public AttendanceSheet {
        rows = List.copyOf(rows);
    }

    /** One invitee; {@code userId} 0 and {@code name} null: the office's staff, for a partner. */
    public record Row(long userId, String name, AttendanceAnswer answer, String note, boolean mine) {
    }

    /** How many invitees answered what, and how many have not answered yet. */
    public record Counts(int yes, int maybe, int no, int none) {
    }
}
