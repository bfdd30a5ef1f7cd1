package ua.cooperation.portal.base;

import java.util.List;

/**
 * A service refused an input or a step for reasons the user can act on. Nothing was stored. Each feature has its own
 * subclass with an enum of reasons (its tests name them); this base lets one edit flow show any refusal: each
 * {@link Refusal} names the translated message and the form field (or tab) it belongs to.
 */
public abstract class RefusedException extends RuntimeException {

    protected RefusedException(String message) {
        super(message);
    }

    /** Every reason at once (a submission lists all that is missing), each with its message key and field. */
    public abstract List<Refusal> refusals();

    /** One reason: the translation key of its message and the name of the field it belongs to. */
    public record Refusal(String messageKey, String field) {
    }
}
