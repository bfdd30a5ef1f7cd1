package ua.cooperation.portal.programme;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import ua.cooperation.portal.base.OrderedIds;
import ua.cooperation.portal.base.text.LikePattern;
import ua.cooperation.portal.base.text.LocalizedText;
import ua.cooperation.portal.security.CountryScope;
import ua.cooperation.portal.translation.RecordTexts;
import ua.cooperation.portal.translation.TextOwnerKind;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The list queries of programmes, shared by the list, the exports and the IATI file: the liaison rule of
 * {@link CountryScope}, the filter, and the order by the stored title keys. Callers state the guarantees (roles,
 * transactions); every query here is already narrowed to what the current user may see.
 */
@Component
class ProgrammeQueries {

    private final ProgrammeRepository programmes;
    private final EntityManager entityManager;
    private final CountryScope scope;
    private final RecordTexts texts;

    ProgrammeQueries(ProgrammeRepository programmes, EntityManager entityManager, CountryScope scope,
                     RecordTexts texts) {
        this.programmes = programmes;
        this.entityManager = entityManager;
        this.scope = scope;
        this.texts = texts;
    }

    /** One page of the visible programmes matching {@code filter}, in the list's order; no count. */
    List<ProgrammeListItem> page(ProgrammeFilter filter, Pageable page, Locale language) {
        var cb = entityManager.getCriteriaBuilder();
        var query = cb.createQuery(Programme.class);
        var root = query.from(Programme.class);
        query.select(root).where(where(filter, root, query, cb))
                .orderBy(listOrder(root, cb, page.getSort(), filter));
        var rows = entityManager.createQuery(query)
                .setFirstResult((int) page.getOffset())
                .setMaxResults(page.getPageSize())
                .getResultList();
        return toListItems(rows, language);
    }

    /** The ids of every visible programme matching {@code filter}, in the order {@link #page} lists them. */
    long[] ids(ProgrammeFilter filter, Sort sort, Locale language) {
        var cb = entityManager.getCriteriaBuilder();
        var query = cb.createQuery(Long.class);
        var root = query.from(Programme.class);
        query.select(root.get("id")).where(where(filter, root, query, cb))
                .orderBy(listOrder(root, cb, sort, filter));
        return OrderedIds.read(entityManager.createQuery(query));
    }

    /** The visible programmes with these ids, as the list shows them, in no order. */
    List<ProgrammeListItem> byIds(Collection<Long> ids, Locale language) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Specification<Programme> withIds = (root, query, cb) -> root.get("id").in(ids);
        return toListItems(programmes.findAll(visible().and(withIds)), language);
    }

    /** The visible programmes with these ids, in no order. */
    List<Programme> visibleByIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Specification<Programme> withIds = (root, query, cb) -> root.get("id").in(ids);
        return programmes.findAll(visible().and(withIds));
    }

    long count(ProgrammeFilter filter) {
        return programmes.count(visible().and(matching(filter)));
    }

    /** Every visible programme matching {@code filter}, by identifier; for the IATI export of the filtered set. */
    List<Programme> entities(ProgrammeFilter filter) {
        return programmes.findAll(visible().and(matching(filter)), Sort.by("identifier"));
    }

    private Predicate where(ProgrammeFilter filter, Root<Programme> root, CriteriaQuery<?> query,
                            CriteriaBuilder cb) {
        return visible().and(matching(filter)).toPredicate(root, query, cb);
    }

    private Specification<Programme> visible() {
        return scope.sharedAnyCountryIn("countryCodes", "sharedWithPartners", Programme.ORGANISATIONS);
    }

    /**
     * The list's order. By title it is the order of the original titles (the stored key, ADR 0025), whatever the
     * reader's language: sorting by the translated titles would read and sort every matching row with its translation
     * on every page, which the key index was made to avoid, and the originals are what the office writes and knows.
     * A reader of another language sees the titles in her language in that order.
     */
    private static List<Order> listOrder(Root<Programme> root, CriteriaBuilder cb, Sort sort, ProgrammeFilter filter) {
        // With a text filter few rows match, and reading the whole key index in order to find them was slower
        // (measured) than filtering first and sorting the matches; the same key inside an expression keeps the order
        // and lets the database do that (ADR 0025).
        Expression<String> title = filter.text() == null || filter.text().isBlank() ? root.get("sortTitle")
                : cb.coalesce(root.get("sortTitle"), "");
        var orders = new ArrayList<Order>();
        var sortedByTitle = false;
        var idDirection = Sort.Direction.ASC;
        for (var order : sort) {
            Expression<?> expression = switch (order.getProperty()) {
                case ProgrammeService.SORT_IDENTIFIER -> root.get("identifier");
                case ProgrammeService.SORT_STATUS -> root.get("activityStatus");
                case ProgrammeService.SORT_APPROVAL -> root.get("approval");
                case ProgrammeService.SORT_START -> root.get("plannedStart");
                case ProgrammeService.SORT_END -> root.get("plannedEnd");
                default -> title;
            };
            if (expression == title) {
                if (sortedByTitle) {
                    continue;
                }
                sortedByTitle = true;
                if (orders.isEmpty()) {
                    idDirection = order.getDirection();
                }
            }
            orders.add(order.getDirection() == Sort.Direction.DESC ? cb.desc(expression) : cb.asc(expression));
        }
        // the title and the id break ties so that paging is stable; sorted by title alone, the id follows its
        // direction so that the index (sort key, id) gives the whole order and the page stops after its rows
        if (!sortedByTitle) {
            orders.add(cb.asc(title));
        }
        orders.add(idDirection == Sort.Direction.DESC ? cb.desc(root.get("id")) : cb.asc(root.get("id")));
        return orders;
    }

    private List<ProgrammeListItem> toListItems(List<Programme> rows, Locale language) {
        var countries = countriesOf(rows.stream().map(Programme::getId).toList());
        var originals = new HashMap<Long, String>();
        rows.forEach(p -> originals.put(p.getId(), p.getTitle()));
        var titles = texts.localize(TextOwnerKind.PROGRAMME, ProgrammeTextOwner.TITLE, originals, language);
        return rows.stream().map(p -> new ProgrammeListItem(p.getId(), p.getIdentifier(),
                        titleOrIdentifier(titles.get(p.getId()), p.getIdentifier()),
                        countries.getOrDefault(p.getId(), Set.of()), p.getActivityStatus(), p.getApproval(),
                        p.getPlannedStart(), p.getPlannedEnd()))
                .toList();
    }

    private static LocalizedText titleOrIdentifier(LocalizedText title, String identifier) {
        return title.isEmpty() ? LocalizedText.original(identifier, title.language()) : title;
    }

    private Specification<Programme> matching(ProgrammeFilter filter) {
        // the programmes whose translated title holds the text: a reader finds a programme by the title she reads, as
        // the filter finds it by its original title (summaries are for the global search)
        var translated = filter.text() == null || filter.text().isBlank() ? Set.<Long>of()
                : texts.translatedLike(TextOwnerKind.PROGRAMME, ProgrammeTextOwner.TITLE, pattern(filter.text()));
        return (root, query, cb) -> {
            var predicates = new ArrayList<Predicate>();
            if (filter.countryCode() != null && !filter.countryCode().isBlank()) {
                predicates.add(hasElement(root, query, cb, "countryCodes", filter.countryCode(), null));
            }
            if (filter.activityStatus() != null) {
                predicates.add(cb.equal(root.get("activityStatus"), filter.activityStatus()));
            }
            if (filter.approval() != null) {
                predicates.add(cb.equal(root.get("approval"), filter.approval()));
            }
            if (filter.sector() != null) {
                predicates.add(hasElement(root, query, cb, "sectors", filter.sector(), "sector"));
            }
            if (filter.targetGroup() != null) {
                predicates.add(hasElement(root, query, cb, "targetGroups", filter.targetGroup(), null));
            }
            if (filter.text() != null && !filter.text().isBlank()) {
                predicates.add(textMatches(root, cb, filter.text(), translated));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }

    /** Whether the programme's {@code collection} holds {@code value} (at {@code attribute} of an embeddable). */
    private static Predicate hasElement(Root<Programme> root, CriteriaQuery<?> query, CriteriaBuilder cb,
                                        String collection, Object value, String attribute) {
        var sub = query.subquery(Integer.class);
        var other = sub.from(Programme.class);
        var element = other.join(collection);
        Expression<?> compared = attribute == null ? element : element.get(attribute);
        sub.select(cb.literal(1)).where(cb.equal(other, root), cb.equal(compared, value));
        return cb.exists(sub);
    }

    private static String pattern(String text) {
        return "%" + LikePattern.escape(text.strip().toLowerCase(Locale.ROOT)) + "%";
    }

    /** The identifier or the original title holds the text, or one of the translations does ({@code translated}). */
    private static Predicate textMatches(Root<Programme> root, CriteriaBuilder cb, String text, Set<Long> translated) {
        var pattern = pattern(text);
        var matches = new ArrayList<Predicate>();
        for (var field : List.of("identifier", "title")) {
            matches.add(cb.like(cb.lower(root.get(field)), pattern, '\\'));
        }
        if (!translated.isEmpty()) {
            matches.add(root.get("id").in(translated));
        }
        return cb.or(matches.toArray(Predicate[]::new));
    }

    private Map<Long, Set<String>> countriesOf(List<Long> ids) {
        var result = new HashMap<Long, Set<String>>();
        if (ids.isEmpty()) {
            return result;
        }
        entityManager.createQuery("select p.id, c from Programme p join p.countryCodes c where p.id in :ids",
                        Object[].class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(row -> result.computeIfAbsent((Long) row[0], k -> new TreeSet<>()).add((String) row[1]));
        return result;
    }
}
