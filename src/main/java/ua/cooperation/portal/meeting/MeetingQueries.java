package ua.cooperation.portal.meeting;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import ua.cooperation.portal.base.text.LikePattern;
import ua.cooperation.portal.partnership.PartnershipService;
import ua.cooperation.portal.programme.ProgrammeService;
import ua.cooperation.portal.registry.Organisation;
import ua.cooperation.portal.registry.Person;
import ua.cooperation.portal.security.CountryScope;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The query parts the meetings list and the action items lists share: the filter's conditions, the list order, the
 * choice between the two forms of the liaison rule ({@link #probeInListOrder}), and the filters that name a record the
 * reader may not see.
 */
@Component
class MeetingQueries {

    /** A country with more meetings than this is probed row by row on the list's first pages. */
    static final int PROBE_THRESHOLD = 20_000;

    private final EntityManager entityManager;
    private final CountryScope scope;
    private final PartnershipService partnerships;
    private final ProgrammeService programmes;
    private int probeThreshold = PROBE_THRESHOLD;

    MeetingQueries(EntityManager entityManager, CountryScope scope, PartnershipService partnerships,
                   ProgrammeService programmes) {
        this.entityManager = entityManager;
        this.scope = scope;
        this.partnerships = partnerships;
        this.programmes = programmes;
    }

    /** Tests only: both query forms on small data (0 probes always). */
    void probeAbove(int meetingsOfTheCountries) {
        this.probeThreshold = meetingsOfTheCountries;
    }

    /**
     * Whether the page query should test the meetings' countries row by row while reading the meetings in list order
     * (see {@link CountryScope#sharedAnyCountryInProbing}) rather than as a semi-join that the database may start from
     * the countries' rows and then sort them all. Probing pays when the countries narrowed to are frequent (the first
     * page is found after a few hundred rows); for a rare country the semi-join reads few rows. Organisation and
     * partnership filters are always narrow, so never probed.
     */
    boolean probeInListOrder(MeetingFilter filter) {
        if (filter.organisationId() != null || filter.partnershipId() != null) {
            return false;
        }
        Set<String> codes;
        if (filter.countryCode() != null && !filter.countryCode().isBlank()) {
            codes = Set.of(filter.countryCode());
        } else if (scope.isRestricted()) {
            codes = scope.visibleCountryCodes();
        } else {
            return false;
        }
        if (codes.isEmpty()) {
            return false;
        }
        // reads at most PROBE_THRESHOLD + 1 entries of the index on meeting_country (country_code, meeting_id)
        return !entityManager.createNativeQuery("SELECT 1 FROM meeting_country WHERE country_code IN (:codes)")
                .setParameter("codes", codes)
                .setFirstResult(probeThreshold)
                .setMaxResults(1)
                .getResultList().isEmpty();
    }

    /** The liaison rule in the form that tests each meeting's countries row by row (see {@link #probeInListOrder}). */
    Specification<Meeting> visibleProbing() {
        return scope.sharedAnyCountryInProbing("countryCodes", "sharedWithPartners", VisibleMeetings.ORGANISATIONS);
    }

    static Specification<Meeting> matching(MeetingFilter filter) {
        return matching(filter, false);
    }

    static Specification<Meeting> matching(MeetingFilter filter, boolean probe) {
        return (root, query, cb) -> {
            var predicates = new ArrayList<Predicate>();
            if (filter.from() != null) {
                predicates.add(cb.greaterThan(root.get("endsAt"), filter.from()));
                // implied by the line above and the longest a meeting may last (the database checks it, with a day
                // more), but it bounds the start index's range from below: without it a period's meetings were found
                // by reading every meeting that started before the period's end
                predicates.add(cb.greaterThan(root.get("startsAt"),
                        MeetingService.startsAfterForEndsAfter(filter.from())));
            }
            if (filter.to() != null) {
                predicates.add(cb.lessThan(root.get("startsAt"), filter.to()));
            }
            if (filter.type() != null) {
                predicates.add(cb.equal(root.get("type"), filter.type()));
            }
            if (filter.countryCode() != null && !filter.countryCode().isBlank()) {
                predicates.add(probe ? containsProbing(root, query, cb, "countryCodes", filter.countryCode())
                        : memberOf(root, query, cb, "countryCodes", filter.countryCode()));
            }
            predicates.addAll(linksTo(filter, root, query, cb));
            if (filter.text() != null && !filter.text().isBlank()) {
                var pattern = "%" + LikePattern.escape(filter.text().strip().toLowerCase(Locale.ROOT)) + "%";
                predicates.add(cb.or(cb.like(cb.lower(root.get("title")), pattern, '\\'),
                        cb.like(cb.lower(root.get("place")), pattern, '\\')));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }

    /** The filter's conditions on the records linked to the meeting. */
    private static List<Predicate> linksTo(MeetingFilter filter, Root<Meeting> root, CriteriaQuery<?> query,
                                           CriteriaBuilder cb) {
        var predicates = new ArrayList<Predicate>();
        if (filter.organisationId() != null) {
            predicates.add(memberOf(root, query, cb, "organisationIds", filter.organisationId()));
        }
        if (filter.partnershipId() != null) {
            predicates.add(memberOf(root, query, cb, "partnershipIds", filter.partnershipId()));
        }
        if (filter.programmeId() != null) {
            predicates.add(memberOf(root, query, cb, "programmeIds", filter.programmeId()));
        }
        if (filter.area() != null) {
            predicates.add(memberOf(root, query, cb, "areas", filter.area()));
        }
        if (filter.targetGroup() != null) {
            predicates.add(memberOf(root, query, cb, "targetGroups", filter.targetGroup()));
        }
        if (filter.personId() != null) {
            var sub = query.subquery(Integer.class);
            var participant = sub.correlate(root).joinMap("participants");
            sub.select(cb.literal(1)).where(cb.equal(participant.key(), filter.personId()));
            predicates.add(cb.exists(sub));
        }
        return predicates;
    }

    private static Predicate memberOf(Root<Meeting> root, CriteriaQuery<?> query, CriteriaBuilder cb,
                                      String collection, Object value) {
        var sub = query.subquery(Integer.class);
        var correlated = sub.correlate(root);
        var element = correlated.join(collection);
        sub.select(cb.literal(1)).where(cb.equal(element, value));
        return cb.exists(sub);
    }

    /** {@link #memberOf} as a correlated count, evaluated row by row (see {@link #probeInListOrder}). */
    private static Predicate containsProbing(Root<Meeting> root, CriteriaQuery<?> query, CriteriaBuilder cb,
                                             String collection, Object value) {
        var sub = query.subquery(Long.class);
        var correlated = sub.correlate(root);
        var element = correlated.join(collection);
        sub.select(cb.count(element)).where(cb.equal(element, value));
        return cb.greaterThan(sub, 0L);
    }

    /** The meetings list's order: {@code sort}'s keys ({@link MeetingService#SORT_START} …), then the id. */
    static List<Order> listOrder(Root<Meeting> root, CriteriaBuilder cb, Sort sort) {
        var orders = new ArrayList<Order>();
        for (var order : sort) {
            var expression = switch (order.getProperty()) {
                case MeetingService.SORT_TITLE -> root.get("title");
                case MeetingService.SORT_TYPE -> root.get("type");
                default -> root.get("startsAt");
            };
            orders.add(order.getDirection() == Sort.Direction.DESC ? cb.desc(expression) : cb.asc(expression));
        }
        if (orders.isEmpty()) {
            orders.add(cb.desc(root.get("startsAt")));
        }
        // the id breaks ties in the direction of the first order, so that an index on (start, id) read forwards or
        // backwards delivers the rows in order and the page stops after its rows instead of sorting the whole table
        orders.add(orders.getFirst().isAscending() ? cb.asc(root.get("id")) : cb.desc(root.get("id")));
        return orders;
    }

    /**
     * Whether the filter names a partnership, programme, organisation or registry person the current user may not
     * see: its meetings are then none, so that a liaison cannot learn through the filter which meetings link an
     * internal record, nor tell a record of another country from a missing one.
     */
    boolean refersToHidden(MeetingFilter filter) {
        return filter.partnershipId() != null
                && partnerships.findVisibleById(filter.partnershipId(), Locale.ENGLISH).isEmpty()
                || filter.programmeId() != null
                && programmes.findVisibleTitle(filter.programmeId(), Locale.ENGLISH).isEmpty()
                || filter.organisationId() != null && Optional.ofNullable(entityManager.find(Organisation.class,
                        filter.organisationId())).filter(o -> scope.canSeeOrganisation(o.getCountryCode(), o.getId())).isEmpty()
                || filter.personId() != null && !canSeePerson(filter.personId());
    }

    /** Whether the registry person exists and is of a country the current user may see. */
    boolean canSeePerson(long personId) {
        return Optional.ofNullable(entityManager.find(Person.class, personId))
                .filter(p -> scope.canSeeCountry(p.getCountryCode())).isPresent();
    }

    /** The countries of the meetings with these ids, in one query. */
    Map<Long, Set<String>> countriesOf(List<Long> ids) {
        var result = new HashMap<Long, Set<String>>();
        if (ids.isEmpty()) {
            return result;
        }
        entityManager.createQuery("select m.id, c from Meeting m join m.countryCodes c where m.id in :ids",
                        Object[].class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(row -> result.computeIfAbsent((Long) row[0], k -> new TreeSet<>()).add((String) row[1]));
        return result;
    }
}
