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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A programme's title, summary and indicator titles are written once and read by partners in their language (ADR
 * 0040). An indicator's title is the text {@code indicator.<key>}, its key being the indicator's number within the
 * programme, kept while it exists ({@link ProgrammeChanges.Indicator#key}). A programme is shared with the partners
 * of its countries when it is shared at all; they read their country's partner language.
 */
@Component
class ProgrammeTextOwner implements TranslationOwner {

    static final String TITLE = "title";
    static final String SUMMARY = "summary";
    /** The fields of the programme itself, which are also their history field names. */
    static final java.util.Set<String> TEXT_FIELDS = java.util.Set.of(TITLE, SUMMARY);
    static final List<Translatable> TEXTS = List.of(
            new Translatable(TextOwnerKind.PROGRAMME, TITLE, Programme.TITLE_MAX_LENGTH, "programme.field.title",
                    false),
            new Translatable(TextOwnerKind.PROGRAMME, SUMMARY, Programme.SUMMARY_MAX_LENGTH,
                    "programme.field.summary", true));
    private static final Map<String, String> COLUMNS = Map.of(TITLE, "p.title", SUMMARY, "p.summary");
    /** How much of an indicator's title its label on the translation page repeats (the original is shown whole). */
    private static final int LABEL_TITLE_LENGTH = 60;

    private final VisibleProgrammes visibleProgrammes;
    private final AccessPolicy policy;
    private final JdbcClient jdbc;

    ProgrammeTextOwner(VisibleProgrammes visibleProgrammes, AccessPolicy policy, DataSource dataSource) {
        this.visibleProgrammes = visibleProgrammes;
        this.policy = policy;
        this.jdbc = JdbcClient.create(dataSource);
    }

    /** The originals of a programme's own texts, title and summary, by field. */
    static Map<String, String> originals(String title, String summary) {
        var originals = new LinkedHashMap<String, String>();
        originals.put(TITLE, title);
        originals.put(SUMMARY, summary);
        return originals;
    }

    /** Every original of a programme by field: title, summary and its indicators' titles in the list's order. */
    static Map<String, String> originals(Programme p) {
        var originals = originals(p.getTitle(), p.getSummary());
        p.indicatorTitles().forEach((key, title) -> originals.put(ProgrammeChanges.Indicator.textFieldOf(key), title));
        return originals;
    }

    @Override
    public TextOwnerKind kind() {
        return TextOwnerKind.PROGRAMME;
    }

    @Override
    public List<Translatable> texts() {
        return TEXTS;
    }

    /** Title and summary, then one text per indicator, labelled with its key and the start of its title. */
    @Override
    public List<Translatable> texts(OwnerTexts record) {
        var texts = new ArrayList<>(TEXTS);
        record.originals().forEach((field, original) -> ProgrammeChanges.Indicator.keyOfTextField(field)
                .ifPresent(key -> texts.add(new Translatable(kind(), field, ProgrammeChanges.Indicator.TITLE_MAX_LENGTH,
                        "programme.indicator.translation-label", false,
                        List.of(Integer.toString(key), shortened(original))))));
        return texts;
    }

    /** Through the programme's scope: a liaison finds only the shared programmes of her countries. */
    @Override
    public Optional<OwnerTexts> find(long id) {
        return visibleProgrammes.find(id).map(p -> new OwnerTexts(kind(), id, label(p.getTitle(), p.getIdentifier()),
                ProgrammeLinks.details(id), originals(p), policy.permissions().mayEdit(), p.getUpdatedAt()));
    }

    @Override
    public List<OwnerTexts> needingTranslation(String language, int limit) {
        var found = jdbc.sql("SELECT p.id, p.identifier, p.title, p.summary, p.updated_at" + where()
                        + " ORDER BY p.updated_at DESC, p.id DESC LIMIT " + limit)
                .param("language", language).query((rs, n) -> texts(rs)).list();
        var indicators = indicatorTitles(found.stream().map(OwnerTexts::id).toList());
        return found.stream().map(texts -> new OwnerTexts(texts.kind(), texts.id(), texts.label(), texts.address(),
                withIndicators(texts.originals(), indicators.getOrDefault(texts.id(), Map.of())), texts.mayEdit(),
                texts.changedAt())).toList();
    }

    @Override
    public long countNeedingTranslation(String language, int limit) {
        return jdbc.sql(TranslationQueries.countUpTo(where(), limit)).param("language", language).query(Long.class).single();
    }

    private static String where() {
        return " FROM programme p WHERE p.shared_with_partners = TRUE"
                + " AND " + TranslationQueries.oneOfItsCountriesReads("programme_country", "programme_id", "p.id")
                + " AND " + TranslationQueries.writtenInAnotherLanguage(TextOwnerKind.PROGRAMME, "p.id")
                + " AND (" + TranslationQueries.needsTranslation(TextOwnerKind.PROGRAMME, "p.id", COLUMNS)
                + " OR " + TranslationQueries.itemsNeedTranslation(TextOwnerKind.PROGRAMME, "p.id",
                "programme_indicator i", "i.programme_id",
                "CONCAT('" + ProgrammeChanges.Indicator.TEXT_FIELD_PREFIX + "', i.indicator_key)",
                "i.title") + ")";
    }

    /** The indicators' titles of these programmes: programme id → field → title, in the lists' order. */
    private Map<Long, Map<String, String>> indicatorTitles(List<Long> ids) {
        var result = new HashMap<Long, Map<String, String>>();
        if (ids.isEmpty()) {
            return result;
        }
        jdbc.sql("SELECT programme_id, indicator_key, title FROM programme_indicator WHERE programme_id IN (:ids)"
                        + " ORDER BY programme_id, item_no")
                .param("ids", ids)
                .query((rs, n) -> result.computeIfAbsent(rs.getLong("programme_id"), id -> new LinkedHashMap<>())
                        .put(ProgrammeChanges.Indicator.textFieldOf(rs.getInt("indicator_key")), rs.getString("title")))
                .list();
        return result;
    }

    private static Map<String, String> withIndicators(Map<String, String> originals, Map<String, String> indicators) {
        var all = new LinkedHashMap<>(originals);
        all.putAll(indicators);
        return all;
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

    private static String shortened(String text) {
        if (text == null) {
            return "";
        }
        return text.length() <= LABEL_TITLE_LENGTH ? text : text.substring(0, LABEL_TITLE_LENGTH - 1).strip() + "…";
    }
}
