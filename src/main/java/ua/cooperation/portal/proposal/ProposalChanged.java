package ua.cooperation.portal.proposal;

import ua.cooperation.portal.base.Remark;

/**
 * A proposal was made, accepted, declined or withdrawn, published inside the change's transaction (ADR 0041) with its
 * scope facts: its country (a proposal is visible to its country's partners) and the proposing account.
 * {@code otherDate}: accepted with a date she did not offer; {@code remark}: the reason of a decline, for her.
 */
public record ProposalChanged(long proposalId, ProposalStatus status, String countryCode, long proposerId,
                              boolean otherDate, Remark remark) {
}
