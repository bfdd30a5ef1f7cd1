package ua.cooperation.portal.translation;

import ua.cooperation.portal.base.RefusedException;

import java.util.List;

/** A translation the service does not store; the page shows the reason at the field. */
public class TranslationRefusedException extends RefusedException {

    public enum Reason {
        /** longer than the original may be */
        TOO_LONG,
        /** a language the portal does not speak, or the record's own */
        NOT_A_TRANSLATION_LANGUAGE,
        /** a field the record does not translate */
        UNKNOWN_FIELD
    }

    private final Reason reason;
    private final String field;

    public TranslationRefusedException(Reason reason, String field) {
        super(reason + " (" + field + ")");
        this.reason = reason;
        this.field = field;
    }

    public Reason reason() {
        return reason;
    }

    @Override
    public List<Refusal> refusals() {
        return List.of(new Refusal("translation.refused." + reason.name(), field));
    }
}
