package ua.cooperation.portal.meeting;

import java.util.Set;

/**
 * Published (synchronously, inside the saving transaction, after the flush) when a meeting has been recorded or
 * changed, so that readers across features (notifications) can follow; the meeting feature does not know who listens.
 * The scope facts travel with the event, so that a listener decides a liaison's right to know once per event.
 *
 * @param created             a new meeting (its responsible officer recorded it)
 * @param newlyShared         shared with partners by this save (it was not before, or is new)
 * @param sharedDetailsChanged a meeting shared before and after whose time, place, title, agenda or minutes changed
 */
public record MeetingSaved(long meetingId, boolean created, Set<String> countryCodes, boolean sharedWithPartners,
                           boolean newlyShared, boolean sharedDetailsChanged) {

    public MeetingSaved {
        countryCodes = Set.copyOf(countryCodes);
    }
}
