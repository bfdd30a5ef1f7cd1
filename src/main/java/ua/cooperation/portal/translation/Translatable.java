package ua.cooperation.portal.translation;

import java.util.List;

/**
 * One text of a kind of record that is written in one language and translated into the others, such as a meeting's
 * minutes. Translations obey the same length limit as the original ({@code maxLength}).
 *
 * @param labelKey       the translation key of the field's label
 * @param multiline      whether it is a paragraph (a text area) or a line
 * @param labelArguments the label's parameters, for a text that is one of a record's list (its number and what it
 *                       says: "Indicator 2: Children reached"); empty for a field of the record itself
 */
public record Translatable(TextOwnerKind kind, String field, int maxLength, String labelKey, boolean multiline,
                           List<String> labelArguments) {

    public Translatable {
        labelArguments = labelArguments == null ? List.of() : List.copyOf(labelArguments);
    }

    /** A field of the record itself, labelled by {@code labelKey} alone. */
    public Translatable(TextOwnerKind kind, String field, int maxLength, String labelKey, boolean multiline) {
        this(kind, field, maxLength, labelKey, multiline, List.of());
    }
}
