package ua.cooperation.portal.programme;

/**
 * The addresses of the programme pages, in one place: the list's route and query parameters and a record's page.
 * Other features link here (the dashboard, search, meetings), so the strings are not rebuilt by hand in each.
 */
public final class ProgrammeLinks {

    /** The list's route; a record's page is {@code programmes/<id>}. */
    public static final String ROUTE = "programmes";
    public static final String QUERY_COUNTRY = "country";
    public static final String QUERY_APPROVAL = "approval";
    public static final String QUERY_AWAITING = "awaiting";
    public static final String QUERY_STATUS = "status";
    public static final String QUERY_SECTOR = "sector";

    private ProgrammeLinks() {
    }

    /** One programme's page. */
    public static String details(long id) {
        return ROUTE + "/" + id;
    }

    /** The list of the programmes that concern one partner country. */
    public static String ofCountry(String countryCode) {
        return ROUTE + "?" + QUERY_COUNTRY + "=" + countryCode;
    }

    /** The list of the programmes in one approval state ({@link ApprovalState} name). */
    public static String withApproval(ApprovalState state) {
        return ROUTE + "?" + QUERY_APPROVAL + "=" + state.name();
    }

    /** The list of the programmes in one IATI activity status ({@link ActivityStatus} name). */
    public static String withStatus(String status) {
        return ROUTE + "?" + QUERY_STATUS + "=" + status;
    }

    /** The list of the programmes of one sector ({@link Sector} name). */
    public static String withSector(String sector) {
        return ROUTE + "?" + QUERY_SECTOR + "=" + sector;
    }
}
