package ua.cooperation.portal.meeting;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import ua.cooperation.portal.base.text.LikePattern;
import ua.cooperation.portal.security.CountryScope;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The query parts of the action items lists: the filter's conditions with the meetings' liaison rule on each item's
 * meeting, the lists' order, and the filters that name a record the reader may not see.
 */
@Component
class ActionItemQueries {

    static final Set<ActionItemStatus> OPEN_STATUSES = Set.of(ActionItemStatus.OPEN, ActionItemStatus.IN_PROGRESS);

    private final CountryScope scope;
    private final VisibleMeetings visibleMeetings;
    private final MeetingQueries meetingQueries;

    ActionItemQueries(CountryScope scope, VisibleMeetings visibleMeetings, MeetingQueries meetingQueries) {
        this.scope = scope;
        this.visibleMeetings = visibleMeetings;
        this.meetingQueries = meetingQueries;
    }

    /**
     * Whether a page of items should test their meetings' countries row by row: as the meetings list, for a liaison
     * of frequent countries, rather than every item of those countries being sorted for one page.
     */
    boolean probe() {
        return scope.isRestricted() && meetingQueries.probeInListOrder(MeetingFilter.none());
    }

    /**
     * The filter's conditions and the liaison rule. The rule is the meetings' own ({@link VisibleMeetings}, or its
     * probing form, see {@link MeetingQueries#probeInListOrder}), applied to each item's meeting joined in the query;
     * staff are not narrowed, so their queries read the items alone.
     */
    Predicate matching(ActionItemFilter filter, LocalDate today, CriteriaQuery<?> query, CriteriaBuilder cb,
                       Root<ActionItem> item, boolean probe) {
        var predicates = new ArrayList<Predicate>();
        if (scope.isRestricted() && probe) {
            // the meeting in a correlated count, not a join: with a join MariaDB starts from the meetings and sorts
            // every item of them; with the count it reads the items along the due date index and stops after a page
            var sub = query.subquery(Long.class);
            var meeting = sub.from(Meeting.class);
            sub.select(cb.count(meeting)).where(cb.equal(meeting.get("id"), item.get("meetingId")),
                    meetingQueries.visibleProbing().toPredicate(meeting, query, cb));
            predicates.add(cb.greaterThan(sub, 0L));
        } else if (scope.isRestricted()) {
            var meeting = query.from(Meeting.class);
            predicates.add(cb.equal(meeting.get("id"), item.get("meetingId")));
            predicates.add(visibleMeetings.specification().toPredicate(meeting, query, cb));
        }
        predicates.addAll(ownedBy(filter.owner(), cb, item));
        predicates.addAll(fieldsMatching(filter, today, cb, item));
        if (filter.area() != null) {
            predicates.add(topic(query, cb, item, "areas", filter.area()));
        }
        if (filter.targetGroup() != null) {
            predicates.add(topic(query, cb, item, "targetGroups", filter.targetGroup()));
        }
        return cb.and(predicates.toArray(Predicate[]::new));
    }

    /**
     * A topic of the item's decision, or of its meeting when the item has no decision or its decision has no topics of
     * its own (as the decision register reads a decision's topics).
     */
    private static Predicate topic(CriteriaQuery<?> query, CriteriaBuilder cb, Root<ActionItem> item,
                                   String collection, Object value) {
        var ofDecision = query.subquery(Integer.class);
        var decision = ofDecision.from(Decision.class);
        ofDecision.select(cb.literal(1)).where(cb.equal(decision.get("id"), item.get("decisionId")),
                cb.equal(decision.join(collection), value));
        var ofMeeting = query.subquery(Integer.class);
        var meeting = ofMeeting.from(Meeting.class);
        ofMeeting.select(cb.literal(1)).where(cb.equal(meeting.get("id"), item.get("meetingId")),
                cb.equal(meeting.join(collection), value));
        var noOwnTopics = new ArrayList<Predicate>();
        for (var own : List.of("areas", "targetGroups")) {
            var sub = query.subquery(Integer.class);
            var withTopic = sub.from(Decision.class);
            withTopic.join(own);
            sub.select(cb.literal(1)).where(cb.equal(withTopic.get("id"), item.get("decisionId")));
            noOwnTopics.add(cb.not(cb.exists(sub)));
        }
        noOwnTopics.add(cb.exists(ofMeeting));
        return cb.or(cb.exists(ofDecision), cb.and(noOwnTopics.toArray(Predicate[]::new)));
    }

    private static List<Predicate> ownedBy(ActionItemOwner owner, CriteriaBuilder cb, Root<ActionItem> item) {
        if (owner == null) {
            return List.of();
        }
        return switch (owner.kind()) {
            case USER -> List.of(cb.equal(item.get("ownerUserId"), owner.id()));
            case PERSON -> List.of(cb.equal(item.get("ownerPersonId"), owner.id()));
            case NONE -> List.of(cb.isNull(item.get("ownerUserId")), cb.isNull(item.get("ownerPersonId")));
        };
    }

    private static List<Predicate> fieldsMatching(ActionItemFilter filter, LocalDate today, CriteriaBuilder cb,
                                                  Root<ActionItem> item) {
        var predicates = new ArrayList<Predicate>();
        if (!filter.statuses().isEmpty()) {
            predicates.add(item.get("status").in(filter.statuses()));
        }
        if (filter.overdueOnly()) {
            predicates.add(overdue(cb, item, today));
        }
        if (filter.dueFrom() != null) {
            predicates.add(cb.greaterThanOrEqualTo(item.get("dueOn"), filter.dueFrom()));
        }
        if (filter.dueTo() != null) {
            predicates.add(cb.lessThanOrEqualTo(item.get("dueOn"), filter.dueTo()));
        }
        if (filter.meetingId() != null) {
            predicates.add(cb.equal(item.get("meetingId"), filter.meetingId()));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            var pattern = "%" + LikePattern.escape(filter.text().strip().toLowerCase(Locale.ROOT)) + "%";
            predicates.add(cb.like(cb.lower(item.get("title")), pattern, '\\'));
        }
        return predicates;
    }

    /** The lists' order: {@code sort}'s keys ({@link ActionItemService#SORT_DUE} …), then the id. */
    static List<Order> order(Sort sort, LocalDate today, CriteriaBuilder cb, Root<ActionItem> item) {
        var orders = new ArrayList<Order>();
        for (var order : sort) {
            Expression<?> expression = switch (order.getProperty()) {
                case ActionItemService.SORT_TITLE -> item.get("title");
                case ActionItemService.SORT_STATUS -> item.get("status");
                case ActionItemService.SORT_OVERDUE_FIRST ->
                        cb.<Integer>selectCase().when(overdue(cb, item, today), 0).otherwise(1);
                default -> item.get("dueOn");
            };
            orders.add(order.getDirection() == Sort.Direction.DESC ? cb.desc(expression) : cb.asc(expression));
            if (order.getProperty().equals(ActionItemService.SORT_OVERDUE_FIRST)
                    || order.getProperty().equals(ActionItemService.SORT_STATUS)) {
                // within the overdue and the other items, or within a status, by due date
                orders.add(cb.asc(item.get("dueOn")));
            }
        }
        if (orders.isEmpty()) {
            orders.add(cb.asc(item.get("dueOn")));
        }
        // the id breaks ties in the direction of the first order, so that an index read backwards serves a descending
        // order too
        orders.add(orders.getFirst().isAscending() ? cb.asc(item.get("id")) : cb.desc(item.get("id")));
        return orders;
    }

    /** The query form of {@link ActionItemStatus#overdue}: open or in progress, due before today (Kyiv). */
    private static Predicate overdue(CriteriaBuilder cb, Root<ActionItem> item, LocalDate today) {
        return cb.and(item.get("status").in(OPEN_STATUSES), cb.lessThan(item.get("dueOn"), today));
    }

    /**
     * Whether the filter names a meeting or a registry person the current user may not see: their items are then
     * none, so that the filter tells nothing about them.
     */
    boolean refersToHidden(ActionItemFilter filter) {
        if (filter.meetingId() != null && visibleMeetings.find(filter.meetingId()).isEmpty()) {
            return true;
        }
        var owner = filter.owner();
        return owner != null && owner.kind() == ActionItemOwner.Kind.PERSON
                && !meetingQueries.canSeePerson(owner.id());
    }
}
