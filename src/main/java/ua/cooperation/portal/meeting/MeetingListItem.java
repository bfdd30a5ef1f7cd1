package ua.cooperation.portal.meeting;

import java.time.Instant;
import java.util.Set;

/** One row of the meetings list or the calendar. */
public record MeetingListItem(long id, MeetingType type, String title, Instant startsAt, Instant endsAt, String place,
                              Set<String> countryCodes, boolean sharedWithPartners) {
}
