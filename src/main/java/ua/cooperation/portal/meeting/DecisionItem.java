package ua.cooperation.portal.meeting;

import ua.cooperation.portal.base.text.LocalizedText;
import java.time.LocalDate;

/**
 * One decision of a meeting. {@code text} is the original (what the dialog edits), {@code shownText} the text in the
 * reader's language (ADR 0040).
 */
public record DecisionItem(long id, long version, long meetingId, int number, String text, LocalDate decidedOn,
                           LocalDate effectiveFrom, LocalizedText shownText) {

    public DecisionChanges toChanges() {
        return new DecisionChanges(id, version, text, decidedOn, effectiveFrom);
    }
}
