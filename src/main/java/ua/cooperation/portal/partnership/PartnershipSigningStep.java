package ua.cooperation.portal.partnership;

import ua.cooperation.portal.base.Remark;

/**
 * Published (synchronously, inside the transaction of the step) when an officer asked the heads to confirm a
 * partnership's signing, or a head confirmed or returned it.
 *
 * @param remark     the note written with the step (null: none)
 * @param proposedBy the user name of the officer who asked for the confirmation
 */
public record PartnershipSigningStep(long partnershipId, Step step, Remark remark, String proposedBy,
                                     String countryCode, boolean sharedWithPartners) {

    public enum Step {
        AWAITING_CONFIRMATION, CONFIRMED, RETURNED
    }
}
