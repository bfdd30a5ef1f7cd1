package ua.cooperation.portal.translation;

/**
 * The kinds of record whose texts partners read and that therefore carry translations. The name is stored in
 * {@code content_translation.owner_kind}; the lower-case, dashed form is the address segment of the translation page.
 */
public enum TextOwnerKind {
    MEETING, DECISION, ACTION_ITEM, PARTNERSHIP, PROGRAMME, DOCUMENT, COUNTRY, ORGANISATION,
    /** a partner's proposal of a meeting (issue 21): a subject of notifications, no translated texts yet */
    PROPOSAL,
    /** a practice learnt from a partner or shared with one (issue 22): its title and description */
    PRACTICE,
    /** a visit of a delegation (issue 22): its title, purpose and report */
    VISIT;

    public String slug() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public static java.util.Optional<TextOwnerKind> ofSlug(String slug) {
        for (var kind : values()) {
            if (kind.slug().equals(slug)) {
                return java.util.Optional.of(kind);
            }
        }
        return java.util.Optional.empty();
    }
}
