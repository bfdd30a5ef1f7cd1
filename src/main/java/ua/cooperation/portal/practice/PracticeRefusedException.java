package ua.cooperation.portal.practice;

import ua.cooperation.portal.base.RefusedException;

import java.util.List;

/**
 * The service refused a practice or a status move for a reason the user can act on; {@link #reason()} picks the
 * translated message ({@code practice.refused.<REASON>}) and {@link Reason#field()} the field it belongs to. Nothing
 * was stored.
 */
public class PracticeRefusedException extends RefusedException {

    public enum Reason {
        COUNTRY_UNKNOWN("country"),
        ORGANISATION_UNKNOWN("organisation"),
        SOURCE_MEETING_UNKNOWN("sourceMeeting"),
        SOURCE_DOCUMENT_NOT_OF_MEETING("sourceDocument"),
        SOURCE_VISIT_UNKNOWN("sourceVisit"),
        MOVE_NOT_ALLOWED("status"),
        DECIDED_BY_REQUIRED("decidedBy"),
        REASON_REQUIRED("reason"),
        EFFECTIVE_ON_IN_FUTURE("effectiveOn"),
        EFFECTIVE_ON_BEFORE_LAST("effectiveOn");

        private final String field;

        Reason(String field) {
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    private final Reason reason;

    PracticeRefusedException(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    @Override
    public List<Refusal> refusals() {
        return List.of(new Refusal("practice.refused." + reason.name(), reason.field()));
    }
}
