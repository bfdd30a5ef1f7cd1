package ua.cooperation.portal.territory;

/**
 * Where a unit sits in the KATOTTH hierarchy; taken from the codifier column that holds its code (levels one to four
 * and the additional level for city districts).
 */
public enum UnitLevel {
    /** First level: oblasts, the Autonomous Republic of Crimea, and the cities with special status. */
    OBLAST,
    /** Second level: raions. */
    RAION,
    /** Third level: territorial hromadas. */
    HROMADA,
    /** Fourth level: cities, selyshches and villages. */
    SETTLEMENT,
    /** Additional level: districts of cities. */
    CITY_DISTRICT;

    /** The level of the codifier column with the given 0-based index (0–3 for levels one to four, 4 additional). */
    static UnitLevel ofColumn(int column) {
        return values()[column];
    }
}
