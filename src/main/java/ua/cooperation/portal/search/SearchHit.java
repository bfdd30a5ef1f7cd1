package ua.cooperation.portal.search;

/**
 * One record found: its kind and id, the record the hit opens ({@code target}: a country's code, a record's id, or for
 * a decision or an action item its meeting's id), its label in the reader's language, a line of context (a country
 * code and a detail: a programme's identifier, a meeting's date, a decision's meeting) and its score (higher first,
 * see {@link SearchService}).
 */
public record SearchHit(SearchKind kind, long id, String target, String label, String countryCode, String detail,
                        int score) {
}
