package ua.cooperation.portal.meeting;

import ua.cooperation.portal.partnership.CooperationArea;
import ua.cooperation.portal.programme.TargetGroup;
import java.util.Set;

import ua.cooperation.portal.base.text.LocalizedText;
import java.time.LocalDate;

/**
 * One decision of a meeting. {@code text} is the original (what the dialog edits), {@code shownText} the text in the
 * reader's language (ADR 0040).
 */
public record DecisionItem(long id, long version, long meetingId, int number, String text, LocalDate decidedOn,
                           LocalDate effectiveFrom, LocalizedText shownText, Set<CooperationArea> areas,
                           Set<TargetGroup> targetGroups) {

    public DecisionItem {
        areas = areas == null ? Set.of() : Set.copyOf(areas);
        targetGroups = targetGroups == null ? Set.of() : Set.copyOf(targetGroups);
    }

    /** A decision without topics of its own (read with its meeting's). */
    public DecisionItem(long id, long version, long meetingId, int number, String text, LocalDate decidedOn,
                        LocalDate effectiveFrom, LocalizedText shownText) {
        this(id, version, meetingId, number, text, decidedOn, effectiveFrom, shownText, Set.of(), Set.of());
    }

    /** Whether the decision has topics of its own; without, it is read with its meeting's. */
    public boolean hasOwnTopics() {
        return !areas.isEmpty() || !targetGroups.isEmpty();
    }

    public DecisionChanges toChanges() {
        return new DecisionChanges(id, version, text, decidedOn, effectiveFrom, areas, targetGroups);
    }
}
