package ua.cooperation.portal.programme;

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
 * A programme's title and summary are written once and read by partners in their language (ADR 0040). A programme is
 * shared with the partners of its countries when it is shared at all; they read their country's partner language.
 */
@Component
class ProgrammeTextOwner implements TranslationOwner {

    static final String TITLE = "title";
    static final String SUMMARY = "summary";
    /** The translatable fields, which are also their history field names. */
    static final java.util.Set<String> TEXT_FIELDS = java.util.Set.of(TITLE, SUMMARY);
    static final List<Translatable> TEXTS = List.of(
            new Translatable(TextOwnerKind.PROGRAMME, TITLE, Programme.TITLE_MAX_LENGTH, "programme.field.title",
                    false),
            new Translatable(TextOwnerKind.PROGRAMME, SUMMARY, Programme.SUMMARY_MAX_LENGTH,
                    "programme.field.summary", true));
    private static final Map<String, String> COLUMNS = Map.of(TITLE, "p.title", SUMMARY, "p.summary");

    private final VisibleProgrammes visibleProgrammes;
    private final AccessPolicy policy;
    private final JdbcClient jdbc;

    ProgrammeTextOwner(VisibleProgrammes visibleProgrammes, AccessPolicy policy, DataSource dataSource) {
        this.visibleProgrammes = visibleProgrammes;
        this.policy = policy;
        this.jdbc = JdbcClient.create(dataSource);
    }

    /** The originals of a programme, by field. */
    static Map<String, String> originals(String title, String summary) {
        var originals = new LinkedHashMap<String, String>();
        originals.put(TITLE, title);
        originals.put(SUMMARY, summary);
        return originals;
    }

    static Map<String, String> originals(Programme p) {
        return originals(p.getTitle(), p.getSummary());
    }

    @Override
    public TextOwnerKind kind() {
        return TextOwnerKind.PROGRAMME;
    }

    @Override
    public List<Translatable> texts() {
        return TEXTS;
    }

    /** Through the programme's scope: a liaison finds only the shared programmes of her countries. */
    @Override
    public Optional<OwnerTexts> find(long id) {
        return visibleProgrammes.find(id).map(p -> new OwnerTexts(kind(), id, label(p.getTitle(), p.getIdentifier()),
                ProgrammeLinks.details(id), originals(p), policy.permissions().mayEdit(), p.getUpdatedAt()));
    }

    @Override
    public List<OwnerTexts> needingTranslation(String language, int limit) {
        return jdbc.sql("SELECT p.id, p.identifier, p.title, p.summary, p.updated_at" + where()
                        + " ORDER BY p.updated_at DESC, p.id DESC LIMIT " + limit)
                .param("language", language).query((rs, n) -> texts(rs)).list();
    }

    @Override
    public long countNeedingTranslation(String language, int limit) {
        return jdbc.sql(TranslationQueries.countUpTo(where(), limit)).param("language", language).query(Long.class).single();
    }

    private static String where() {
        return " FROM programme p WHERE p.shared_with_partners = TRUE"
                + " AND EXISTS (SELECT 1 FROM programme_country pc JOIN country c ON c.code = pc.country_code"
                + " WHERE pc.programme_id = p.id AND COALESCE(c.partner_language, 'en') = :language)"
                + " AND " + TranslationQueries.writtenInAnotherLanguage(TextOwnerKind.PROGRAMME, "p.id")
                + " AND " + TranslationQueries.needsTranslation(TextOwnerKind.PROGRAMME, "p.id", COLUMNS);
    }

    private OwnerTexts texts(ResultSet rs) throws SQLException {
        var changed = rs.getTimestamp("updated_at");
        long id = rs.getLong("id");
        return new OwnerTexts(kind(), id, label(rs.getString("title"), rs.getString("identifier")),
                ProgrammeLinks.details(id), originals(rs.getString("title"), rs.getString("summary")), true,
                changed == null ? null : changed.toInstant());
    }

    private static String label(String title, String identifier) {
        return title == null || title.isBlank() ? identifier : title;
    }
}
