package ua.cooperation.portal.search;

import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.util.List;

/**
 * Visits in the search index (issue 22): found by their title, city, host country and host organisation (names) and
 * their purpose and report (texts, which partners read), with the countries and shared flag that scope them exactly
 * as {@code VisitService} does. The internal notes are not indexed. Read by {@link SearchIndexer}.
 */
final class SearchVisits {

    /** The visits' countries, for {@code SearchIndexer.withCountries}; the condition on the alias x follows. */
    static final String COUNTRIES = "SELECT x.id, c.country_code FROM visit x JOIN visit_country c ON c.visit_id = x.id"
            + " WHERE ";

    private SearchVisits() {
    }

    /** The documents of the visits whose row matches {@code where} (on the alias x), without their countries. */
    static List<SearchDocument> documents(JdbcTemplate jdbc, String where, Object[] params) {
        return jdbc.query("SELECT x.id, x.title, x.city, x.purpose, x.report_text, x.starts_on,"
                + " x.shared_with_partners, c.name_uk AS c_uk, c.name_en AS c_en, c.name_lt AS c_lt,"
                + " o.name_original AS o_original, o.name_uk AS o_uk, o.name_en AS o_en FROM visit x"
                + " LEFT JOIN country c ON c.code = x.host_country_code"
                + " LEFT JOIN organisation o ON o.id = x.host_organisation_id WHERE " + where, (rs, n) -> {
            var city = rs.getString("city");
            var startsOn = rs.getObject("starts_on", LocalDate.class);
            var d = new SearchDocument(SearchKind.VISIT, rs.getLong("id"))
                    .labels(rs.getString("title"), null, null)
                    .name(rs.getString("title"), city)
                    .name(rs.getString("c_uk"), rs.getString("c_en"), rs.getString("c_lt"))
                    .name(rs.getString("o_original"), rs.getString("o_uk"), rs.getString("o_en"))
                    .text(rs.getString("purpose"), rs.getString("report_text"));
            // the city and the first day, as a meeting shows its day
            var day = startsOn == null ? null : startsOn.toString();
            d.detail = city == null || city.isBlank() ? day : day == null ? city.strip() : city.strip() + ", " + day;
            d.shared = rs.getBoolean("shared_with_partners");
            return d;
        }, params);
    }
}
