package ua.cooperation.portal.translation;

/**
 * What the translation page sends for one text: the new translation (blank removes it), whether the translator
 * confirmed that an outdated one still says what the original says, and the version it started from.
 */
public record TranslationChange(String field, String text, boolean confirmed, Long expectedVersion) {
}
