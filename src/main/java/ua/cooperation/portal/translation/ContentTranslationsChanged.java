package ua.cooperation.portal.translation;

/**
 * The translations of a record changed (published in the transaction that stores them), so that what is derived from
 * its texts, such as the search index, follows.
 */
public record ContentTranslationsChanged(TextOwnerKind kind, long id) {
}
