package ua.cooperation.portal.meeting;

import ua.cooperation.portal.base.text.LocalizedText;
import java.time.LocalDate;

/**
 * One action item as lists show it: with its meeting's title, its decision's number, its owner's name and whether it
 * is overdue today (Europe/Kyiv). {@code mine} says whether the reader owns it (and so may update its status).
 */
public record ActionItemView(long id, long version, long meetingId, String meetingTitle, Long decisionId,
                             Integer decisionNumber, String title, Long ownerUserId, Long ownerPersonId,
                             String ownerName, LocalDate dueOn, ActionItemStatus status, String completionNote,
                             Long partnershipId, String countryCode, boolean overdue, boolean mine,
                             LocalizedText shownTitle, LocalizedText shownCompletionNote) {

    public ActionItemChanges toChanges() {
        return new ActionItemChanges(id, version, meetingId, decisionId, title, ownerUserId, ownerPersonId, dueOn,
                status, completionNote, partnershipId, countryCode);
    }
}
