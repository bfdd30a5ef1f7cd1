package ua.cooperation.portal.translation;

import java.util.Map;
import java.util.stream.Collectors;

/** SQL pieces for the features' work-list queries, so that every feature asks "still to translate?" the same way. */
public final class TranslationQueries {

    private TranslationQueries() {
    }

    /**
     * A condition that holds when some non-empty original of the record has no current (not outdated) translation
     * into the language bound as {@code :language}.
     *
     * @param idColumn the owner's id column, such as {@code m.id}
     * @param columns  field name → the column holding its original, such as {@code "title" → "m.title"}
     */
    public static String needsTranslation(TextOwnerKind kind, String idColumn, Map<String, String> columns) {
        return columns.entrySet().stream()
                .map(field -> "(" + field.getValue() + " IS NOT NULL AND " + field.getValue() + " <> '' AND NOT EXISTS"
                        + " (SELECT 1 FROM content_translation t WHERE t.owner_kind = '" + kind.name() + "'"
                        + " AND t.owner_id = " + idColumn + " AND t.field = '" + field.getKey() + "'"
                        + " AND t.language = :language AND t.outdated = FALSE))")
                .collect(Collectors.joining(" OR ", "(", ")"));
    }

    /**
     * The same condition for texts kept one per row of a child table (a programme's indicators): it holds when some
     * row's non-empty text has no current translation into the language bound as {@code :language}.
     *
     * @param idColumn        the owner's id column, such as {@code p.id}
     * @param itemTable       the child table with its alias, such as {@code programme_indicator i}
     * @param ownerColumn     the child's column that names its owner, such as {@code i.programme_id}
     * @param fieldExpression SQL giving the row's field name, such as {@code CONCAT('indicator.', i.indicator_key)}
     * @param textColumn      the column holding the row's original, such as {@code i.title}
     */
    public static String itemsNeedTranslation(TextOwnerKind kind, String idColumn, String itemTable,
                                              String ownerColumn, String fieldExpression, String textColumn) {
        return "EXISTS (SELECT 1 FROM " + itemTable + " WHERE " + ownerColumn + " = " + idColumn
                + " AND " + textColumn + " IS NOT NULL AND " + textColumn + " <> '' AND NOT EXISTS"
                + " (SELECT 1 FROM content_translation t WHERE t.owner_kind = '" + kind.name() + "'"
                + " AND t.owner_id = " + idColumn + " AND t.field = " + fieldExpression
                + " AND t.language = :language AND t.outdated = FALSE))";
    }

    /**
     * A condition that holds when one of the record's countries (rows of {@code countryTable} whose
     * {@code recordColumn} is {@code idColumn}) has its partners read the language bound as {@code :language}.
     * <p>
     * A scalar subquery that stops at the first such country, not {@code EXISTS}: MariaDB turns an {@code EXISTS}
     * into a semi-join and, for a language most countries read (English), first materialised every record of all
     * those countries (627,000 meeting rows on the large data set, 5 s) before the work list's first match; read
     * record by record, in the order of the query's index, the count of the first 500 takes milliseconds.
     */
    public static String oneOfItsCountriesReads(String countryTable, String recordColumn, String idColumn) {
        return "(SELECT 1 FROM " + countryTable + " rc JOIN country c ON c.code = rc.country_code WHERE rc."
                + recordColumn + " = " + idColumn + " AND COALESCE(c.partner_language, 'en') = :language LIMIT 1)"
                + " IS NOT NULL";
    }

    /**
     * A condition that holds when the record was written in another language than the one bound as
     * {@code :language} (Ukrainian when no language is recorded).
     */
    public static String writtenInAnotherLanguage(TextOwnerKind kind, String idColumn) {
        return "COALESCE((SELECT o.language FROM content_original_language o WHERE o.owner_kind = '" + kind.name()
                + "' AND o.owner_id = " + idColumn + "), 'uk') <> :language";
    }

    /**
     * A count of the rows of {@code fromWhere} (a query's {@code FROM … WHERE …}) that reads at most {@code limit + 1}
     * of them, so that the database stops there: the dashboard says "more than {@code limit}" beyond it (ADR 0030).
     */
    public static String countUpTo(String fromWhere, int limit) {
        return "SELECT COUNT(*) FROM (SELECT 1 AS one" + fromWhere + " LIMIT " + (limit + 1) + ") counted";
    }
}
