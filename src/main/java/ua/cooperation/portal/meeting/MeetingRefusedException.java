package ua.cooperation.portal.meeting;

import ua.cooperation.portal.base.RefusedException;

import java.util.List;

/**
 * The service refused an input for a reason the user can act on; {@link #reason()} picks the translated message
 * ({@code meeting.refused.<REASON>}) and {@link Reason#field()} the form field it belongs to. Nothing was stored.
 */
public class MeetingRefusedException extends RefusedException {

    public enum Reason {
        END_NOT_AFTER_START("end"),
        TOO_LONG("end"),
        LINK_NOT_HTTPS("onlineLink"),
        COUNTRY_UNKNOWN("countries"),
        ORGANISATION_UNKNOWN("organisations"),
        PERSON_UNKNOWN("participants"),
        USER_UNKNOWN("users"),
        RESPONSIBLE_NOT_STAFF("responsible"),
        PARTNERSHIP_UNKNOWN("partnerships"),
        PROGRAMME_UNKNOWN("programmes"),
        OWNER_REQUIRED("owner"),
        DECISION_UNKNOWN("decision"),
        NOTE_TOO_LONG("note"),
        STATUS_REQUIRED("status");

        private final String field;

        Reason(String field) {
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    private final Reason reason;

    MeetingRefusedException(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    @Override
    public List<Refusal> refusals() {
        return List.of(new Refusal("meeting.refused." + reason.name(), reason.field()));
    }
}
