package ua.cooperation.portal.meeting;

import java.util.Set;

/**
 * Published (synchronously, inside the saving transaction) when a partner proposed an agenda point for a meeting, or the
 * office accepted or answered one (issue 21).
 *
 * @param proposerId        the account that proposed the point: told of the office's answer
 * @param responsibleUserId the meeting's responsible officer (null: none): told of a new point
 * @param countryCodes      the meeting's countries, with {@code sharedWithPartners}: who of the partners may know
 */
public record AgendaPointChanged(long agendaPointId, long meetingId, Change change, long proposerId,
                                 Long responsibleUserId, Set<String> countryCodes, boolean sharedWithPartners) {

    public AgendaPointChanged {
        countryCodes = Set.copyOf(countryCodes);
    }

    /** What happened to the point. */
    public enum Change {
        PROPOSED,
        ACCEPTED,
        ANSWERED
    }
}
