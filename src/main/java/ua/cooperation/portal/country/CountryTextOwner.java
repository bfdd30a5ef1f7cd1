package ua.cooperation.portal.country;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ua.cooperation.portal.security.AccessPolicy;
import ua.cooperation.portal.security.CountryScope;
import ua.cooperation.portal.translation.OwnerTexts;
import ua.cooperation.portal.translation.TextOwnerKind;
import ua.cooperation.portal.translation.Translatable;
import ua.cooperation.portal.translation.TranslationOwner;
import ua.cooperation.portal.translation.TranslationQueries;

import javax.sql.DataSource;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A country's notes for partners are read by its embassy in its language (ADR 0040). Translations are kept per record
 * id; a country's id there is its two-letter code as a number ({@link #idOf}), A–Z in two places.
 */
@Component
class CountryTextOwner implements TranslationOwner {

    static final String NOTES_FOR_PARTNERS = "notesForPartners";
    static final List<Translatable> TEXTS = List.of(new Translatable(TextOwnerKind.COUNTRY, NOTES_FOR_PARTNERS,
            Country.NOTES_MAX_LENGTH, "country.field.notes-for-partners", true));
    /** {@link #idOf} in SQL, for the column {@code c.code}; ASCII and SUBSTRING mean the same in H2 and MariaDB. */
    private static final String ID_OF_CODE = "((ASCII(SUBSTRING(c.code, 1, 1)) - 65) * 26"
            + " + ASCII(SUBSTRING(c.code, 2, 1)) - 65 + 1)";

    private final CountryRepository countries;
    private final CountryScope scope;
    private final AccessPolicy policy;
    private final JdbcClient jdbc;

    CountryTextOwner(CountryRepository countries, CountryScope scope, AccessPolicy policy, DataSource dataSource) {
        this.countries = countries;
        this.scope = scope;
        this.policy = policy;
        this.jdbc = JdbcClient.create(dataSource);
    }

    /** The number a country code stands for among translations: AA = 1 … ZZ = 676. */
    static long idOf(String code) {
        var upper = code.toUpperCase(Locale.ROOT);
        return (upper.charAt(0) - 'A') * 26L + (upper.charAt(1) - 'A') + 1;
    }

    static Optional<String> codeOf(long id) {
        if (id < 1 || id > 26 * 26) {
            return Optional.empty();
        }
        return Optional.of("" + (char) ('A' + (id - 1) / 26) + (char) ('A' + (id - 1) % 26));
    }

    @Override
    public TextOwnerKind kind() {
        return TextOwnerKind.COUNTRY;
    }

    @Override
    public List<Translatable> texts() {
        return TEXTS;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<OwnerTexts> find(long id) {
        return codeOf(id).filter(scope::canSeeCountry).flatMap(countries::findById)
                .map(c -> new OwnerTexts(kind(), id, CountryNames.nameIn(c, Locale.forLanguageTag("uk")),
                        CountryLinks.details(c.getCode()), Map.of(NOTES_FOR_PARTNERS, nullToEmpty(c)),
                        policy.permissions().mayEdit(), c.getUpdatedAt()));
    }

    private static String nullToEmpty(Country c) {
        return c.getNotesForPartners() == null ? "" : c.getNotesForPartners();
    }

    /** Countries whose embassy reads {@code language} and whose notes for partners are not yet in it. */
    @Override
    public List<OwnerTexts> needingTranslation(String language, int limit) {
        return jdbc.sql("SELECT c.code, c.name_uk, c.notes_for_partners, c.updated_at" + where()
                        + " ORDER BY c.updated_at DESC, c.code LIMIT " + limit)
                .param("language", language)
                .query((rs, n) -> new OwnerTexts(kind(), idOf(rs.getString("code")), rs.getString("name_uk"),
                        CountryLinks.details(rs.getString("code")),
                        Map.of(NOTES_FOR_PARTNERS, rs.getString("notes_for_partners")), true,
                        rs.getTimestamp("updated_at") == null ? null : rs.getTimestamp("updated_at").toInstant()))
                .list();
    }

    @Override
    public long countNeedingTranslation(String language, int limit) {
        return jdbc.sql(TranslationQueries.countUpTo(where(), limit)).param("language", language).query(Long.class).single();
    }

    private static String where() {
        return " FROM country c WHERE COALESCE(c.partner_language, 'en') = :language"
                + " AND " + TranslationQueries.writtenInAnotherLanguage(TextOwnerKind.COUNTRY, ID_OF_CODE)
                + " AND " + TranslationQueries.needsTranslation(TextOwnerKind.COUNTRY, ID_OF_CODE,
                Map.of(NOTES_FOR_PARTNERS, "c.notes_for_partners"));
    }
}
