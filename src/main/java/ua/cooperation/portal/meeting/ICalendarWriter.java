package ua.cooperation.portal.meeting;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Language;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import ua.cooperation.portal.base.CalendarEntry;
import ua.cooperation.portal.base.text.LocalizedText;

/**
 * Writes meetings as an iCalendar (RFC 5545) text: one VEVENT per meeting with a stable UID, a SEQUENCE that is the
 * meeting's version (a changed meeting's file or message replaces the earlier one), DTSTART/DTEND in UTC,
 * title, place or online link and the agenda (never the internal notes). Callers pass only meetings the reader may see.
 */
public final class ICalendarWriter {

    static final String PRODUCT_ID = "-//Cooperation Portal//Meetings//UK";

    private ICalendarWriter() {
    }

    static String write(List<Meeting> meetings, String calendarName, Instant stamp) {
        return write(meetings, calendarName, stamp, Map.of(), Map.of());
    }

    /**
     * As {@link #write(List, String, Instant)}, with each meeting's title and agenda in the reader's language where
     * {@code titles} and {@code agendas} have them (ADR 0040); the text's language is the property's LANGUAGE.
     */
    static String write(List<Meeting> meetings, String calendarName, Instant stamp, Map<Long, LocalizedText> titles,
                        Map<Long, LocalizedText> agendas) {
        return write(meetings, List.of(), calendarName, stamp, titles, agendas);
    }

    /**
     * Entries of other record kinds as an iCalendar text (a visit's own file, issue 22); all-day entries are written
     * as dates with an exclusive end ({@code DTSTART;VALUE=DATE}, {@code DTEND} the day after the last).
     */
    public static String writeEntries(List<CalendarEntry> entries, Instant stamp) {
        return write(List.of(), entries, null, stamp, Map.of(), Map.of());
    }

    static String write(List<Meeting> meetings, List<CalendarEntry> entries, String calendarName, Instant stamp,
                        Map<Long, LocalizedText> titles, Map<Long, LocalizedText> agendas) {
        var calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT_ID));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        if (calendarName != null) {
            calendar.add(new XProperty("X-WR-CALNAME", calendarName));
        }
        for (var meeting : meetings) {
            calendar.add(event(meeting, stamp, titles.get(meeting.getId()), agendas.get(meeting.getId())));
        }
        for (var entry : entries) {
            calendar.add(event(entry, stamp));
        }
        var out = new StringWriter();
        try {
            // validation off: an empty feed (no VEVENT) is a valid answer for a user who sees no meetings
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static <P extends Property> P inLanguage(P property, LocalizedText text) {
        if (text != null && text.language() != null) {
            property.add(new Language(text.language()));
        }
        return property;
    }

    static String uid(long meetingId) {
        return "meeting-" + meetingId + "@cooperation-portal";
    }

    private static VEvent event(CalendarEntry entry, Instant stamp) {
        var event = new VEvent(false);
        event.add(new Uid(entry.uid()));
        event.add(new DtStamp(stamp));
        event.add(new Sequence((int) Math.min(Integer.MAX_VALUE, entry.sequence())));
        if (entry.isAllDay()) {
            event.add(new DtStart<>(entry.firstDay()));
            event.add(new DtEnd<>(entry.lastDay().plusDays(1)));
        } else {
            event.add(new DtStart<>(entry.startsAt()));
            event.add(new DtEnd<>(entry.endsAt()));
        }
        var title = entry.language() == null ? null : LocalizedText.original(entry.title(), entry.language());
        event.add(inLanguage(new Summary(entry.title()), title));
        if (entry.updatedAt() != null) {
            event.add(new LastModified(entry.updatedAt()));
        }
        if (entry.location() != null) {
            event.add(new Location(entry.location()));
        }
        if (entry.description() != null) {
            event.add(new Description(entry.description()));
        }
        return event;
    }

    private static VEvent event(Meeting meeting, Instant stamp, LocalizedText title, LocalizedText agenda) {
        var event = new VEvent(false);
        event.add(new Uid(uid(meeting.getId())));
        event.add(new DtStamp(stamp));
        // every saved change raises the version: a calendar that holds the meeting replaces it with the newer one
        event.add(new Sequence((int) Math.min(Integer.MAX_VALUE, meeting.getVersion())));
        event.add(new DtStart<>(meeting.getStartsAt()));
        event.add(new DtEnd<>(meeting.getEndsAt()));
        event.add(inLanguage(new Summary(title == null ? meeting.getTitle() : title.text()), title));
        if (meeting.getUpdatedAt() != null) {
            event.add(new LastModified(meeting.getUpdatedAt()));
        }
        var where = meeting.getPlace() != null ? meeting.getPlace() : meeting.getOnlineLink();
        if (where != null) {
            event.add(new Location(where));
        }
        if (meeting.getOnlineLink() != null && MeetingService.isHttpsUrl(meeting.getOnlineLink())) {
            event.add(new Url(URI.create(meeting.getOnlineLink().strip())));
        }
        if (meeting.getAgenda() != null) {
            event.add(inLanguage(new Description(agenda == null ? meeting.getAgenda() : agenda.text()), agenda));
        }
        return event;
    }
}
