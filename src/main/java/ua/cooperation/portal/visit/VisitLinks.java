package ua.cooperation.portal.visit;

/** The addresses of the visit pages: the list's route and query parameters and a visit's page. */
public final class VisitLinks {

    public static final String ROUTE = "visits";
    public static final String QUERY_TEXT = "q";
    public static final String QUERY_DIRECTION = "direction";
    public static final String QUERY_COUNTRY = "country";
    public static final String QUERY_FROM = "from";
    public static final String QUERY_TO = "to";
    public static final String QUERY_AREA = "area";
    public static final String QUERY_TARGET_GROUP = "group";
    public static final String QUERY_ORGANISATION = "organisation";

    private VisitLinks() {
    }

    public static String details(long id) {
        return ROUTE + "/" + id;
    }

    public static String ofCountry(String countryCode) {
        return ROUTE + "?" + QUERY_COUNTRY + "=" + countryCode;
    }

    public static String ofOrganisation(long organisationId) {
        return ROUTE + "?" + QUERY_ORGANISATION + "=" + organisationId;
    }
}
