package ua.cooperation.portal.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Translated messages for the checks that Vaadin's text fields make themselves (required, maximum length, pattern).
 * Binder runs those checks too, and without these texts a refused value would be marked at the field with no word
 * of why. Forms call {@link #applyTo} once their fields are in place.
 */
public final class FieldMessages {

    private FieldMessages() {
    }

    /** Sets the messages on every text, text-area and e-mail field inside {@code root}. */
    public static void applyTo(Component root) {
        root.getChildren().forEach(FieldMessages::applyTo);
        switch (root) {
            case TextField field -> field.setI18n(new TextField.TextFieldI18n()
                    .setRequiredErrorMessage(root.getTranslation("field.required"))
                    .setMaxLengthErrorMessage(tooLong(root, field.getMaxLength()))
                    .setPatternErrorMessage(root.getTranslation("field.pattern")));
            case TextArea area -> area.setI18n(new TextArea.TextAreaI18n()
                    .setRequiredErrorMessage(root.getTranslation("field.required"))
                    .setMaxLengthErrorMessage(tooLong(root, area.getMaxLength()))
                    .setPatternErrorMessage(root.getTranslation("field.pattern")));
            case EmailField email -> email.setI18n(new EmailField.EmailFieldI18n()
                    .setRequiredErrorMessage(root.getTranslation("field.required"))
                    .setMaxLengthErrorMessage(tooLong(root, email.getMaxLength()))
                    .setPatternErrorMessage(root.getTranslation("registry.validation.email")));
            default -> {
            }
        }
    }

    private static String tooLong(Component source, int maxLength) {
        return maxLength > 0 ? source.getTranslation("field.too-long", maxLength) : null;
    }
}
