package ua.cooperation.portal.meeting;

import ua.cooperation.portal.base.RefusedException;

import java.util.List;

/**
 * An attendance answer was refused for a reason the user can act on ({@code attendance.refused.<REASON>}, at the field of
 * {@link Reason#field()}). Nothing was stored.
 */
public class AttendanceRefusedException extends RefusedException {

    public enum Reason {
        /** the meeting has started: answers may change only before it */
        MEETING_STARTED("answer"),
        /** the user is not among the meeting's invited portal users */
        NOT_INVITED("answer"),
        ANSWER_REQUIRED("answer"),
        NOTE_TOO_LONG("note");

        private final String field;

        Reason(String field) {
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    private final Reason reason;

    AttendanceRefusedException(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    @Override
    public List<Refusal> refusals() {
        return List.of(new Refusal("attendance.refused." + reason.name(), reason.field()));
    }
}
