package ua.cooperation.portal.translation;

/**
 * One text of a kind of record that is written in one language and translated into the others, such as a meeting's
 * minutes. Translations obey the same length limit as the original ({@code maxLength}).
 *
 * @param labelKey  the translation key of the field's label
 * @param multiline whether it is a paragraph (a text area) or a line
 */
public record Translatable(TextOwnerKind kind, String field, int maxLength, String labelKey, boolean multiline) {
}
