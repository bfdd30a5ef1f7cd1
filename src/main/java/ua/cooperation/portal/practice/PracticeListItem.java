package ua.cooperation.portal.practice;

import ua.cooperation.portal.base.text.LocalizedText;
import ua.cooperation.portal.partnership.CooperationArea;
import ua.cooperation.portal.programme.TargetGroup;

import java.time.LocalDate;
import java.util.Set;

/**
 * One row of the practices list, of an export and of the country briefing: {@code title} in the reader's language
 * (ADR 0040), the organisation of origin's name (null when none), the status and the day it took effect.
 */
public record PracticeListItem(long id, LocalizedText title, PracticeDirection direction, String countryCode,
                               String organisationName, PracticeStatus status, LocalDate statusSince,
                               Set<CooperationArea> areas, Set<TargetGroup> targetGroups, boolean sharedWithPartners) {
}
