package ua.cooperation.portal.partnership;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a partnership stands. The allowed moves are listed here and nowhere else; moving to {@link #SIGNED} is never a
 * plain move: an officer proposes it with the agreement and the signed date, and a head confirms it.
 */
public enum PartnershipStatus {
    PROPOSED,
    NEGOTIATING,
    SIGNED,
    ACTIVE,
    DORMANT,
    TERMINATED;

    /** The statuses this one may move to (SIGNED only through the head's confirmation). */
    public Set<PartnershipStatus> next() {
        return switch (this) {
            case PROPOSED -> EnumSet.of(NEGOTIATING, SIGNED, TERMINATED);
            case NEGOTIATING -> EnumSet.of(PROPOSED, SIGNED, TERMINATED);
            case SIGNED -> EnumSet.of(ACTIVE, TERMINATED);
            case ACTIVE -> EnumSet.of(DORMANT, TERMINATED);
            case DORMANT -> EnumSet.of(ACTIVE, TERMINATED);
            case TERMINATED -> EnumSet.noneOf(PartnershipStatus.class);
        };
    }

    public boolean mayMoveTo(PartnershipStatus target) {
        return next().contains(target);
    }

    /** Whether signing can be proposed from here. */
    public boolean beforeSigning() {
        return this == PROPOSED || this == NEGOTIATING;
    }

    /** Whether the partnership has an agreement in force or had one (health and expiry reminders apply). */
    public boolean underAgreement() {
        return this == SIGNED || this == ACTIVE || this == DORMANT;
    }
}
