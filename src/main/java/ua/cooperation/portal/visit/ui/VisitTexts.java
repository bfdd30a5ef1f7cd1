package ua.cooperation.portal.visit.ui;

import ua.cooperation.portal.base.PortalTime;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates and times of visits as the pages show them (Kyiv). */
final class VisitTexts {

    private VisitTexts() {
    }

    static String date(LocalDate date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    static String period(LocalDate from, LocalDate to, Locale locale) {
        return from.equals(to) ? date(from, locale) : date(from, locale) + " – " + date(to, locale);
    }

    static String time(Instant instant, Locale locale) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale)
                .format(instant.atZone(PortalTime.ZONE));
    }

    static String dateTime(Instant instant, Locale locale) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).format(instant.atZone(PortalTime.ZONE));
    }
}
