package ua.cooperation.portal.registry;

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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An organisation's name in the languages of the partners (issue 19, ADR 0040). The original of the translated
 * {@code name} is the name Ukrainian readers see (the Ukrainian column, else the original, else the English one); the
 * English name keeps its own column, so the translation page offers only the languages without one (Lithuanian,
 * Polish), and a Lithuanian or Polish translation wins over the name {@link RegistryNames} would choose.
 *
 * <p>Organisation names are shared with partners: a liaison reads the organisations of her countries. The work list
 * holds the organisations of a country whose embassy reads {@code :language} and whose original name is empty: an
 * organisation of the partner's own country that has its original name is already named in the partner's language
 * (the Lithuanian ministry is "Lietuvos Respublikos krašto apsaugos ministerija"), and asking for a translation of it
 * into the same language would only be busywork.
 */
@Component
class OrganisationTextOwner implements TranslationOwner {

    static final String NAME = RegistryNames.TRANSLATED_NAME;
    static final List<Translatable> TEXTS = List.of(new Translatable(TextOwnerKind.ORGANISATION, NAME,
            Organisation.NAME_MAX_LENGTH, "organisation.field.name", false));
    /** The languages with a column of their own: Ukrainian (the original) and English ({@code name_en}). */
    private static final Set<String> OWN_COLUMNS = Set.of("uk", "en");
    private static final Locale UKRAINIAN = Locale.forLanguageTag("uk");
    private static final String UKRAINIAN_NAME = "COALESCE(NULLIF(o.name_uk, ''), NULLIF(o.name_original, ''),"
            + " o.name_en)";
    private static final String WHERE = " FROM organisation o JOIN country c ON c.code = o.country_code"
            + " WHERE COALESCE(c.partner_language, 'en') = :language"
            + " AND (o.name_original IS NULL OR o.name_original = '')"
            + " AND " + TranslationQueries.writtenInAnotherLanguage(TextOwnerKind.ORGANISATION, "o.id")
            + " AND " + TranslationQueries.needsTranslation(TextOwnerKind.ORGANISATION, "o.id",
            Map.of(NAME, UKRAINIAN_NAME));

    private final OrganisationService organisations;
    private final AccessPolicy policy;
    private final JdbcClient jdbc;

    OrganisationTextOwner(OrganisationService organisations, AccessPolicy policy, DataSource dataSource) {
        this.organisations = organisations;
        this.policy = policy;
        this.jdbc = JdbcClient.create(dataSource);
    }

    /** Whether readers of {@code language} read organisations' names in a column of their own (no translation). */
    static boolean hasOwnColumn(Locale language) {
        return OWN_COLUMNS.contains(language.getLanguage());
    }

    /** The original of the translated name: what a Ukrainian reader sees. */
    static String original(Organisation o) {
        return RegistryNames.nameIn(o, UKRAINIAN);
    }

    @Override
    public TextOwnerKind kind() {
        return TextOwnerKind.ORGANISATION;
    }

    @Override
    public List<Translatable> texts() {
        return TEXTS;
    }

    @Override
    public List<String> languages(List<String> all) {
        return all.stream().filter(language -> !OWN_COLUMNS.contains(language)).toList();
    }

    @Override
    public Optional<OwnerTexts> find(long id) {
        return organisations.findVisibleEntity(id).map(o -> new OwnerTexts(kind(), id, original(o),
                RegistryLinks.organisation(id), Map.of(NAME, original(o)), policy.permissions().mayEdit(),
                o.getUpdatedAt()));
    }

    @Override
    public List<OwnerTexts> needingTranslation(String language, int limit) {
        if (!languages(List.of(language)).contains(language)) {
            return List.of();
        }
        return jdbc.sql("SELECT o.id, o.updated_at, " + UKRAINIAN_NAME + " AS name" + WHERE
                        + " ORDER BY o.updated_at DESC, o.id DESC LIMIT " + limit)
                .param("language", language).query((rs, n) -> texts(rs)).list();
    }

    @Override
    public long countNeedingTranslation(String language, int limit) {
        if (!languages(List.of(language)).contains(language)) {
            return 0;
        }
        return jdbc.sql(TranslationQueries.countUpTo(WHERE, limit)).param("language", language).query(Long.class)
                .single();
    }

    private OwnerTexts texts(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        var changed = rs.getTimestamp("updated_at");
        var name = rs.getString("name");
        return new OwnerTexts(kind(), id, name, RegistryLinks.organisation(id), Map.of(NAME, name), true,
                changed == null ? null : changed.toInstant());
    }
}
