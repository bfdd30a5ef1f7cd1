package ua.cooperation.portal.meeting;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ua.cooperation.portal.translation.OwnerTexts;
import ua.cooperation.portal.translation.TextOwnerKind;
import ua.cooperation.portal.translation.TranslationQueries;

import javax.sql.DataSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The work-list queries of the meeting texts: a meeting, its decisions and its action items are shared with the
 * partners of the meeting's countries when the meeting is; those partners read their country's partner language.
 */
@Component
class SharedMeetingTexts {

    /**
     * A kind of meeting text: its table (alias x), the column naming its meeting, its label and change columns and its
     * fields; the work list links to the meeting's page. The query reads only x: a join to the meeting let MariaDB
     * read every meeting and sort, where x's change-time index gives the order and the first rows (2 M action items).
     */
    record Source(TextOwnerKind kind, String table, String meetingIdColumn, String labelColumn, String changedColumn,
                  Map<String, String> columns) {
    }

    private final JdbcClient jdbc;

    SharedMeetingTexts(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    List<OwnerTexts> needingTranslation(Source source, String language, int limit) {
        var select = new StringBuilder("SELECT x.id, ").append(source.labelColumn()).append(" AS label, ")
                .append(source.changedColumn()).append(" AS changed_at, ").append(source.meetingIdColumn())
                .append(" AS meeting_id");
        source.columns().forEach((field, column) -> select.append(", ").append(column).append(" AS f_").append(field));
        select.append(where(source)).append(" ORDER BY ").append(source.changedColumn()).append(" DESC, x.id DESC")
                .append(" LIMIT ").append(limit);
        return jdbc.sql(select.toString()).param("language", language)
                .query((rs, n) -> texts(source, rs)).list();
    }

    long countNeedingTranslation(Source source, String language, int limit) {
        return jdbc.sql(TranslationQueries.countUpTo(where(source), limit)).param("language", language).query(Long.class).single();
    }

    private static String where(Source source) {
        return " FROM " + source.table() + " x"
                + " WHERE (SELECT 1 FROM meeting m JOIN meeting_country rc ON rc.meeting_id = m.id"
                + " JOIN country c ON c.code = rc.country_code WHERE m.id = " + source.meetingIdColumn()
                + " AND m.shared_with_partners = TRUE AND COALESCE(c.partner_language, 'en') = :language LIMIT 1)"
                + " IS NOT NULL"
                + " AND " + TranslationQueries.writtenInAnotherLanguage(source.kind(), "x.id")
                + " AND " + TranslationQueries.needsTranslation(source.kind(), "x.id", source.columns());
    }

    private static OwnerTexts texts(Source source, ResultSet rs) throws SQLException {
        var originals = new LinkedHashMap<String, String>();
        for (var field : source.columns().keySet()) {
            originals.put(field, rs.getString("f_" + field));
        }
        var changed = rs.getTimestamp("changed_at");
        long id = rs.getLong("id");
        return new OwnerTexts(source.kind(), id, rs.getString("label"), MeetingLinks.details(rs.getLong("meeting_id")), originals,
                true, changed == null ? null : changed.toInstant());
    }
}
