package ua.cooperation.portal.visit;

import java.time.LocalDate;

/** Where a visit stands today, derived from its days (Kyiv). */
public enum VisitState {
    UPCOMING, ONGOING, PAST;

    public static VisitState of(LocalDate startsOn, LocalDate endsOn, LocalDate today) {
        if (today.isBefore(startsOn)) {
            return UPCOMING;
        }
        return today.isAfter(endsOn) ? PAST : ONGOING;
    }
}
