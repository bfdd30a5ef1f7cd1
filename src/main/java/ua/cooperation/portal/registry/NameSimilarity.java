package ua.cooperation.portal.registry;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * How close two names are, for the likely-duplicate warning: equal after normalising (case, diacritics,
 * punctuation), one containing the other, or a Jaro-Winkler similarity of at least {@link #THRESHOLD}.
 */
final class NameSimilarity {

    static final double THRESHOLD = 0.9;
    private static final int MIN_CONTAINED_LENGTH = 5;
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    private NameSimilarity() {
    }

    /** 0 (unrelated) to 1 (same name). */
    static double score(String a, String b) {
        var x = Texts.normalise(a);
        var y = Texts.normalise(b);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        if (x.equals(y)) {
            return 1;
        }
        var shorter = x.length() <= y.length() ? x : y;
        var longer = shorter == x ? y : x;
        if (shorter.length() >= MIN_CONTAINED_LENGTH && longer.contains(shorter)) {
            return 0.95;
        }
        return JARO_WINKLER.apply(x, y);
    }

    static boolean isClose(String a, String b) {
        return score(a, b) >= THRESHOLD;
    }
}
