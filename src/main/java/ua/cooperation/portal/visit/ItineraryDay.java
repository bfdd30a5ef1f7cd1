package ua.cooperation.portal.visit;

import ua.cooperation.portal.base.text.LocalizedText;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One day of a visit's programme with its meetings by start (Kyiv days); a day without meetings has none. */
public record ItineraryDay(LocalDate day, List<Entry> meetings) {

    /** A meeting of the day; {@code overlaps}: it overlaps another meeting of the programme in time. */
    public record Entry(long meetingId, LocalizedText title, Instant startsAt, Instant endsAt, String place,
                        boolean overlaps) {
    }
}
