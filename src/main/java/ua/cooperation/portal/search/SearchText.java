package ua.cooperation.portal.search;

import ua.cooperation.portal.base.text.UkrainianTransliteration;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How the search compares text: the same function normalises what is indexed and what is typed, so that a typed word
 * is a byte prefix of an indexed one.
 * <ul>
 *     <li>lower case;</li>
 *     <li>accents of Latin letters dropped (Lithuanian "Žilinskas" is found by "zilinskas", Polish "Wiśniewska" by
 *     "wisniewska"), but Cyrillic letters kept whole: й is not и and ї is not і in Ukrainian;</li>
 *     <li>apostrophes (', ’, ʼ) dropped inside words ("сім'я" = "сімя"), every other character that is not a letter
 *     or digit separates words;</li>
 *     <li>a Ukrainian text is also indexed in its official Latin transliteration ({@link UkrainianTransliteration}),
 *     so that "Myroshnychenko" finds "Мирошниченко".</li>
 * </ul>
 * Pure and thread-safe.
 */
public final class SearchText {

    /** Longer words are cut: a prefix of 60 letters finds them as well. */
    static final int MAX_WORD = 60;
    /** A whole name is indexed with its first 100 characters. */
    static final int MAX_NAME = 100;

    private SearchText() {
    }

    /** The normalised form: lower-case words separated by single spaces; empty for a text without letters or digits. */
    public static String normalise(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        var decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        var out = new StringBuilder(decomposed.length());
        boolean space = false;
        Character.UnicodeScript base = null;
        for (int i = 0; i < decomposed.length(); ) {
            int c = decomposed.codePointAt(i);
            i += Character.charCount(c);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK) {
                if (base != null && base != Character.UnicodeScript.LATIN) {
                    out.appendCodePoint(c); // й, ї keep their marks
                }
                continue;
            }
            if (isApostrophe(c)) {
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                if (space && !out.isEmpty()) {
                    out.append(' ');
                }
                space = false;
                base = Character.UnicodeScript.of(c);
                out.appendCodePoint(Character.toLowerCase(c));
            } else {
                space = true;
                base = null;
            }
        }
        return Normalizer.normalize(out.toString(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    /** The normalised words of a text, each cut to {@link #MAX_WORD} characters. */
    public static List<String> words(String text) {
        var normalised = normalise(text);
        if (normalised.isEmpty()) {
            return List.of();
        }
        var words = new ArrayList<String>();
        for (var word : normalised.split(" ")) {
            words.add(cut(word, MAX_WORD));
        }
        return words;
    }

    /**
     * The forms under which a name is indexed as a whole: the name itself and, when it has Cyrillic letters, its Latin
     * transliteration; each normalised and cut to {@link #MAX_NAME} characters.
     */
    static Set<String> nameForms(String name) {
        var forms = new LinkedHashSet<String>();
        var normalised = normalise(name);
        if (!normalised.isEmpty()) {
            forms.add(cut(normalised, MAX_NAME));
            if (hasCyrillic(name)) {
                var latin = normalise(UkrainianTransliteration.latin(name));
                if (!latin.isEmpty()) {
                    forms.add(cut(latin, MAX_NAME));
                }
            }
        }
        return forms;
    }

    /** The words of a name, with the words of its transliteration when it has Cyrillic letters. */
    static Set<String> nameWords(String name) {
        var words = new LinkedHashSet<>(words(name));
        if (name != null && hasCyrillic(name)) {
            words.addAll(words(UkrainianTransliteration.latin(name)));
        }
        return words;
    }

    static boolean hasCyrillic(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.UnicodeBlock.of(text.charAt(i)) == Character.UnicodeBlock.CYRILLIC) {
                return true;
            }
        }
        return false;
    }

    private static boolean isApostrophe(int c) {
        return c == '\'' || c == '’' || c == 'ʼ' || c == '`' || c == 'ʹ';
    }

    private static String cut(String text, int length) {
        if (text.length() <= length) {
            return text;
        }
        int end = length;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end).strip();
    }
}
