package ua.cooperation.portal.dashboard;

import ua.cooperation.portal.partnership.CooperationArea;
import ua.cooperation.portal.programme.TargetGroup;

import java.util.List;

/**
 * Meetings and decisions by topic (issue 22), in the reader's scope: for each cooperation area and each target group
 * (in the vocabulary's order, every value) how many meetings carry it and how many decisions are read with it (a
 * decision's own topics, or its meeting's when it has none). A record of several topics counts once in each.
 */
public record TopicCounts(List<TopicCount<CooperationArea>> byArea, List<TopicCount<TargetGroup>> byTargetGroup) {

    /** The meetings and the decisions of one topic. */
    public record TopicCount<K>(K key, long meetings, long decisions) {
    }

    /** Whether there is nothing to show: no meeting nor decision carries a topic. */
    public boolean empty() {
        return byArea.stream().allMatch(c -> c.meetings() == 0 && c.decisions() == 0)
                && byTargetGroup.stream().allMatch(c -> c.meetings() == 0 && c.decisions() == 0);
    }
}
