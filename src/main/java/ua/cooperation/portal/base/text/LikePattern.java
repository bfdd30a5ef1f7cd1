package ua.cooperation.portal.base.text;

/**
 * SQL {@code LIKE} patterns from what a user typed. A user's {@code %} or {@code _} is a character to find, not a
 * wildcard, so both (and the escape character itself) are escaped with a backslash; every query that uses these
 * patterns passes {@code '\\'} as its escape character.
 */
public final class LikePattern {

    private LikePattern() {
    }

    /** The text with {@code \}, {@code %} and {@code _} escaped for a {@code LIKE ... ESCAPE '\'} condition. */
    public static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
