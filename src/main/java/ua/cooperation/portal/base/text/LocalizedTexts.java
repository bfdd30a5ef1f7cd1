package ua.cooperation.portal.base.text;

import java.util.List;
import java.util.Map;

/**
 * The translatable texts of one record in the reader's language, with what staff need to know about its
 * translations.
 *
 * @param originalLanguage the language the record was written in
 * @param missing          for staff: the content languages into which some non-empty text is not translated (empty
 *                         for partners, who are not asked to act on it)
 * @param outdated         for staff: the languages with a translation that may be outdated
 */
public record LocalizedTexts(Map<String, LocalizedText> byField, String originalLanguage, List<String> missing,
                             List<String> outdated) {

    public LocalizedText get(String field) {
        var text = byField.get(field);
        return text != null ? text : LocalizedText.original(null, originalLanguage);
    }

    /** The text of {@code field} as a string for places that cannot show a marker (an .ics line, a file name). */
    public String text(String field) {
        return get(field).text();
    }
}
