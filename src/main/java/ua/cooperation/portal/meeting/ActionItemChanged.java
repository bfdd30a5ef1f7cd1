package ua.cooperation.portal.meeting;

import java.util.Set;

/**
 * Published (synchronously, inside the saving transaction) when an action item changed in a way its owner or its
 * meeting's responsible officer should hear of. One event per save, of its most telling change.
 *
 * @param ownerUserId       the portal user who owns the item now (null: a registry person or nobody)
 * @param responsibleUserId the meeting's responsible officer (null: none)
 * @param countryCodes      the meeting's countries, with {@code sharedWithPartners}: who of the partners may know
 */
public record ActionItemChanged(long actionItemId, long meetingId, Change change, Long ownerUserId,
                                Long responsibleUserId, Set<String> countryCodes, boolean sharedWithPartners) {

    public ActionItemChanged {
        countryCodes = Set.copyOf(countryCodes);
    }

    /** What happened to the item, most telling first. */
    public enum Change {
        /** given to a new owner (a new item with an owner, or another owner) */
        ASSIGNED,
        DONE,
        CANCELLED,
        DUE_MOVED,
        /** the owner moved its status or wrote its completion note */
        UPDATED_BY_OWNER
    }
}
