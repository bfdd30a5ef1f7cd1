package ua.cooperation.portal.meeting;

import java.time.LocalDate;

/** One decision of a meeting. */
public record DecisionItem(long id, long version, long meetingId, int number, String text, LocalDate decidedOn,
                           LocalDate effectiveFrom) {

    public DecisionChanges toChanges() {
        return new DecisionChanges(id, version, text, decidedOn, effectiveFrom);
    }
}
