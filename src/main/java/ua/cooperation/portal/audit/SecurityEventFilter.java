package ua.cooperation.portal.audit;

import java.time.LocalDate;

/** Filter of the audit view: user name (part of it), event type, and a period of days (Kyiv time). Nulls do not filter. */
public record SecurityEventFilter(String username, SecurityEventType type, LocalDate from, LocalDate to) {

    public static SecurityEventFilter none() {
        return new SecurityEventFilter(null, null, null, null);
    }
}
