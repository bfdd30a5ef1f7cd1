package ua.cooperation.portal.proposal;

import ua.cooperation.portal.meeting.MeetingType;
import ua.cooperation.portal.security.Permissions;

import java.time.Instant;
import java.util.List;

/**
 * One proposal as its page shows it. Names are as the reader may read them ({@code null}: the office, for a staff
 * member named to a partner). {@code meetingId} is the meeting it became, only while the reader may open it.
 * {@code mayDecide}: the reader may accept or decline it now; {@code mayWithdraw}: she may withdraw it now.
 */
public record ProposalDetails(long id, long version, ProposalStatus status, MeetingType type, String title,
                              String description, List<DateOption> options, String place, String onlineLink,
                              String participants, String countryCode, String proposer, Instant createdAt,
                              String decidedBy, Instant decidedAt, String declineReason, Long meetingId,
                              List<Step> history, Permissions permissions, boolean mayDecide, boolean mayWithdraw) {

    /** One step of its history: what happened, when, and by whom (as the reader may read the name). */
    public record Step(ProposalStatus status, Instant at, String by) {
    }
}
