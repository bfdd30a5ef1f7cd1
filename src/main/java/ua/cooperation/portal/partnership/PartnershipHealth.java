package ua.cooperation.portal.partnership;

import java.time.LocalDate;

/**
 * A simple signal of how alive a partnership is, from its last contact: {@link #ACTIVE} within six months,
 * {@link #QUIET_6_MONTHS} within twelve, {@link #QUIET_12_MONTHS} beyond. Ended partnerships have none.
 */
public enum PartnershipHealth {
    ACTIVE,
    QUIET_6_MONTHS,
    QUIET_12_MONTHS,
    NONE;

    static PartnershipHealth of(PartnershipStatus status, LocalDate lastContact, LocalDate today) {
        if (status == PartnershipStatus.TERMINATED || lastContact == null) {
            return NONE;
        }
        if (lastContact.isAfter(today.minusMonths(6))) {
            return ACTIVE;
        }
        return lastContact.isAfter(today.minusMonths(12)) ? QUIET_6_MONTHS : QUIET_12_MONTHS;
    }
}
