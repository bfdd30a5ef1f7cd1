package ua.cooperation.portal.proposal;

/** The addresses of the proposals' pages: the list ({@code proposals}, filters in the query) and a proposal's page. */
public final class ProposalLinks {

    public static final String ROUTE = "proposals";
    public static final String QUERY_STATUS = "status";
    public static final String QUERY_COUNTRY = "country";
    /** {@code proposals?propose}: the list opens the partner's "Propose a meeting" dialog at once. */
    public static final String QUERY_PROPOSE = "propose";

    private ProposalLinks() {
    }

    public static String details(long id) {
        return ROUTE + "/" + id;
    }

    /** The open proposals, as the officers' navigation counts them. */
    public static String open() {
        return ROUTE + "?" + QUERY_STATUS + "=" + ProposalStatus.PROPOSED.name();
    }

    /** The list with the dialog open, for a partner's "Propose a meeting" elsewhere (her start page). */
    public static String propose() {
        return ROUTE + "?" + QUERY_PROPOSE;
    }
}
