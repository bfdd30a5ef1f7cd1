package ua.cooperation.portal.practice;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ua.cooperation.portal.security.AccessPolicy;
import ua.cooperation.portal.translation.OwnerTexts;
import ua.cooperation.portal.translation.TextOwnerKind;
import ua.cooperation.portal.translation.Translatable;
import ua.cooperation.portal.translation.TranslationOwner;
import ua.cooperation.portal.translation.TranslationQueries;

import javax.sql.DataSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A practice's title and description are written once and read by partners in their language (ADR 0040). The record
 * is found through {@link VisiblePractices}: any id out of the reader's scope answers "not found".
 */
@Component
class PracticeTextOwner implements TranslationOwner {

    static final String TITLE = "title";
    static final String DESCRIPTION = "description";
    static final List<Translatable> TEXTS = List.of(
            new Translatable(TextOwnerKind.PRACTICE, TITLE, Practice.TITLE_MAX_LENGTH, "practice.field.title", false),
            new Translatable(TextOwnerKind.PRACTICE, DESCRIPTION, Practice.DESCRIPTION_MAX_LENGTH,
                    "practice.field.description", true));

    // the partners who read a practice are the embassy of its country, once it is shared with partners
    private static final String WHERE = " FROM practice p JOIN country c ON c.code = p.country_code"
            + " WHERE p.shared_with_partners = TRUE AND COALESCE(c.partner_language, 'en') = :language"
            + " AND " + TranslationQueries.writtenInAnotherLanguage(TextOwnerKind.PRACTICE, "p.id")
            + " AND " + TranslationQueries.needsTranslation(TextOwnerKind.PRACTICE, "p.id",
            Map.of(TITLE, "p.title", DESCRIPTION, "p.description"));

    private final VisiblePractices visible;
    private final AccessPolicy policy;
    private final JdbcClient jdbc;

    PracticeTextOwner(VisiblePractices visible, AccessPolicy policy, DataSource dataSource) {
        this.visible = visible;
        this.policy = policy;
        this.jdbc = JdbcClient.create(dataSource);
    }

    /** The originals of a practice, by field. */
    static Map<String, String> originals(Practice p) {
        var originals = new LinkedHashMap<String, String>();
        originals.put(TITLE, p.getTitle());
        originals.put(DESCRIPTION, p.getDescription());
        return originals;
    }

    @Override
    public TextOwnerKind kind() {
        return TextOwnerKind.PRACTICE;
    }

    @Override
    public List<Translatable> texts() {
        return TEXTS;
    }

    @Override
    public Optional<OwnerTexts> find(long id) {
        return visible.find(id).map(p -> new OwnerTexts(kind(), id, p.getTitle(), PracticeLinks.details(id),
                originals(p), policy.permissions().mayEdit(), p.getUpdatedAt()));
    }

    @Override
    public List<OwnerTexts> needingTranslation(String language, int limit) {
        return jdbc.sql("SELECT p.id, p.title, p.description, p.updated_at" + WHERE
                        + " ORDER BY p.updated_at DESC, p.id DESC LIMIT " + limit)
                .param("language", language).query((rs, n) -> texts(rs)).list();
    }

    @Override
    public long countNeedingTranslation(String language, int limit) {
        return jdbc.sql(TranslationQueries.countUpTo(WHERE, limit)).param("language", language).query(Long.class)
                .single();
    }

    private OwnerTexts texts(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        var changed = rs.getTimestamp("updated_at");
        var originals = new LinkedHashMap<String, String>();
        originals.put(TITLE, rs.getString("title"));
        originals.put(DESCRIPTION, rs.getString("description"));
        return new OwnerTexts(kind(), id, rs.getString("title"), PracticeLinks.details(id), originals, true,
                changed == null ? null : changed.toInstant());
    }
}
