package ua.cooperation.portal.visit;

import ua.cooperation.portal.base.RefusedException;

import java.util.List;

/**
 * The service refused an input for a reason the user can act on; {@link #reason()} picks the translated message
 * ({@code visit.refused.<REASON>}) and {@link Reason#field()} the form field it belongs to. Nothing was stored.
 */
public class VisitRefusedException extends RefusedException {

    public enum Reason {
        END_BEFORE_START("endsOn"),
        TOO_LONG("endsOn"),
        COUNTRY_UNKNOWN("countries"),
        ORGANISATION_UNKNOWN("hostOrganisation"),
        PERSON_UNKNOWN("person"),
        USER_UNKNOWN("user"),
        RESPONSIBLE_NOT_STAFF("responsible"),
        MEETING_OUTSIDE_VISIT("start"),
        MEETING_UNKNOWN("meeting"),
        MEETING_ON_ANOTHER_VISIT("meeting"),
        OWNER_NOT_STAFF("owner");

        private final String field;

        Reason(String field) {
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    private final Reason reason;

    VisitRefusedException(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    @Override
    public List<Refusal> refusals() {
        return List.of(new Refusal("visit.refused." + reason.name(), reason.field()));
    }
}
