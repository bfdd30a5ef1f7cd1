package ua.cooperation.portal.registry;

import ua.cooperation.portal.base.RefusedException;

import java.util.List;

/**
 * A registry service refused an input for a reason the user can act on; {@link #reason()} picks the translated
 * message ({@code registry.refused.<REASON>}) and {@link Reason#field()} the form field it belongs to. Nothing was
 * stored.
 */
public class RegistryRefusedException extends RefusedException {

    public enum Reason {
        /** The chosen parent is the organisation itself or below it: the hierarchy would become a cycle. */
        PARENT_CYCLE("parent"),
        /** A stored municipality does not change sides. */
        SIDE_FIXED("side"),
        /** A Ukrainian municipality is a current hromada of the codifier. */
        HROMADA_REQUIRED("hromada"),
        /** The hromada has its municipality record already. */
        HROMADA_TAKEN("hromada"),
        /** A partner municipality lies in a partner country (not Ukraine) the reader may see. */
        PARTNER_COUNTRY_REQUIRED("country"),
        /** A partner municipality has at least one name. */
        NAME_REQUIRED("names");

        private final String field;

        Reason(String field) {
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    private final Reason reason;

    RegistryRefusedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    @Override
    public List<Refusal> refusals() {
        return List.of(new Refusal("registry.refused." + reason.name(), reason.field()));
    }
}
