package ua.cooperation.portal.base;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A feature whose records appear in the personal calendar feed beside the meetings, as a bean the feed collects, so
 * that the feed's feature need not know it (visits, issue 22). Read as the current user: only what she may see.
 */
public interface CalendarEntrySource {

    /** The entries the current user may see that end on or after {@code since}, at most {@code limit}, by start. */
    List<CalendarEntry> entriesSince(LocalDate since, int limit, Locale language);
}
