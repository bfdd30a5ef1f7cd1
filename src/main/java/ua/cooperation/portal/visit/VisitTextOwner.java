package ua.cooperation.portal.visit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ua.cooperation.portal.security.AccessPolicy;
import ua.cooperation.portal.translation.OwnerTexts;
import ua.cooperation.portal.translation.TextOwnerKind;
import ua.cooperation.portal.translation.Translatable;
import ua.cooperation.portal.translation.TranslationOwner;
import ua.cooperation.portal.translation.TranslationQueries;

import javax.sql.DataSource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A visit's title, purpose and report are written once and read by partners in their language (ADR 0040). */
@Component
class VisitTextOwner implements TranslationOwner {

    static final String TITLE = "title";
    static final String PURPOSE = "purpose";
    static final String REPORT = "report";
    static final List<Translatable> TEXTS = List.of(
            new Translatable(TextOwnerKind.VISIT, TITLE, Visit.TITLE_MAX_LENGTH, "visit.field.title", false),
            new Translatable(TextOwnerKind.VISIT, PURPOSE, Visit.PURPOSE_MAX_LENGTH, "visit.field.purpose", true),
            new Translatable(TextOwnerKind.VISIT, REPORT, Visit.REPORT_MAX_LENGTH, "visit.field.report", true));
    private static final Map<String, String> COLUMNS = Map.of(TITLE, "x.title", PURPOSE, "x.purpose",
            REPORT, "x.report_text");

    private final VisibleVisits visible;
    private final AccessPolicy policy;
    private final JdbcClient jdbc;

    VisitTextOwner(VisibleVisits visible, AccessPolicy policy, DataSource dataSource) {
        this.visible = visible;
        this.policy = policy;
        this.jdbc = JdbcClient.create(dataSource);
    }

    static Map<String, String> originals(Visit v) {
        var originals = new LinkedHashMap<String, String>();
        originals.put(TITLE, v.getTitle());
        originals.put(PURPOSE, v.getPurpose());
        originals.put(REPORT, v.getReportText());
        return originals;
    }

    @Override
    public TextOwnerKind kind() {
        return TextOwnerKind.VISIT;
    }

    @Override
    public List<Translatable> texts() {
        return TEXTS;
    }

    @Override
    public Optional<OwnerTexts> find(long id) {
        return visible.find(id).map(v -> new OwnerTexts(kind(), id, v.getTitle(), VisitLinks.details(id),
                originals(v), policy.permissions().mayEdit(), v.getUpdatedAt()));
    }

    @Override
    public List<OwnerTexts> needingTranslation(String language, int limit) {
        return jdbc.sql("SELECT x.id, x.title, x.purpose, x.report_text, x.updated_at" + where()
                        + " ORDER BY x.updated_at DESC, x.id DESC LIMIT " + limit)
                .param("language", language)
                .query((rs, n) -> {
                    var originals = new LinkedHashMap<String, String>();
                    originals.put(TITLE, rs.getString("title"));
                    originals.put(PURPOSE, rs.getString("purpose"));
                    originals.put(REPORT, rs.getString("report_text"));
                    var changed = rs.getTimestamp("updated_at");
                    long id = rs.getLong("id");
                    return new OwnerTexts(kind(), id, rs.getString("title"), VisitLinks.details(id), originals, true,
                            changed == null ? null : changed.toInstant());
                }).list();
    }

    @Override
    public long countNeedingTranslation(String language, int limit) {
        return jdbc.sql(TranslationQueries.countUpTo(where(), limit)).param("language", language)
                .query(Long.class).single();
    }

    private static String where() {
        return " FROM visit x WHERE x.shared_with_partners = TRUE"
                + " AND " + TranslationQueries.oneOfItsCountriesReads("visit_country", "visit_id", "x.id")
                + " AND " + TranslationQueries.writtenInAnotherLanguage(TextOwnerKind.VISIT, "x.id")
                + " AND " + TranslationQueries.needsTranslation(TextOwnerKind.VISIT, "x.id", COLUMNS);
    }
}
