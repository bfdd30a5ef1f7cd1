package ua.cooperation.portal.meeting;

import ua.cooperation.portal.base.text.LocalizedText;
import java.time.Instant;
import java.util.Set;

/**
 * One row of the meetings list or the calendar. {@code title} is the original; {@code shownTitle} the title in the
 * reader's language when the list was asked for one (ADR 0040), else the original.
 */
public record MeetingListItem(long id, MeetingType type, String title, Instant startsAt, Instant endsAt, String place,
                              Set<String> countryCodes, boolean sharedWithPartners, LocalizedText shownTitle) {
}
