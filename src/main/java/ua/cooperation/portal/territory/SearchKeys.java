package ua.cooperation.portal.territory;

import java.util.Locale;
import java.util.regex.Pattern;

/** The lower-case forms stored for search: apostrophes are left out, so "Знам'янка" and "знамʼян" meet. */
final class SearchKeys {

    private static final Pattern APOSTROPHES = Pattern.compile("['\u2019\u02BC`]");

    private SearchKeys() {
    }

    static String of(String text) {
        return APOSTROPHES.matcher(text.strip().toLowerCase(Locale.ROOT)).replaceAll("");
    }
}
