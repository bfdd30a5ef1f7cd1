package ua.cooperation.portal.partnership;

/**
 * The addresses of the partnership pages, in one place: the list's route and query parameters and a record's page.
 * Other features link here (reminders, dashboards, the registry), so the strings are not rebuilt by hand in each.
 */
public final class PartnershipLinks {

    /** The list's route; a record's page is {@code partnerships/<id>}. */
    public static final String ROUTE = "partnerships";
    public static final String QUERY_COUNTRY = "country";
    public static final String QUERY_STATUS = "status";
    public static final String QUERY_AWAITING = "awaiting";
    public static final String QUERY_MUNICIPALITY = "municipality";
    public static final String QUERY_ORGANISATION = "organisation";
    public static final String QUERY_KIND = "kind";

    private PartnershipLinks() {
    }

    /** One partnership's page. */
    public static String details(long id) {
        return ROUTE + "/" + id;
    }

    /** The list of one country's partnerships. */
    public static String ofCountry(String countryCode) {
        return ROUTE + "?" + QUERY_COUNTRY + "=" + countryCode;
    }

    /** The list of the partnerships of one municipality (either side). */
    public static String ofMunicipality(long municipalityId) {
        return ROUTE + "?" + QUERY_MUNICIPALITY + "=" + municipalityId;
    }

    /** The list of the partnerships naming one registry organisation (the partner or the Ukrainian institution). */
    public static String ofOrganisation(long organisationId) {
        return ROUTE + "?" + QUERY_ORGANISATION + "=" + organisationId;
    }

    /** The list of the partnerships of one kind (inter-municipal or between institutions). */
    public static String ofKind(PartnershipKind kind) {
        return ROUTE + "?" + QUERY_KIND + "=" + kind.name();
    }

    /** The list of the partnerships in one status. */
    public static String withStatus(String status) {
        return ROUTE + "?" + QUERY_STATUS + "=" + status;
    }

    /** The signings awaiting a head's confirmation. */
    public static String awaitingConfirmation() {
        return ROUTE + "?" + QUERY_AWAITING + "=true";
    }
}
