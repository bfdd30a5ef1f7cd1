package ua.cooperation.portal.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the index knows of one record: how a hit shows it, who may find it (its countries and whether it is shared
 * with partners) and its texts by weight. Built by {@link SearchIndexer} from the record tables.
 */
final class SearchDocument {

    final SearchKind kind;
    final long id;
    Long parentId;
    String labelUk;
    String labelEn;
    String labelLt;
    String detail;
    /** Countries, organisations and people have no flag: a liaison finds those of their countries. */
    boolean shared = true;
    final Set<String> countries = new LinkedHashSet<>();
    /** Names: found as a whole (tier 0) and by their words (tier 1), also in Latin transliteration. */
    final List<String> names = new ArrayList<>();
    /** Longer texts that partners may read: found by their words (tier 2). */
    final List<String> texts = new ArrayList<>();
    /** Internal notes: found by staff only. */
    final List<String> internalTexts = new ArrayList<>();

    SearchDocument(SearchKind kind, long id) {
        this.kind = kind;
        this.id = id;
    }

    SearchDocument labels(String uk, String en, String lt) {
        labelUk = firstOf(uk, en, lt);
        labelEn = firstOf(en, uk, lt);
        labelLt = firstOf(lt, en, uk);
        return this;
    }

    SearchDocument name(String... values) {
        for (var value : values) {
            if (value != null && !value.isBlank()) {
                names.add(value);
            }
        }
        return this;
    }

    SearchDocument text(String... values) {
        for (var value : values) {
            if (value != null && !value.isBlank()) {
                texts.add(value);
            }
        }
        return this;
    }

    SearchDocument internalText(String value) {
        if (value != null && !value.isBlank()) {
            internalTexts.add(value);
        }
        return this;
    }

    String firstCountry() {
        return countries.isEmpty() ? null : countries.iterator().next();
    }

    private static String firstOf(String... values) {
        for (var value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }
}
