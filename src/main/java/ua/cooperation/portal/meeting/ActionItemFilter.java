package ua.cooperation.portal.meeting;

import ua.cooperation.portal.partnership.CooperationArea;
import ua.cooperation.portal.programme.TargetGroup;

import java.time.LocalDate;
import java.util.Set;

/**
 * What the action items list is narrowed to; every part is optional. {@code statuses} empty means every status;
 * {@code overdueOnly} keeps the open items (open or in progress) due before today in Europe/Kyiv; {@code dueFrom} and
 * {@code dueTo} are both included; {@code text} is looked for in the title. The liaison rule is not part of the
 * filter: the service always applies it.
 */
public record ActionItemFilter(String text, ActionItemOwner owner, Set<ActionItemStatus> statuses,
                               boolean overdueOnly, LocalDate dueFrom, LocalDate dueTo, Long meetingId,
                               CooperationArea area, TargetGroup targetGroup) {

    public ActionItemFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    }

    /** A filter without topics. */
    public ActionItemFilter(String text, ActionItemOwner owner, Set<ActionItemStatus> statuses, boolean overdueOnly,
                            LocalDate dueFrom, LocalDate dueTo, Long meetingId) {
        this(text, owner, statuses, overdueOnly, dueFrom, dueTo, meetingId, null, null);
    }

    /**
     * The items about a cooperation area and a target group (either may be null): their decision's topics, or their
     * meeting's when the item has no decision or its decision has no topics of its own.
     */
    public ActionItemFilter withTopics(CooperationArea newArea, TargetGroup newTargetGroup) {
        return new ActionItemFilter(text, owner, statuses, overdueOnly, dueFrom, dueTo, meetingId, newArea,
                newTargetGroup);
    }

    public static ActionItemFilter none() {
        return new ActionItemFilter(null, null, Set.of(), false, null, null, null);
    }

    public ActionItemFilter withOwner(ActionItemOwner newOwner) {
        return new ActionItemFilter(text, newOwner, statuses, overdueOnly, dueFrom, dueTo, meetingId, area, targetGroup);
    }

    public ActionItemFilter withStatuses(Set<ActionItemStatus> newStatuses) {
        return new ActionItemFilter(text, owner, newStatuses, overdueOnly, dueFrom, dueTo, meetingId, area, targetGroup);
    }

    public ActionItemFilter withOverdueOnly(boolean overdue) {
        return new ActionItemFilter(text, owner, statuses, overdue, dueFrom, dueTo, meetingId, area, targetGroup);
    }

    public ActionItemFilter withText(String newText) {
        return new ActionItemFilter(newText, owner, statuses, overdueOnly, dueFrom, dueTo, meetingId, area, targetGroup);
    }

    public ActionItemFilter withDue(LocalDate from, LocalDate to) {
        return new ActionItemFilter(text, owner, statuses, overdueOnly, from, to, meetingId, area, targetGroup);
    }

    public ActionItemFilter withMeeting(Long id) {
        return new ActionItemFilter(text, owner, statuses, overdueOnly, dueFrom, dueTo, id, area, targetGroup);
    }
}
