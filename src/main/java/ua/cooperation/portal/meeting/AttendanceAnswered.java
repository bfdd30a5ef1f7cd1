package ua.cooperation.portal.meeting;

import java.util.Set;

/**
 * Published (synchronously, inside the saving transaction) when an invited user answered whether she attends a meeting,
 * or changed her answer (issue 21).
 *
 * @param responsibleUserId the meeting's responsible officer (null: none): told of the answer
 */
public record AttendanceAnswered(long meetingId, long userId, AttendanceAnswer answer, Long responsibleUserId,
                                 Set<String> countryCodes, boolean sharedWithPartners) {

    public AttendanceAnswered {
        countryCodes = Set.copyOf(countryCodes);
    }
}
