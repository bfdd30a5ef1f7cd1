package ua.cooperation.portal.programme;

import ua.cooperation.portal.base.Remark;

import java.util.Set;

/**
 * Published (synchronously, inside the transaction of the step) when a programme's approval moved: submitted by an
 * officer, approved or returned by a head, or taken back to draft for a revision.
 *
 * @param to          the state it moved to
 * @param remark      the comment written with the step (null: none)
 * @param submittedBy the user name of the officer who last submitted it (null: never submitted)
 */
public record ProgrammeApprovalChanged(long programmeId, ApprovalState to, Remark remark, String submittedBy,
                                       Set<String> countryCodes, boolean sharedWithPartners) {

    public ProgrammeApprovalChanged {
        countryCodes = Set.copyOf(countryCodes);
    }
}
