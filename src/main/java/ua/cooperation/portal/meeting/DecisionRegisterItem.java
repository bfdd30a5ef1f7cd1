package ua.cooperation.portal.meeting;

import ua.cooperation.portal.base.text.LocalizedText;
import ua.cooperation.portal.partnership.CooperationArea;
import ua.cooperation.portal.programme.TargetGroup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * One row of the decision register: the decision (its text in the reader's language), its meeting, the meeting's
 * countries, the topics it is read with ({@code topicsOfMeeting}: its meeting's, having none of its own) and where its
 * follow-up stands.
 */
public record DecisionRegisterItem(long id, long meetingId, int number, LocalDate decidedOn, LocalizedText shownText,
                                   MeetingType meetingType, LocalizedText meetingTitle, Instant meetingStartsAt,
                                   Set<String> countryCodes, Set<CooperationArea> areas,
                                   Set<TargetGroup> targetGroups, boolean topicsOfMeeting, FollowUpState followUp) {
}
