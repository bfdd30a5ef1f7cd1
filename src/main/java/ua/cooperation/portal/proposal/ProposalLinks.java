package ua.cooperation.portal.proposal;

/** The addresses of the proposals' pages: the list ({@code proposals}, filters in the query) and a proposal's page. */
public final class ProposalLinks {

    public static final String ROUTE = "proposals";
    public static final String QUERY_STATUS = "status";
    public static final String QUERY_COUNTRY = "country";

    private ProposalLinks() {
    }

    public static String details(long id) {
        return ROUTE + "/" + id;
    }

    /** The open proposals, as the officers' navigation counts them. */
    public static String open() {
        return ROUTE + "?" + QUERY_STATUS + "=" + ProposalStatus.PROPOSED.name();
    }
}
