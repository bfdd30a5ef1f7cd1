package ua.cooperation.portal.programme;

import ua.cooperation.portal.base.text.LocalizedText;

import java.time.LocalDate;
import java.util.Set;

/**
 * One row of the programmes list; {@code title} is in the reader's language, else the original marked with its
 * language (ADR 0040), else the identifier.
 */
public record ProgrammeListItem(long id, String identifier, LocalizedText title, Set<String> countryCodes,
                                ActivityStatus activityStatus, ApprovalState approval, LocalDate plannedStart,
                                LocalDate plannedEnd) {
}
