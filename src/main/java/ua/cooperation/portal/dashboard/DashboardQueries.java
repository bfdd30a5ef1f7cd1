package ua.cooperation.portal.dashboard;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import ua.cooperation.portal.meeting.Meeting;
import ua.cooperation.portal.partnership.Partnership;
import ua.cooperation.portal.programme.Programme;
import ua.cooperation.portal.security.CountryScope;
import ua.cooperation.portal.security.OrganisationLink;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * What every figure of the dashboards shares: each kind of record's country scope, the same rule as the list the
 * figure links to (so that the list shows the rows the figure counted), and the two aggregate shapes, a count and a
 * count per key.
 */
@Component
class DashboardQueries {

    private final EntityManager entityManager;
    private final CountryScope scope;

    DashboardQueries(EntityManager entityManager, CountryScope scope) {
        this.entityManager = entityManager;
        this.scope = scope;
    }

    Specification<Partnership> partnershipScope() {
        return scope.sharedCountryCodeIn(root -> root.get("countryCode"), root -> root.get("sharedWithPartners"),
                Partnership.ORGANISATIONS);
    }

    Specification<Programme> programmeScope() {
        return scope.sharedAnyCountryIn("countryCodes", "sharedWithPartners",
                OrganisationLink.inCollection("participants", "organisationId"));
    }

    Specification<Meeting> meetingScope() {
        return scope.sharedAnyCountryIn("countryCodes", "sharedWithPartners", OrganisationLink.inCollection("organisationIds"));
    }

    <T> Map<Object, Long> grouped(Class<T> type, Specification<T> scoped,
                                          Function<Root<T>, Expression<?>> key) {
        var cb = entityManager.getCriteriaBuilder();
        var query = cb.createTupleQuery();
        var root = query.from(type);
        var expression = key.apply(root);
        query.multiselect(expression, cb.count(root))
                .where(scoped.toPredicate(root, query, cb))
                .groupBy(expression);
        var counts = new HashMap<Object, Long>();
        for (var row : entityManager.createQuery(query).getResultList()) {
            counts.put(row.get(0), row.get(1, Long.class));
        }
        return counts;
    }

    interface Condition<T> {
        Predicate on(Root<T> root, CriteriaBuilder cb);
    }

    <T> long count(Class<T> type, Specification<T> scoped, Condition<T> condition) {
        var cb = entityManager.getCriteriaBuilder();
        var query = cb.createQuery(Long.class);
        var root = query.from(type);
        query.select(cb.count(root))
                .where(cb.and(scoped.toPredicate(root, query, cb), condition.on(root, cb)));
        return entityManager.createQuery(query).getSingleResult();
    }
}
