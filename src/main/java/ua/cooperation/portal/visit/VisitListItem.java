package ua.cooperation.portal.visit;

import ua.cooperation.portal.base.text.LocalizedText;

import java.time.LocalDate;

/** One row of the visits list, the calendar, a country's or an organisation's page; the title in the reader's language. */
public record VisitListItem(long id, VisitDirection direction, String title, LocalDate startsOn, LocalDate endsOn,
                            String hostCountryCode, String city, VisitState state, boolean sharedWithPartners,
                            LocalizedText shownTitle) {
}
