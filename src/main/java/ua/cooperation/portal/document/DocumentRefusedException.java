package ua.cooperation.portal.document;

import ua.cooperation.portal.base.RefusedException;

import java.util.List;

/**
 * The review of a partner's document was refused for a reason the officer can act on; {@link #reason()} picks the
 * translated message ({@code document.refused.<REASON>}) and {@link Reason#field()} the field it belongs to. Nothing
 * was stored.
 */
public class DocumentRefusedException extends RefusedException {

    public enum Reason {
        /** Only a pending document is accepted or rejected; someone else may have decided meanwhile. */
        NOT_PENDING("status"),
        /** A rejection tells the partner why. */
        REASON_REQUIRED("reason"),
        /** At most {@link Document#REJECTION_REASON_MAX_LENGTH} characters. */
        REASON_TOO_LONG("reason");

        private final String field;

        Reason(String field) {
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    private final Reason reason;

    DocumentRefusedException(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    @Override
    public List<Refusal> refusals() {
        return List.of(new Refusal("document.refused." + reason.name(), reason.field()));
    }
}
