package ua.cooperation.portal.partnership;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.From;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Root;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import ua.cooperation.portal.base.OrderedIds;
import ua.cooperation.portal.base.PortalTime;
import ua.cooperation.portal.base.text.LikePattern;
import ua.cooperation.portal.registry.MunicipalityService;
import ua.cooperation.portal.registry.OrganisationService;
import ua.cooperation.portal.security.CountryScope;
import ua.cooperation.portal.territory.AdminUnit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;

import ua.cooperation.portal.translation.RecordTexts;
import ua.cooperation.portal.translation.TextOwnerKind;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static ua.cooperation.portal.partnership.PartnershipService.SORT_COUNTRY;
import static ua.cooperation.portal.partnership.PartnershipService.SORT_LAST_CONTACT;
import static ua.cooperation.portal.partnership.PartnershipService.SORT_SIGNED;
import static ua.cooperation.portal.partnership.PartnershipService.SORT_STATUS;
import static ua.cooperation.portal.partnership.PartnershipService.SORT_VALID_UNTIL;

/**
 * The partnership lists behind {@link PartnershipService}'s list entry points (which carry the role checks and the
 * transactions): pages, ids in list order for exports, counts, all narrowed by the country scope and the filter.
 */
@Component
class PartnershipLists {

    private final PartnershipRepository partnerships;
    private final EntityManager entityManager;
    private final MunicipalityService municipalities;
    private final OrganisationService organisations;
    private final CountryScope scope;
    private final PortalTime time;
    private final RecordTexts texts;
    private final PartnershipNames names;

    PartnershipLists(PartnershipRepository partnerships, EntityManager entityManager,
                     MunicipalityService municipalities, OrganisationService organisations, CountryScope scope,
                     PortalTime time, RecordTexts texts, PartnershipNames names) {
        this.organisations = organisations;
        this.texts = texts;
        this.names = names;
        this.partnerships = partnerships;
        this.entityManager = entityManager;
        this.municipalities = municipalities;
        this.scope = scope;
        this.time = time;
    }

    /** See {@link PartnershipService#findVisible}. */
    List<PartnershipListItem> findVisible(PartnershipFilter filter, Pageable page, Locale language) {
        if (refersToHidden(filter)) {
            return List.of();
        }
        var cb = entityManager.getCriteriaBuilder();
        var query = cb.createQuery(Partnership.class);
        var root = query.from(Partnership.class);
        fetchSides(root);
        query.select(root).where(visible().and(matching(filter)).toPredicate(root, query, cb))
                .orderBy(listOrder(root, cb, page.getSort(), language));
        var rows = entityManager.createQuery(query)
                .setFirstResult((int) page.getOffset())
                .setMaxResults(page.getPageSize())
                .getResultList();
        return toListItems(rows, language);
    }

    /** See {@link PartnershipService#findVisibleIds}. */
    long[] findVisibleIds(PartnershipFilter filter, Sort sort, Locale language) {
        if (refersToHidden(filter)) {
            return new long[0];
        }
        var cb = entityManager.getCriteriaBuilder();
        var query = cb.createQuery(Long.class);
        var root = query.from(Partnership.class);
        query.select(root.get("id")).where(visible().and(matching(filter)).toPredicate(root, query, cb))
                .orderBy(listOrder(root, cb, sort, language));
        return OrderedIds.read(entityManager.createQuery(query));
    }

    /** See {@link PartnershipService#findVisibleByIds}. */
    List<PartnershipListItem> findVisibleByIds(Collection<Long> ids, Locale language) {
        if (ids.isEmpty()) {
            return List.of();
        }
        var cb = entityManager.getCriteriaBuilder();
        var query = cb.createQuery(Partnership.class);
        var root = query.from(Partnership.class);
        fetchSides(root);
        query.select(root).where(cb.and(visible().toPredicate(root, query, cb), root.get("id").in(ids)));
        return toListItems(entityManager.createQuery(query).getResultList(), language);
    }

    /** See {@link PartnershipService#findVisibleNames}. */
    Map<Long, String> findVisibleNames(Collection<Long> ids, Locale language) {
        var result = new HashMap<Long, String>();
        if (ids.isEmpty()) {
            return result;
        }
        var cb = entityManager.getCriteriaBuilder();
        var query = cb.createQuery(Partnership.class);
        var root = query.from(Partnership.class);
        fetchSides(root);
        query.select(root).where(cb.and(visible().toPredicate(root, query, cb), root.get("id").in(ids)));
        var rows = entityManager.createQuery(query).getResultList();
        var sides = names.of(rows, language);
        rows.forEach(p -> result.put(p.getId(), sides.name(p)));
        return result;
    }

    /** See {@link PartnershipService#countVisible}. */
    long countVisible(PartnershipFilter filter) {
        if (refersToHidden(filter)) {
            return 0;
        }
        return partnerships.count(visible().and(matching(filter)));
    }

    /** See {@link PartnershipService#visibleHromadaCodes}. */
    Map<Long, String> visibleHromadaCodes(Collection<Long> ids) {
        var codes = new HashMap<Long, String>();
        if (ids.isEmpty()) {
            return codes;
        }
        var cb = entityManager.getCriteriaBuilder();
        var query = cb.createTupleQuery();
        var root = query.from(Partnership.class);
        var ukrainian = root.join("ukrainianMunicipality", JoinType.INNER);
        query.multiselect(root.get("id"), ukrainian.get("hromadaCode"))
                .where(cb.and(visible().toPredicate(root, query, cb), root.get("id").in(ids),
                        cb.isNotNull(ukrainian.get("hromadaCode"))));
        entityManager.createQuery(query).getResultList()
                .forEach(t -> codes.put(t.get(0, Long.class), t.get(1, String.class)));
        return codes;
    }

    /** Both sides' names are on every list row: read with the partnerships, not one query per row. */
    private static void fetchSides(Root<Partnership> root) {
        root.fetch("ukrainianMunicipality", JoinType.LEFT);
        root.fetch("ukrainianOrganisation", JoinType.LEFT);
        root.fetch("partnerMunicipality", JoinType.LEFT);
        root.fetch("partnerOrganisation", JoinType.LEFT);
    }

    private static List<Order> listOrder(Root<Partnership> root, CriteriaBuilder cb, Sort sort, Locale language) {
        // the stored sort keys (PartnershipSortKeys, ADR 0025): the sides' names in the reader's language
        var suffix = switch (language.getLanguage()) {
            case "uk" -> "Uk";
            case "en" -> "En";
            default -> "Lt";
        };
        Expression<String> ukrainianName = root.get("sortUkrainian" + suffix);
        Expression<String> partnerName = root.get("sortPartner" + suffix);
        var orders = new ArrayList<Order>();
        var sortedByName = false;
        for (var order : sort) {
            Expression<?> expression = switch (order.getProperty()) {
                case SORT_COUNTRY -> root.get("countryCode");
                case SORT_STATUS -> root.get("status");
                case SORT_SIGNED -> root.get("signedOn");
                case SORT_VALID_UNTIL -> root.get("validUntil");
                case SORT_LAST_CONTACT -> root.get("lastContactOn");
                default -> ukrainianName;
            };
            if (expression == ukrainianName) {
                if (sortedByName) {
                    continue;
                }
                sortedByName = true;
            }
            orders.add(order.getDirection() == Sort.Direction.DESC ? cb.desc(expression) : cb.asc(expression));
        }
        // ties: the Ukrainian side's name, the partner's name, the id, all ascending as ever; in the default order
        // the index (sort_ukrainian_*, sort_partner_*, id) gives the whole order and the page stops after its rows
        if (!sortedByName) {
            orders.add(cb.asc(ukrainianName));
        }
        orders.add(cb.asc(partnerName));
        orders.add(cb.asc(root.get("id")));
        return orders;
    }

    private List<PartnershipListItem> toListItems(List<Partnership> rows, Locale language) {
        var areas = areasOf(rows.stream().map(Partnership::getId).toList());
        var today = time.today();
        // the description in the reader's language, one query for the page (ADR 0040)
        var originals = new java.util.HashMap<Long, String>();
        rows.forEach(p -> originals.put(p.getId(), p.getDescription()));
        var descriptions = texts.localize(TextOwnerKind.PARTNERSHIP, PartnershipTextOwner.DESCRIPTION, originals,
                language);
        // the partner organisations' names likewise (shown in the reader's language, sorted by the stored keys)
        var sides = names.of(rows, language);
        return rows.stream().map(p -> new PartnershipListItem(p.getId(), sides.ukrainian(p), sides.partner(p),
                        p.getCountryCode(), p.getType(), p.getStatus(), p.isAwaitingConfirmation(),
                        areas.getOrDefault(p.getId(), EnumSet.noneOf(CooperationArea.class)), p.getSignedOn(),
                        p.getValidUntil(), p.getLastContactOn(),
                        PartnershipHealth.of(p.getStatus(), p.getLastContactOn(), today),
                        descriptions.get(p.getId()), p.getKind()))
                .toList();
    }

    /**
     * Whether the filter names a municipality (or organisation) the current user may not see: its partnerships are then none, so that a
     * liaison cannot tell a municipality of another country (or a Ukrainian hromada's record) from a missing one.
     */
    private boolean refersToHidden(PartnershipFilter filter) {
        return filter.municipalityId() != null
                && municipalities.findVisibleById(filter.municipalityId(), Locale.ENGLISH).isEmpty()
                || filter.organisationId() != null && organisations.findVisibleName(filter.organisationId(), Locale.ENGLISH).isEmpty();
    }

    private Specification<Partnership> visible() {
        return scope.sharedCountryCodeIn(root -> root.get("countryCode"), root -> root.get("sharedWithPartners"),
                Partnership.ORGANISATIONS);
    }

    private static Specification<Partnership> matching(PartnershipFilter filter) {
        return (root, query, cb) -> {
            var predicates = new ArrayList<jakarta.persistence.criteria.Predicate>();
            if (filter.countryCode() != null && !filter.countryCode().isBlank()) {
                predicates.add(cb.equal(root.get("countryCode"), filter.countryCode()));
            }
            if (filter.status() != null) {
                predicates.add(cb.equal(root.get("status"), filter.status()));
            }
            if (filter.awaitingConfirmation()) {
                predicates.add(cb.isTrue(root.get("awaitingConfirmation")));
            }
            if (filter.kind() != null) {
                predicates.add(cb.equal(root.get("kind"), filter.kind()));
            }
            if (filter.organisationId() != null) {
                predicates.add(cb.or(cb.equal(root.get("ukrainianOrganisation").get("id"), filter.organisationId()),
                        cb.equal(root.get("partnerOrganisation").get("id"), filter.organisationId())));
            }
            if (filter.municipalityId() != null) {
                predicates.add(cb.or(cb.equal(root.get("ukrainianMunicipality").get("id"), filter.municipalityId()),
                        cb.equal(root.get("partnerMunicipality").get("id"), filter.municipalityId())));
            }
            if (filter.area() != null) {
                var sub = query.subquery(Long.class);
                var other = sub.from(Partnership.class);
                sub.select(other.get("id")).where(cb.equal(other.get("id"), root.get("id")),
                        cb.isMember(filter.area(), other.<Set<CooperationArea>>get("areas")));
                predicates.add(cb.exists(sub));
            }
            if (filter.unitCode() != null && !filter.unitCode().isBlank()) {
                // the hromada itself, or a hromada inside the chosen raion or oblast
                var sub = query.subquery(String.class);
                var unit = sub.from(AdminUnit.class);
                var code = filter.unitCode();
                sub.select(unit.get("code")).where(cb.or(cb.equal(unit.get("code"), code),
                        cb.equal(unit.get("raion").get("code"), code), cb.equal(unit.get("oblast").get("code"), code)));
                predicates.add(root.get("ukrainianMunicipality").get("hromadaCode").in(sub));
            }
            if (filter.text() != null && !filter.text().isBlank()) {
                var pattern = "%" + LikePattern.escape(filter.text().strip().toLowerCase(Locale.ROOT)) + "%";
                var ukrainian = root.join("ukrainianMunicipality", JoinType.LEFT);
                var ukrainianOrganisation = root.join("ukrainianOrganisation", JoinType.LEFT);
                var partnerMunicipality = root.join("partnerMunicipality", JoinType.LEFT);
                var partnerOrganisation = root.join("partnerOrganisation", JoinType.LEFT);
                var names = new ArrayList<jakarta.persistence.criteria.Predicate>();
                for (var side : List.<From<?, ?>>of(ukrainian, ukrainianOrganisation, partnerMunicipality,
                        partnerOrganisation)) {
                    for (var field : List.of("nameOriginal", "nameUk", "nameEn")) {
                        names.add(cb.like(cb.lower(side.get(field)), pattern, '\\'));
                    }
                }
                predicates.add(cb.or(names.toArray(jakarta.persistence.criteria.Predicate[]::new)));
            }
            return cb.and(predicates.toArray(jakarta.persistence.criteria.Predicate[]::new));
        };
    }

    private Map<Long, Set<CooperationArea>> areasOf(List<Long> ids) {
        var result = new HashMap<Long, Set<CooperationArea>>();
        if (ids.isEmpty()) {
            return result;
        }
        entityManager.createQuery("select p.id, a from Partnership p join p.areas a where p.id in :ids",
                        Object[].class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(row -> result.computeIfAbsent((Long) row[0], k -> EnumSet.noneOf(CooperationArea.class))
                        .add((CooperationArea) row[1]));
        return result;
    }
}
