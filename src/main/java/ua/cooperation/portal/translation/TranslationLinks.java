package ua.cooperation.portal.translation;

/** The addresses of the translation pages: the work list and one record's translations. */
public final class TranslationLinks {

    public static final String ROUTE = "translations";
    public static final String QUERY_LANGUAGE = "language";

    private TranslationLinks() {
    }

    /** The translation page of a record, e.g. {@code translations/meeting/1}. */
    public static String of(TextOwnerKind kind, long id) {
        return ROUTE + "/" + kind.slug() + "/" + id;
    }

    /** The translation page of a record, opened at {@code language}. */
    public static String of(TextOwnerKind kind, long id, String language) {
        return of(kind, id) + "?" + QUERY_LANGUAGE + "=" + language;
    }

    /** The work list for one language. */
    public static String workList(String language) {
        return ROUTE + "?" + QUERY_LANGUAGE + "=" + language;
    }
}
