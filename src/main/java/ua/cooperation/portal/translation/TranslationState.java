package ua.cooperation.portal.translation;

/**
 * One text in one language as the translation page edits it.
 *
 * @param version null when there is no translation yet; the page sends it back so that a translation changed by
 *                someone else in the meantime is a conflict, not overwritten
 */
public record TranslationState(Translatable text, String original, String language, String translation,
                               boolean outdated, Long version) {

    public boolean missing() {
        return (translation == null || translation.isBlank()) && original != null && !original.isBlank();
    }
}
