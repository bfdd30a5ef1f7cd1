package ua.cooperation.portal.registry;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Small text helpers of the registry: tidy input, and the normal form used to spot likely duplicates. */
final class Texts {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Texts() {
    }

    /** Blank becomes null, anything else is stripped. */
    static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    /**
     * Lower case, no diacritics (ė → e, й → и), punctuation and runs of spaces reduced to single spaces: "Embassy
     * of the Republic of Lithuania, Kyiv" and "embassy of the republic of lithuania kyiv" become equal.
     */
    static String normalise(String value) {
        if (value == null) {
            return "";
        }
        var decomposed = Normalizer.normalize(value, Normalizer.Form.NFD);
        var plain = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
        return NOT_LETTER_OR_DIGIT.matcher(plain).replaceAll(" ").strip();
    }

}
