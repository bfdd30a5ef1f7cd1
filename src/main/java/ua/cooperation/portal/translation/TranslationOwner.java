package ua.cooperation.portal.translation;

import java.util.List;
import java.util.Optional;

/**
 * A feature whose records carry translations: it names their texts and reads them through its own service, so
 * that its scope and access policy decide who may see or translate which record. One bean per {@link TextOwnerKind}.
 */
public interface TranslationOwner {

    TextOwnerKind kind();

    /** The translatable texts every record of the kind has, in the order the translation page shows them. */
    List<Translatable> texts();

    /**
     * The translatable texts of one record as {@link #find} or {@link #needingTranslation} gave it, in the order the
     * translation page shows them: the kind's {@link #texts()}, and for a record that holds a list of texts (a
     * programme's indicators) one more per item, each under a field name that stays the item's while it exists
     * ({@code indicator.<key>}) and that {@code record.originals()} holds too. The translation page, its saves and the
     * work list ask this, so a translation is attached to the item, not to its position.
     */
    default List<Translatable> texts(OwnerTexts record) {
        return texts();
    }

    /** The record's originals as the signed-in user may see them; empty when out of her scope or missing. */
    Optional<OwnerTexts> find(long id);

    /**
     * The records shared with the partners who read {@code language} (their country's partner language) with a
     * non-empty text that has no current translation into it, most recently changed first, at most {@code limit}.
     * The feature filters in its query ({@link TranslationStore#needsTranslation}) so that the list stays short.
     */
    List<OwnerTexts> needingTranslation(String language, int limit);

    /**
     * How many records {@link #needingTranslation} would list without a limit, counted up to {@code limit + 1}
     * ({@link TranslationQueries#countUpTo}): a larger answer means "more than {@code limit}".
     */
    long countNeedingTranslation(String language, int limit);

    /**
     * The languages of {@code all} (the content languages, Ukrainian first) these texts are translated into, in
     * that order: all of them, unless the feature keeps some language in a column of its own (an organisation's
     * English name), where a translation would compete with that column.
     */
    default List<String> languages(List<String> all) {
        return all;
    }
}
