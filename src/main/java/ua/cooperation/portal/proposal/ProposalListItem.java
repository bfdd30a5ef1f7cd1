package ua.cooperation.portal.proposal;

import ua.cooperation.portal.meeting.MeetingType;

import java.time.Instant;

/**
 * One row of the proposals list. {@code proposer} is the proposing account's name as the reader may read it ({@code
 * null}: the office); {@code firstOption} the start of the first date offered.
 */
public record ProposalListItem(long id, ProposalStatus status, MeetingType type, String title, String countryCode,
                               String proposer, Instant createdAt, Instant firstOption) {
}
