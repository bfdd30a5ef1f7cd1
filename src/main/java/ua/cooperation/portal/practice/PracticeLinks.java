package ua.cooperation.portal.practice;

/** The addresses of the practice pages: the list's route and query parameters, and a record's page. */
public final class PracticeLinks {

    /** The list's route; a record's page is {@code practices/<id>}. */
    public static final String ROUTE = "practices";
    public static final String QUERY_COUNTRY = "country";
    public static final String QUERY_STATUS = "status";
    public static final String QUERY_AREA = "area";
    public static final String QUERY_TARGET_GROUP = "group";
    public static final String QUERY_DIRECTION = "direction";
    public static final String QUERY_TEXT = "q";
    /** Opens the "new practice" dialog with this meeting as the source (for a meeting's page to link to). */
    public static final String QUERY_FROM_MEETING = "from-meeting";
    /** The practices of one source visit. */
    public static final String QUERY_VISIT = "visit";
    /** Opens the "new practice" dialog with this visit as the source (for a visit's page to link to). */
    public static final String QUERY_FROM_VISIT = "from-visit";

    private PracticeLinks() {
    }

    /** One practice's page. */
    public static String details(long id) {
        return ROUTE + "/" + id;
    }

    /** The list with the "new practice" dialog open, its source the meeting {@code meetingId}. */
    public static String fromMeeting(long meetingId) {
        return ROUTE + "?" + QUERY_FROM_MEETING + "=" + meetingId;
    }

    /**
     * The list with the "new practice" dialog open, its source the visit {@code visitId}, its country the visit's
     * host country and its areas and target groups the visit's.
     */
    public static String fromVisit(long visitId) {
        return ROUTE + "?" + QUERY_FROM_VISIT + "=" + visitId;
    }

    /** The list of the practices learnt on or shared at one visit. */
    public static String ofVisit(long visitId) {
        return ROUTE + "?" + QUERY_VISIT + "=" + visitId;
    }

    /** The list of one country's practices. */
    public static String ofCountry(String countryCode) {
        return ROUTE + "?" + QUERY_COUNTRY + "=" + countryCode;
    }
}
