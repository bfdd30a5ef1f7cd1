package ua.cooperation.portal.partnership;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ua.cooperation.portal.base.PortalLanguages;
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
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a partnership is about is written once, in the office's language, and read by the partner's embassy in its
 * own (ADR 0040). The record is found through {@link VisiblePartnerships}, the scope every partnership read uses: a
 * liaison finds only the shared partnerships of her countries, and any other id answers "not found".
 */
@Component
class PartnershipTextOwner implements TranslationOwner {

    static final String DESCRIPTION = "description";
    static final List<Translatable> TEXTS = List.of(new Translatable(TextOwnerKind.PARTNERSHIP, DESCRIPTION,
            Partnership.DESCRIPTION_MAX_LENGTH, "partnership.field.description", true));
    private static final Locale OFFICE = Locale.forLanguageTag(PortalLanguages.OFFICE_LANGUAGE);

    // The partners who read a partnership are the embassy of its partner's country (partnership.country_code, kept
    // equal to the partner's country on every save), and only once it is shared with partners.
    private static final String WHERE = " FROM partnership p JOIN country c ON c.code = p.country_code"
            + " LEFT JOIN municipality u ON u.id = p.ukrainian_municipality_id"
            + " LEFT JOIN organisation uo ON uo.id = p.ukrainian_organisation_id"
            + " LEFT JOIN municipality pm ON pm.id = p.partner_municipality_id"
            + " LEFT JOIN organisation o ON o.id = p.partner_organisation_id"
            + " WHERE p.shared_with_partners = TRUE AND COALESCE(c.partner_language, 'en') = :language"
            + " AND " + TranslationQueries.writtenInAnotherLanguage(TextOwnerKind.PARTNERSHIP, "p.id")
            + " AND " + TranslationQueries.needsTranslation(TextOwnerKind.PARTNERSHIP, "p.id",
            Map.of(DESCRIPTION, "p.description"));

    private final VisiblePartnerships visible;
    private final AccessPolicy policy;
    private final JdbcClient jdbc;
    private final PartnershipNames names;

    PartnershipTextOwner(VisiblePartnerships visible, AccessPolicy policy, DataSource dataSource,
                         PartnershipNames names) {
        this.visible = visible;
        this.names = names;
        this.policy = policy;
        this.jdbc = JdbcClient.create(dataSource);
    }

    /** The originals of a partnership, by field. */
    static Map<String, String> originals(Partnership p) {
        var originals = new LinkedHashMap<String, String>();
        originals.put(DESCRIPTION, p.getDescription());
        return originals;
    }

    @Override
    public TextOwnerKind kind() {
        return TextOwnerKind.PARTNERSHIP;
    }

    @Override
    public List<Translatable> texts() {
        return TEXTS;
    }

    @Override
    public Optional<OwnerTexts> find(long id) {
        return visible.find(id).map(p -> new OwnerTexts(kind(), id, names.of(p, OFFICE),
                PartnershipLinks.details(id), originals(p), policy.permissions().mayEdit(), p.getUpdatedAt()));
    }

    @Override
    public List<OwnerTexts> needingTranslation(String language, int limit) {
        return jdbc.sql("SELECT p.id, p.description, p.updated_at,"
                        + " COALESCE(u.name_uk, u.name_original, u.name_en, uo.name_uk, uo.name_original, uo.name_en)"
                        + " AS ukrainian_name,"
                        + " COALESCE(pm.name_uk, pm.name_original, pm.name_en, o.name_uk, o.name_original, o.name_en)"
                        + " AS partner_name" + WHERE + " ORDER BY p.updated_at DESC, p.id DESC LIMIT " + limit)
                .param("language", language).query((rs, n) -> texts(rs)).list();
    }

    @Override
    public long countNeedingTranslation(String language, int limit) {
        return jdbc.sql(TranslationQueries.countUpTo(WHERE, limit)).param("language", language).query(Long.class).single();
    }

    private OwnerTexts texts(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        var changed = rs.getTimestamp("updated_at");
        var partner = rs.getString("partner_name");
        return new OwnerTexts(kind(), id, rs.getString("ukrainian_name") + " — " + (partner == null ? "" : partner),
                PartnershipLinks.details(id), Map.of(DESCRIPTION, rs.getString("description")), true,
                changed == null ? null : changed.toInstant());
    }
}
