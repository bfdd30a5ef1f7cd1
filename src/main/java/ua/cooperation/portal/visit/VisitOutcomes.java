package ua.cooperation.portal.visit;

import ua.cooperation.portal.meeting.ActionItemView;
import ua.cooperation.portal.meeting.DecisionItem;

import java.util.List;

/**
 * The outcomes of a visit's report: the decisions of its report meeting, each with its action items, and the items
 * that follow from no decision. {@code reportMeetingId} is null until the first outcome is recorded.
 */
public record VisitOutcomes(Long reportMeetingId, List<Outcome> decisions, List<ActionItemView> otherItems) {

    public record Outcome(DecisionItem decision, List<ActionItemView> items) {
    }

    public static VisitOutcomes none() {
        return new VisitOutcomes(null, List.of(), List.of());
    }
}
