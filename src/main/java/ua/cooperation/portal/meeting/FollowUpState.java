package ua.cooperation.portal.meeting;

/**
 * Where the follow-up of a decision stands, derived from its action items: none recorded; open (items open, none past
 * its due date); overdue (an open item due before today in Kyiv); done (every item done or cancelled).
 */
public enum FollowUpState {
    NONE, OPEN, OVERDUE, DONE;

    /** The state of a decision with {@code items} action items, {@code open} of them open, {@code overdue} late. */
    static FollowUpState of(long items, long open, long overdue) {
        if (items == 0) {
            return NONE;
        }
        if (overdue > 0) {
            return OVERDUE;
        }
        return open > 0 ? OPEN : DONE;
    }
}
