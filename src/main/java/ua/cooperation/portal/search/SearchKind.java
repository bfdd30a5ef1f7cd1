package ua.cooperation.portal.search;

import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of record the global search finds, in the order their groups are shown. {@link #code} is what the search
 * index stores (a small number, see ADR 0018); never reuse a code.
 */
public enum SearchKind {
    COUNTRY(1),
    ORGANISATION(2),
    PERSON(3),
    PARTNERSHIP(4),
    PROGRAMME(5),
    MEETING(6),
    DECISION(7),
    ACTION_ITEM(8),
    /** Visits of delegations (issue 22). */
    VISIT(9);

    private final int code;

    SearchKind(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** The kind's name in addresses (search?kind=action-item). */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<SearchKind> fromSlug(String slug) {
        for (var kind : values()) {
            if (kind.slug().equals(slug)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    static SearchKind fromCode(int code) {
        for (var kind : values()) {
            if (kind.code == code) {
                return kind;
            }
        }
        throw new IllegalArgumentException("Unknown search kind " + code);
    }

    /** Countries are keyed by their ISO code; the index keys every record by a number, so the code is packed. */
    static long countryId(String code) {
        var upper = code.toUpperCase(Locale.ROOT);
        return (upper.charAt(0) - 'A') * 26L + (upper.charAt(1) - 'A');
    }

    static String countryCode(long id) {
        return "" + (char) ('A' + id / 26) + (char) ('A' + id % 26);
    }
}
