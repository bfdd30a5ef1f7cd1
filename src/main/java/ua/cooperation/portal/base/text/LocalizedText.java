package ua.cooperation.portal.base.text;

/**
 * A text as one reader sees it: in her language when it has been translated, otherwise the original.
 *
 * @param text     what to show; null only when the record has no such text at all
 * @param language the language {@code text} is in
 * @param fallback true when {@code text} is not in the reader's language (show the language beside it)
 * @param outdated true when the translation predates a change of the original and nobody has confirmed it since
 */
public record LocalizedText(String text, String language, boolean fallback, boolean outdated) {

    public static LocalizedText original(String text, String language) {
        return new LocalizedText(text, language, false, false);
    }

    public boolean isEmpty() {
        return text == null || text.isBlank();
    }

    /** The text, or "" when there is none: for places that need a string. */
    public String orEmpty() {
        return text == null ? "" : text;
    }
}
