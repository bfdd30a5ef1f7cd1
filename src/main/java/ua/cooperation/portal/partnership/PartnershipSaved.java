package ua.cooperation.portal.partnership;

/**
 * Published (synchronously, inside the saving transaction, after the flush) when a partnership has been recorded, its
 * fields changed or its status moved, for readers across features (notifications); the partnership feature does not
 * know who listens.
 *
 * @param created     a new partnership
 * @param newlyShared shared with partners by this save (it was not before, or is new)
 */
public record PartnershipSaved(long partnershipId, boolean created, String countryCode, boolean sharedWithPartners,
                               boolean newlyShared) {
}
