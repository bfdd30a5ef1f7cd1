package ua.cooperation.portal.territory;

import java.text.Collator;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/** The lower-case forms stored for search: apostrophes are left out, so "Знам'янка" and "знамʼян" meet. */
final class SearchKeys {

    static final int SORT_KEY_MAX_LENGTH = 1000;

    private static final Pattern APOSTROPHES = Pattern.compile("['\u2019\u02BC`]");

    private SearchKeys() {
    }

    /** A new Ukrainian collator, as H2's "COLLATION=uk STRENGTH SECONDARY"; collators are not thread-safe. */
    static Collator ukrainianCollator() {
        var collator = Collator.getInstance(Locale.forLanguageTag("uk"));
        collator.setStrength(Collator.SECONDARY);
        return collator;
    }

    /** The name's collation key as bytes (cut to the column's length: a long name's tail does not matter). */
    static byte[] sortKey(Collator collator, String name) {
        var key = collator.getCollationKey(name).toByteArray();
        return key.length <= SORT_KEY_MAX_LENGTH ? key : Arrays.copyOf(key, SORT_KEY_MAX_LENGTH);
    }

    static String of(String text) {
        return APOSTROPHES.matcher(text.strip().toLowerCase(Locale.ROOT)).replaceAll("");
    }
}
