package ua.cooperation.portal.base.text;

/**
 * The official Ukrainian-to-Latin transliteration table (Cabinet of Ministers of Ukraine, resolution No. 55 of
 * 27 January 2010). Pure and thread-safe.
 * <ul>
 *     <li>є, ї, й, ю, я are written ye, yi, y, yu, ya at the start of a word and ie, i, i, iu, ia elsewhere;</li>
 *     <li>"зг" is written "zgh" (to tell it from "zh" for ж);</li>
 *     <li>the soft sign and the apostrophe (', ’, ʼ) are not written;</li>
 *     <li>capitalisation is kept: a capital letter gives a capitalised Latin group ("Є" → "Ye"), inside a word
 *     written in capitals the whole group is capitalised ("ЄНАКІЄВЕ" → "YENAKIIEVE").</li>
 * </ul>
 * Characters outside the Ukrainian alphabet (Latin letters, digits, spaces, hyphens) are kept as they are.
 */
public final class UkrainianTransliteration {

    private UkrainianTransliteration() {
    }

    /** The Latin form of {@code text}; {@code null} stays {@code null}. */
    public static String latin(String text) {
        if (text == null) {
            return null;
        }
        var out = new StringBuilder(text.length() + 8);
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            char lower = Character.toLowerCase(c);
            boolean wordStart = isWordStart(text, i);
            String latin = switch (lower) {
                case 'а' -> "a";
                case 'б' -> "b";
                case 'в' -> "v";
                case 'г' -> i > 0 && Character.toLowerCase(text.charAt(i - 1)) == 'з' ? "gh" : "h";
                case 'ґ' -> "g";
                case 'д' -> "d";
                case 'е' -> "e";
                case 'є' -> wordStart ? "ye" : "ie";
                case 'ж' -> "zh";
                case 'з' -> "z";
                case 'и' -> "y";
                case 'і' -> "i";
                case 'ї' -> wordStart ? "yi" : "i";
                case 'й' -> wordStart ? "y" : "i";
                case 'к' -> "k";
                case 'л' -> "l";
                case 'м' -> "m";
                case 'н' -> "n";
                case 'о' -> "o";
                case 'п' -> "p";
                case 'р' -> "r";
                case 'с' -> "s";
                case 'т' -> "t";
                case 'у' -> "u";
                case 'ф' -> "f";
                case 'х' -> "kh";
                case 'ц' -> "ts";
                case 'ч' -> "ch";
                case 'ш' -> "sh";
                case 'щ' -> "shch";
                case 'ь' -> "";
                case 'ю' -> wordStart ? "yu" : "iu";
                case 'я' -> wordStart ? "ya" : "ia";
                default -> isApostrophe(c) ? "" : null;
            };
            if (latin == null) {
                out.append(c);
            } else if (latin.isEmpty() || c == lower) {
                out.append(latin);
            } else if (latin.length() == 1 || isAllCapsWord(text, i)) {
                out.append(latin.toUpperCase(java.util.Locale.ROOT));
            } else {
                out.append(Character.toUpperCase(latin.charAt(0))).append(latin, 1, latin.length());
            }
        }
        return out.toString();
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u02BC';
    }

    private static boolean isWordPart(char c) {
        return Character.isLetter(c) || isApostrophe(c);
    }

    /** A letter starts a word when no letter (or apostrophe inside the word) comes right before it. */
    private static boolean isWordStart(String text, int i) {
        return i == 0 || !isWordPart(text.charAt(i - 1));
    }

    /** Whether the word around position {@code i} has at least two letters and all of them are capitals. */
    private static boolean isAllCapsWord(String text, int i) {
        int start = i;
        while (start > 0 && isWordPart(text.charAt(start - 1))) {
            start--;
        }
        int end = i + 1;
        while (end < text.length() && isWordPart(text.charAt(end))) {
            end++;
        }
        int letters = 0;
        for (int k = start; k < end; k++) {
            char ch = text.charAt(k);
            if (Character.isLetter(ch)) {
                if (Character.isLowerCase(ch)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }
}
