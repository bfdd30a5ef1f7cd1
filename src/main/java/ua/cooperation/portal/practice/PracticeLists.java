package ua.cooperation.portal.practice;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import ua.cooperation.portal.base.ListCount;
import ua.cooperation.portal.base.OrderedIds;
import ua.cooperation.portal.base.text.LikePattern;
import ua.cooperation.portal.base.text.LocalizedText;
import ua.cooperation.portal.partnership.CooperationArea;
import ua.cooperation.portal.programme.TargetGroup;
import ua.cooperation.portal.registry.Organisation;
import ua.cooperation.portal.registry.OrganisationNames;
import ua.cooperation.portal.translation.RecordTexts;
import ua.cooperation.portal.translation.TextOwnerKind;
import ua.cooperation.portal.visit.VisitService;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The practices list's queries: the filter's conditions, the order, one page of rows with their areas, groups,
 * organisation names and titles in the reader's language (one query each for the page), counts and ids for exports.
 * Every query goes through {@link VisiblePractices#specification()}.
 */
@Component
class PracticeLists {

    private final EntityManager entityManager;
    private final PracticeRepository practices;
    private final VisiblePractices visible;
    private final RecordTexts texts;
    private final OrganisationNames organisationNames;
    private final VisitService visits;

    PracticeLists(EntityManager entityManager, PracticeRepository practices, VisiblePractices visible,
                  RecordTexts texts, OrganisationNames organisationNames, VisitService visits) {
        this.entityManager = entityManager;
        this.practices = practices;
        this.visible = visible;
        this.texts = texts;
        this.organisationNames = organisationNames;
        this.visits = visits;
    }

    List<PracticeListItem> findVisible(PracticeFilter filter, Pageable page, Locale language) {
        var cb = entityManager.getCriteriaBuilder();
        var query = cb.createQuery(Practice.class);
        var root = query.from(Practice.class);
        root.fetch("organisation", jakarta.persistence.criteria.JoinType.LEFT);
        query.select(root).where(visibleMatching(filter).toPredicate(root, query, cb))
                .orderBy(order(root, cb, page.getSort()));
        var typed = entityManager.createQuery(query);
        if (page.isPaged()) {
            typed.setFirstResult((int) page.getOffset()).setMaxResults(page.getPageSize());
        }
        return toItems(typed.getResultList(), language);
    }

    long[] findVisibleIds(PracticeFilter filter, Sort sort) {
        var cb = entityManager.getCriteriaBuilder();
        var query = cb.createQuery(Long.class);
        var root = query.from(Practice.class);
        query.select(root.get("id")).where(visibleMatching(filter).toPredicate(root, query, cb))
                .orderBy(order(root, cb, sort));
        return OrderedIds.read(entityManager.createQuery(query));
    }

    List<PracticeListItem> findVisibleByIds(Collection<Long> ids, Locale language) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Specification<Practice> withIds = (root, query, cb) -> root.get("id").in(ids);
        return toItems(practices.findAll(visible.specification().and(withIds)), language);
    }

    long countVisible(PracticeFilter filter) {
        return practices.count(visibleMatching(filter));
    }

    ListCount countVisibleUpTo(PracticeFilter filter, int limit) {
        var cb = entityManager.getCriteriaBuilder();
        var query = cb.createQuery(Long.class);
        var root = query.from(Practice.class);
        query.select(root.get("id")).where(visibleMatching(filter).toPredicate(root, query, cb));
        return ListCount.upTo(entityManager.createQuery(query), limit);
    }

    private Specification<Practice> visibleMatching(PracticeFilter filter) {
        if (filter.visitId() != null && visits.findVisibleByIds(List.of(filter.visitId()), null).isEmpty()) {
            // a visit the reader may not see lists nothing, as a missing one does
            return (root, query, cb) -> cb.disjunction();
        }
        return visible.specification().and(matching(filter));
    }

    private Specification<Practice> matching(PracticeFilter filter) {
        return (root, query, cb) -> {
            var predicates = new ArrayList<Predicate>();
            if (filter.countryCode() != null && !filter.countryCode().isBlank()) {
                predicates.add(cb.equal(root.get("countryCode"), filter.countryCode()));
            }
            if (filter.status() != null) {
                predicates.add(cb.equal(root.get("status"), filter.status()));
            }
            if (filter.direction() != null) {
                predicates.add(cb.equal(root.get("direction"), filter.direction()));
            }
            if (filter.visitId() != null) {
                predicates.add(cb.equal(root.get("sourceVisitId"), filter.visitId()));
            }
            if (filter.area() != null) {
                var sub = query.subquery(Integer.class);
                sub.select(cb.literal(1)).where(cb.equal(sub.correlate(root).join("areas"), filter.area()));
                predicates.add(cb.exists(sub));
            }
            if (filter.targetGroup() != null) {
                var sub = query.subquery(Integer.class);
                sub.select(cb.literal(1))
                        .where(cb.equal(sub.correlate(root).join("targetGroups"), filter.targetGroup()));
                predicates.add(cb.exists(sub));
            }
            if (filter.text() != null && !filter.text().isBlank()) {
                var pattern = "%" + LikePattern.escape(filter.text().strip().toLowerCase(Locale.ROOT)) + "%";
                var text = new ArrayList<Predicate>();
                text.add(cb.like(cb.lower(root.get("title")), pattern, '\\'));
                text.add(cb.like(cb.lower(root.get("description")), pattern, '\\'));
                // the title as partners read it, translated
                var translated = texts.translatedLike(TextOwnerKind.PRACTICE, PracticeTextOwner.TITLE, pattern);
                if (!translated.isEmpty()) {
                    text.add(root.get("id").in(translated));
                }
                predicates.add(cb.or(text.toArray(Predicate[]::new)));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }

    /** {@code sort}'s keys, then the id in the first key's direction; the newest status change first by default. */
    private static List<Order> order(Root<Practice> root, CriteriaBuilder cb, Sort sort) {
        var orders = new ArrayList<Order>();
        for (var order : sort) {
            var expression = switch (order.getProperty()) {
                case PracticeService.SORT_TITLE -> root.get("title");
                case PracticeService.SORT_COUNTRY -> root.get("countryCode");
                case PracticeService.SORT_STATUS -> root.get("status");
                default -> root.get("statusSince");
            };
            orders.add(order.getDirection() == Sort.Direction.DESC ? cb.desc(expression) : cb.asc(expression));
        }
        if (orders.isEmpty()) {
            orders.add(cb.desc(root.get("statusSince")));
        }
        orders.add(orders.getFirst().isAscending() ? cb.asc(root.get("id")) : cb.desc(root.get("id")));
        return orders;
    }

    private List<PracticeListItem> toItems(List<Practice> rows, Locale language) {
        if (rows.isEmpty()) {
            return List.of();
        }
        var ids = rows.stream().map(Practice::getId).toList();
        var areas = new HashMap<Long, Set<CooperationArea>>();
        entityManager.createQuery("select p.id, a from Practice p join p.areas a where p.id in :ids", Object[].class)
                .setParameter("ids", ids).getResultList()
                .forEach(row -> areas.computeIfAbsent((Long) row[0], k -> EnumSet.noneOf(CooperationArea.class))
                        .add((CooperationArea) row[1]));
        var groups = new HashMap<Long, Set<TargetGroup>>();
        entityManager.createQuery("select p.id, g from Practice p join p.targetGroups g where p.id in :ids",
                        Object[].class)
                .setParameter("ids", ids).getResultList()
                .forEach(row -> groups.computeIfAbsent((Long) row[0], k -> EnumSet.noneOf(TargetGroup.class))
                        .add((TargetGroup) row[1]));
        List<Organisation> organisations = rows.stream().map(Practice::getOrganisation).filter(Objects::nonNull)
                .distinct().toList();
        var names = organisationNames.of(organisations, language == null ? Locale.ENGLISH : language);
        var originals = new HashMap<Long, String>();
        rows.forEach(p -> originals.put(p.getId(), p.getTitle()));
        Map<Long, LocalizedText> titles = language == null ? Map.of()
                : texts.localize(TextOwnerKind.PRACTICE, PracticeTextOwner.TITLE, originals, language);
        return rows.stream().map(p -> new PracticeListItem(p.getId(),
                titles.getOrDefault(p.getId(), LocalizedText.original(p.getTitle(), null)), p.getDirection(),
                p.getCountryCode(), p.getOrganisation() == null ? null : names.get(p.organisationId()),
                p.getStatus(), p.getStatusSince(), areas.getOrDefault(p.getId(), Set.of()),
                groups.getOrDefault(p.getId(), Set.of()), p.isSharedWithPartners())).toList();
    }
}
