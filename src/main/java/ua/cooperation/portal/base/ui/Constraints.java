package ua.cooperation.portal.base.ui;

import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;

import java.util.Comparator;

/**
 * Field validators that check a value against the Bean Validation constraints declared on the service's input
 * record ({@code @Size}, {@code @NotNull}, {@code @Pattern} … on {@code PartnershipChanges}), so a rule is written
 * once: the form shows it at the field while the user types, the service checks it again before anything is stored.
 * The message is the portal's own translation {@code validation.<Constraint>} (arguments: the constraint's
 * {@code min}, {@code max} and {@code value}), in the reader's language; the Bean Validation messages do not speak Lithuanian.
 */
public final class Constraints {

    private static final jakarta.validation.Validator VALIDATOR =
            Validation.buildDefaultValidatorFactory().getValidator();

    private Constraints() {
    }

    /** Checks a field's value as {@code property} of {@code type} would be checked by the service. */
    public static <T> Validator<T> of(Class<?> type, String property) {
        return (value, context) -> {
            var violations = VALIDATOR.validateValue(type, property, value);
            if (violations.isEmpty()) {
                return ValidationResult.ok();
            }
            // several constraints may fail at once (blank and too short): show the first in a stable order
            var violation = violations.stream().min(Comparator.comparing(Constraints::constraintName)).orElseThrow();
            var attributes = violation.getConstraintDescriptor().getAttributes();
            var name = constraintName(violation);
            // "at most 4000 characters" reads better than "between 0 and 4000 characters"
            var key = "validation." + name + (Integer.valueOf(0).equals(attributes.get("min")) ? ".max" : "");
            var text = context.getComponent()
                    .map(component -> component.getTranslation(key, attributes.get("min"), attributes.get("max"),
                            attributes.get("value")))
                    .orElse(violation.getMessage());
            return ValidationResult.error(text);
        };
    }

    /**
     * {@link #of(Class, String)} with the portal's message {@code messageKey} in place of the constraint's, for a field
     * whose own message says more than the generic one ("Latin letters, digits and - . _ /" for "wrong format").
     */
    public static <T> Validator<T> of(Class<?> type, String property, String messageKey) {
        return (value, context) -> VALIDATOR.validateValue(type, property, value).isEmpty() ? ValidationResult.ok()
                : ValidationResult.error(context.getComponent().map(component -> component.getTranslation(messageKey))
                        .orElse(messageKey));
    }

    /** Whether {@code value} meets the constraints of {@code property} of {@code type}, for checks outside a binder. */
    public static boolean allows(Class<?> type, String property, Object value) {
        return VALIDATOR.validateValue(type, property, value).isEmpty();
    }

    private static String constraintName(ConstraintViolation<?> violation) {
        return violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
    }
}
