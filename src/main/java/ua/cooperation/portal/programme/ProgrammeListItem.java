package ua.cooperation.portal.programme;

import java.time.LocalDate;
import java.util.Set;

/** One row of the programmes list; {@code title} is in the reader's language, falling back to another one. */
public record ProgrammeListItem(long id, String identifier, String title, Set<String> countryCodes,
                                ActivityStatus activityStatus, ApprovalState approval, LocalDate plannedStart,
                                LocalDate plannedEnd) {
}
