package ua.cooperation.portal.meeting;

import ua.cooperation.portal.base.RefusedException;

import java.util.List;

/**
 * An agenda point was refused for a reason the user can act on ({@code agenda.refused.<REASON>}, at the field of
 * {@link Reason#field()}). Nothing was stored.
 */
public class AgendaPointRefusedException extends RefusedException {

    public enum Reason {
        /** the meeting has started: partners propose and withdraw points only before it */
        MEETING_STARTED("text"),
        /** the point is no longer proposed: it was accepted, answered or withdrawn meanwhile */
        NOT_OPEN("text"),
        TEXT_REQUIRED("text"),
        TEXT_TOO_LONG("text"),
        ANSWER_REQUIRED("answer"),
        ANSWER_TOO_LONG("answer"),
        /** the meeting's agenda has no room for the point */
        AGENDA_FULL("text");

        private final String field;

        Reason(String field) {
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    private final Reason reason;

    AgendaPointRefusedException(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    @Override
    public List<Refusal> refusals() {
        return List.of(new Refusal("agenda.refused." + reason.name(), reason.field()));
    }
}
