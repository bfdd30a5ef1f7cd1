package ua.cooperation.portal.meeting;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import ua.cooperation.portal.base.PortalTime;
import ua.cooperation.portal.base.text.LikePattern;
import ua.cooperation.portal.partnership.CooperationArea;
import ua.cooperation.portal.programme.TargetGroup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The query of the decision register: decisions joined to their meetings, the meeting's scope ({@link VisibleMeetings})
 * and the filter as conditions, the follow-up state as EXISTS over the decision's action items (so that filtering by it
 * is part of the query, index {@code ix_action_item_decision_status}), and the page's extra columns read in one query
 * each.
 */
@Component
class DecisionRegisterQueries {

    private static final Set<ActionItemStatus> OPEN = EnumSet.of(ActionItemStatus.OPEN, ActionItemStatus.IN_PROGRESS);

    private final EntityManager entityManager;
    private final VisibleMeetings visibleMeetings;
    private final PortalTime time;

    DecisionRegisterQueries(EntityManager entityManager, VisibleMeetings visibleMeetings, PortalTime time) {
        this.entityManager = entityManager;
        this.visibleMeetings = visibleMeetings;
        this.time = time;
    }

    /** The join, the scope and the filter: the conditions of a query over {@code d} and {@code m}. */
    Predicate where(DecisionRegisterFilter filter, Root<Decision> d, Root<Meeting> m, CriteriaQuery<?> query,
                    CriteriaBuilder cb) {
        var predicates = new ArrayList<Predicate>();
        predicates.add(cb.equal(d.get("meetingId"), m.get("id")));
        predicates.add(visibleMeetings.specification().toPredicate(m, query, cb));
        if (filter.from() != null) {
            predicates.add(cb.greaterThanOrEqualTo(d.get("decidedOn"), filter.from()));
        }
        if (filter.to() != null) {
            predicates.add(cb.lessThanOrEqualTo(d.get("decidedOn"), filter.to()));
        }
        if (filter.type() != null) {
            predicates.add(cb.equal(m.get("type"), filter.type()));
        }
        if (filter.countryCode() != null && !filter.countryCode().isBlank()) {
            predicates.add(memberOf(m, query, cb, "countryCodes", filter.countryCode().strip()));
        }
        if (filter.area() != null) {
            predicates.add(topic(d, m, query, cb, "areas", filter.area()));
        }
        if (filter.targetGroup() != null) {
            predicates.add(topic(d, m, query, cb, "targetGroups", filter.targetGroup()));
        }
        if (filter.followUp() != null) {
            predicates.add(followUp(filter.followUp(), d, query, cb));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            var pattern = "%" + LikePattern.escape(filter.text().strip().toLowerCase(Locale.ROOT)) + "%";
            predicates.add(cb.like(cb.lower(d.get("text")), pattern, '\\'));
        }
        return cb.and(predicates.toArray(Predicate[]::new));
    }

    /** The register's order: by the day of the decision (newest first unless asked) or by meeting, then the id. */
    static List<Order> order(Root<Decision> d, Root<Meeting> m, CriteriaBuilder cb, Sort sort) {
        var orders = new ArrayList<Order>();
        for (var order : sort) {
            boolean asc = order.getDirection() == Sort.Direction.ASC;
            if (DecisionRegisterService.SORT_MEETING.equals(order.getProperty())) {
                orders.add(asc ? cb.asc(m.get("startsAt")) : cb.desc(m.get("startsAt")));
                orders.add(asc ? cb.asc(m.get("id")) : cb.desc(m.get("id")));
                orders.add(cb.asc(d.get("number")));
            } else {
                orders.add(asc ? cb.asc(d.get("decidedOn")) : cb.desc(d.get("decidedOn")));
            }
        }
        if (orders.isEmpty()) {
            orders.add(cb.desc(d.get("decidedOn")));
        }
        // ties in the first order's direction, so that the index (decided_on, id) delivers the rows in order
        orders.add(orders.getFirst().isAscending() ? cb.asc(d.get("id")) : cb.desc(d.get("id")));
        return orders;
    }

    /** The decision's own topic, or its meeting's when the decision has no topics of its own. */
    private static Predicate topic(Root<Decision> d, Root<Meeting> m, CriteriaQuery<?> query, CriteriaBuilder cb,
                                   String collection, Object value) {
        var noOwnTopics = cb.and(cb.not(anyIn(d, query, cb, "areas")), cb.not(anyIn(d, query, cb, "targetGroups")));
        return cb.or(memberOf(d, query, cb, collection, value),
                cb.and(noOwnTopics, memberOf(m, query, cb, collection, value)));
    }

    private Predicate followUp(FollowUpState state, Root<Decision> d, CriteriaQuery<?> query, CriteriaBuilder cb) {
        var today = time.today();
        return switch (state) {
            case NONE -> cb.not(items(d, query, cb, false, null));
            case OVERDUE -> items(d, query, cb, true, today);
            case OPEN -> cb.and(items(d, query, cb, true, null), cb.not(items(d, query, cb, true, today)));
            case DONE -> cb.and(items(d, query, cb, false, null), cb.not(items(d, query, cb, true, null)));
        };
    }

    /** Whether the decision has action items: any, or open ones, or open ones due before {@code dueBefore}. */
    private static Predicate items(Root<Decision> d, CriteriaQuery<?> query, CriteriaBuilder cb, boolean open,
                                   LocalDate dueBefore) {
        var sub = query.subquery(Integer.class);
        var item = sub.from(ActionItem.class);
        var conditions = new ArrayList<Predicate>();
        conditions.add(cb.equal(item.get("decisionId"), d.get("id")));
        if (open) {
            conditions.add(item.get("status").in(OPEN));
        }
        if (dueBefore != null) {
            conditions.add(cb.lessThan(item.get("dueOn"), dueBefore));
        }
        sub.select(cb.literal(1)).where(conditions.toArray(Predicate[]::new));
        return cb.exists(sub);
    }

    private static <X> Predicate memberOf(Root<X> root, CriteriaQuery<?> query, CriteriaBuilder cb, String collection,
                                          Object value) {
        var sub = query.subquery(Integer.class);
        var element = sub.correlate(root).join(collection);
        sub.select(cb.literal(1)).where(cb.equal(element, value));
        return cb.exists(sub);
    }

    private static <X> Predicate anyIn(Root<X> root, CriteriaQuery<?> query, CriteriaBuilder cb, String collection) {
        var sub = query.subquery(Integer.class);
        sub.correlate(root).join(collection);
        sub.select(cb.literal(1));
        return cb.exists(sub);
    }

    /** The follow-up state of each of these decisions, in one query. */
    Map<Long, FollowUpState> followUpOf(List<Long> decisionIds) {
        var result = new HashMap<Long, FollowUpState>();
        if (decisionIds.isEmpty()) {
            return result;
        }
        entityManager.createQuery("""
                        select a.decisionId, count(a),
                               sum(case when a.status in :open then 1 else 0 end),
                               sum(case when a.status in :open and a.dueOn < :today then 1 else 0 end)
                        from ActionItem a where a.decisionId in :ids group by a.decisionId""", Object[].class)
                .setParameter("open", OPEN)
                .setParameter("today", time.today())
                .setParameter("ids", decisionIds)
                .getResultList()
                .forEach(row -> result.put((Long) row[0], FollowUpState.of(number(row[1]), number(row[2]),
                        number(row[3]))));
        return result;
    }

    /** The cooperation areas of each of these decisions or meetings ({@code entity} "Decision" or "Meeting"). */
    Map<Long, Set<CooperationArea>> areasOf(String entity, List<Long> ids) {
        var result = new HashMap<Long, Set<CooperationArea>>();
        collection(entity, "areas", ids).forEach(row -> result
                .computeIfAbsent((Long) row[0], k -> EnumSet.noneOf(CooperationArea.class))
                .add((CooperationArea) row[1]));
        return result;
    }

    /** The target groups of each of these decisions or meetings ({@code entity} "Decision" or "Meeting"). */
    Map<Long, Set<TargetGroup>> targetGroupsOf(String entity, List<Long> ids) {
        var result = new HashMap<Long, Set<TargetGroup>>();
        collection(entity, "targetGroups", ids).forEach(row -> result
                .computeIfAbsent((Long) row[0], k -> EnumSet.noneOf(TargetGroup.class))
                .add((TargetGroup) row[1]));
        return result;
    }

    private List<Object[]> collection(String entity, String collection, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        // entity and collection are constants of this package, never input
        return entityManager.createQuery("select o.id, c from " + entity + " o join o." + collection
                + " c where o.id in :ids", Object[].class).setParameter("ids", ids).getResultList();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
