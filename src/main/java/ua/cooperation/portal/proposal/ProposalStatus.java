package ua.cooperation.portal.proposal;

/** Where a partner's proposal stands: open until an officer accepts or declines it, or she withdraws it. */
public enum ProposalStatus {
    PROPOSED, ACCEPTED, DECLINED, WITHDRAWN
}
