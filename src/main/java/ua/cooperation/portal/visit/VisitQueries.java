package ua.cooperation.portal.visit;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import ua.cooperation.portal.base.text.LikePattern;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The visits list's conditions and order. */
final class VisitQueries {

    private VisitQueries() {
    }

    static Specification<Visit> matching(VisitFilter filter) {
        return (root, query, cb) -> {
            var predicates = new ArrayList<Predicate>();
            if (filter.from() != null) {
                predicates.add(cb.greaterThanOrEqualTo(root.get("endsOn"), filter.from()));
                // implied by the longest a visit lasts; bounds the start index's range from below
                predicates.add(cb.greaterThanOrEqualTo(root.get("startsOn"),
                        filter.from().minusDays(Visit.MAX_DAYS)));
            }
            if (filter.to() != null) {
                predicates.add(cb.lessThanOrEqualTo(root.get("startsOn"), filter.to()));
            }
            if (filter.direction() != null) {
                predicates.add(cb.equal(root.get("direction"), filter.direction()));
            }
            if (filter.countryCode() != null && !filter.countryCode().isBlank()) {
                predicates.add(memberOf(root, query, cb, "countryCodes", filter.countryCode()));
            }
            if (filter.area() != null) {
                predicates.add(memberOf(root, query, cb, "areas", filter.area()));
            }
            if (filter.targetGroup() != null) {
                predicates.add(memberOf(root, query, cb, "targetGroups", filter.targetGroup()));
            }
            if (filter.organisationId() != null) {
                predicates.add(cb.equal(root.get("hostOrganisationId"), filter.organisationId()));
            }
            if (filter.text() != null && !filter.text().isBlank()) {
                var pattern = "%" + LikePattern.escape(filter.text().strip().toLowerCase(Locale.ROOT)) + "%";
                predicates.add(cb.or(cb.like(cb.lower(root.get("title")), pattern, '\\'),
                        cb.like(cb.lower(root.get("city")), pattern, '\\')));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }

    private static Predicate memberOf(Root<Visit> root, jakarta.persistence.criteria.CriteriaQuery<?> query,
                                      CriteriaBuilder cb, String collection, Object value) {
        var sub = query.subquery(Integer.class);
        var element = sub.correlate(root).join(collection);
        sub.select(cb.literal(1)).where(cb.equal(element, value));
        return cb.exists(sub);
    }

    /** Newest first by start unless the page asks for title or direction; the id breaks ties. */
    static List<Order> listOrder(Root<Visit> root, CriteriaBuilder cb, Sort sort) {
        var orders = new ArrayList<Order>();
        for (var order : sort) {
            var path = switch (order.getProperty()) {
                case VisitService.SORT_TITLE -> root.get("title");
                case VisitService.SORT_DIRECTION -> root.get("direction");
                default -> root.get("startsOn");
            };
            orders.add(order.isAscending() ? cb.asc(path) : cb.desc(path));
        }
        if (orders.isEmpty()) {
            orders.add(cb.desc(root.get("startsOn")));
        }
        orders.add(cb.desc(root.get("id")));
        return orders;
    }
}
