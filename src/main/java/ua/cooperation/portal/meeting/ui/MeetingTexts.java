package ua.cooperation.portal.meeting.ui;

import ua.cooperation.portal.base.PortalTime;

import com.vaadin.flow.component.html.Span;
import ua.cooperation.portal.meeting.ActionItemStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates, times and badges that the meeting views share; times are shown in Europe/Kyiv. */
final class MeetingTexts {

    private MeetingTexts() {
    }

    static String date(LocalDate date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    static String dateTime(Instant instant, Locale locale) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).format(instant.atZone(PortalTime.ZONE));
    }

    static String time(Instant instant, Locale locale) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale)
                .format(instant.atZone(PortalTime.ZONE));
    }

    /** "22 вер. 2025 р., 11:00 – 12:30", the end's date left out when it is the same day. */
    static String period(Instant start, Instant end, Locale locale) {
        var startText = dateTime(start, locale);
        if (end == null) {
            return startText;
        }
        boolean sameDay = start.atZone(PortalTime.ZONE).toLocalDate()
                .equals(end.atZone(PortalTime.ZONE).toLocalDate());
        return startText + " – " + (sameDay ? time(end, locale) : dateTime(end, locale));
    }

    static LocalDateTime kyiv(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, PortalTime.ZONE);
    }

    static Instant instant(LocalDateTime kyivTime) {
        return kyivTime == null ? null : kyivTime.atZone(PortalTime.ZONE).toInstant();
    }

    /** The status badge of an action item; an overdue one says so and carries {@code portal-overdue}. */
    static Span status(ActionItemStatus status, boolean overdue) {
        var badge = new Span();
        var text = badge.getTranslation("action-item-status." + status.name());
        badge.addClassNames("portal-badge", "portal-badge-action-" + status.name().toLowerCase(Locale.ROOT));
        if (overdue) {
            text = text + " · " + badge.getTranslation("action-item.overdue");
            badge.addClassNames("portal-badge-overdue", "portal-overdue");
        }
        badge.setText(text);
        return badge;
    }

    static Span due(LocalDate dueOn, boolean overdue, Locale locale) {
        var span = new Span(date(dueOn, locale));
        if (overdue) {
            span.addClassName("portal-overdue");
        }
        return span;
    }
}
