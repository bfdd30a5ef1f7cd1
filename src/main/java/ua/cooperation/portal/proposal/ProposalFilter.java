package ua.cooperation.portal.proposal;

/** The list's filters: a status and a country, each {@code null} for all. */
public record ProposalFilter(ProposalStatus status, String countryCode) {

    public static ProposalFilter none() {
        return new ProposalFilter(null, null);
    }
}
