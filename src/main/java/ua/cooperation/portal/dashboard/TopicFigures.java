package ua.cooperation.portal.dashboard;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import org.springframework.stereotype.Component;
import ua.cooperation.portal.meeting.Decision;
import ua.cooperation.portal.meeting.Meeting;
import ua.cooperation.portal.partnership.CooperationArea;
import ua.cooperation.portal.programme.TargetGroup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The dashboards' topic figures ({@link TopicCounts}): meetings per topic through the meetings' scope, decisions per
 * topic through their meeting's scope, each a grouped count over the topic tables (indexes by topic and owner).
 */
@Component
class TopicFigures {

    private final EntityManager entityManager;
    private final DashboardQueries queries;

    TopicFigures(EntityManager entityManager, DashboardQueries queries) {
        this.entityManager = entityManager;
        this.queries = queries;
    }

    TopicCounts counts() {
        var meetingAreas = queries.grouped(Meeting.class, queries.meetingScope(), root -> root.join("areas"));
        var meetingGroups = queries.grouped(Meeting.class, queries.meetingScope(), root -> root.join("targetGroups"));
        var decisionAreas = decisions("areas");
        var decisionGroups = decisions("targetGroups");
        var byArea = new ArrayList<TopicCounts.TopicCount<CooperationArea>>();
        for (var area : CooperationArea.values()) {
            byArea.add(new TopicCounts.TopicCount<>(area, meetingAreas.getOrDefault(area, 0L),
                    decisionAreas.getOrDefault(area, 0L)));
        }
        var byGroup = new ArrayList<TopicCounts.TopicCount<TargetGroup>>();
        for (var group : TargetGroup.values()) {
            byGroup.add(new TopicCounts.TopicCount<>(group, meetingGroups.getOrDefault(group, 0L),
                    decisionGroups.getOrDefault(group, 0L)));
        }
        return new TopicCounts(List.copyOf(byArea), List.copyOf(byGroup));
    }

    /** Decisions per topic of {@code collection}: their own, plus those without topics of their own by the meeting's. */
    private Map<Object, Long> decisions(String collection) {
        var counts = new HashMap<Object, Long>();
        for (boolean own : new boolean[] {true, false}) {
            var cb = entityManager.getCriteriaBuilder();
            var query = cb.createTupleQuery();
            var d = query.from(Decision.class);
            var m = query.from(Meeting.class);
            Expression<?> topic = own ? d.join(collection) : m.join(collection);
            var predicates = new ArrayList<Predicate>();
            predicates.add(cb.equal(d.get("meetingId"), m.get("id")));
            predicates.add(queries.meetingScope().toPredicate(m, query, cb));
            if (!own) {
                for (var ownCollection : List.of("areas", "targetGroups")) {
                    var sub = query.subquery(Integer.class);
                    sub.correlate(d).join(ownCollection);
                    sub.select(cb.literal(1));
                    predicates.add(cb.not(cb.exists(sub)));
                }
            }
            query.multiselect(topic, cb.count(d)).where(predicates.toArray(Predicate[]::new)).groupBy(topic);
            for (var row : entityManager.createQuery(query).getResultList()) {
                counts.merge(row.get(0), row.get(1, Long.class), Long::sum);
            }
        }
        return counts;
    }
}
