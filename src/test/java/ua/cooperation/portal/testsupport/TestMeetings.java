package ua.cooperation.portal.testsupport;

import ua.cooperation.portal.meeting.MeetingChanges;
import ua.cooperation.portal.meeting.MeetingService;
import ua.cooperation.portal.meeting.MeetingType;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Set;

/**
 * Meetings for tests that need a record of their own (the tests share one database). The demo meetings are
 * {@link #SHARED_WITH_LITHUANIA} (shared with the Lithuanian embassy) and two internal ones.
 */
public final class TestMeetings {

    /** Demo meeting 1: the 22 September 2025 embassy meeting, LT, shared with partners. */
    public static final long SHARED_WITH_LITHUANIA = 1;
    /** Demo meeting 2: the April 2025 Ministry of Defence working visit, UA, internal. */
    public static final long INTERNAL = 2;
    /** No meeting has this id. */
    public static final long MISSING = 999_999_999L;

    private TestMeetings() {
    }

    /** A new internal (not shared) Ukrainian meeting; call it signed in as an officer. */
    public static long newInternalMeeting(MeetingService meetings, String title) {
        var start = Instant.parse("2025-06-02T07:00:00Z");
        return meetings.create(new MeetingChanges(null, 0, MeetingType.WORKING_VISIT, title, start,
                start.plus(2, ChronoUnit.HOURS), "Дніпро", null, Set.of("UA"), Set.of(), Set.of(), Set.of(), null,
                null, null, false), Locale.forLanguageTag("uk")).id();
    }
}
