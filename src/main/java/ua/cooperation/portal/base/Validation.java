package ua.cooperation.portal.base;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

/** Services check their input again before touching the database: forms can be bypassed, services cannot. */
public final class Validation {

    private Validation() {
    }

    /** Throws {@link ConstraintViolationException} listing every broken Bean Validation rule of {@code input}. */
    public static void requireValid(Validator validator, Object input) {
        var violations = validator.validate(input);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }
}
