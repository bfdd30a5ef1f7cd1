package ua.cooperation.portal.registry;

import ua.cooperation.portal.base.text.LikePattern;

import ua.cooperation.portal.base.PortalTime;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.From;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Root;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ua.cooperation.portal.base.Validation;
import ua.cooperation.portal.base.ConcurrentEditException;
import ua.cooperation.portal.base.OrderedIds;
import ua.cooperation.portal.base.RecordNotFoundException;
import ua.cooperation.portal.country.CountryService;
import ua.cooperation.portal.security.AccessPolicy;
import ua.cooperation.portal.security.Permissions;
import ua.cooperation.portal.security.CountryScope;
import ua.cooperation.portal.security.OutOfScopeRequests;
import ua.cooperation.portal.security.CurrentUser;
import ua.cooperation.portal.security.Role;
import ua.cooperation.portal.translation.RecordTexts;
import ua.cooperation.portal.translation.TextOwnerKind;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Organisations of the registry. Every read is narrowed by {@link CountryScope}: a liaison sees only the
 * organisations of their own countries, and any other id answers exactly like a missing one. Officers and
 * administrators create and change; heads and liaisons read.
 */
@Service
public class OrganisationService {

    /** Sort keys the list view may ask for; anything else falls back to the name. */
    public static final String SORT_NAME = "name";
    public static final String SORT_TYPE = "type";
    public static final String SORT_COUNTRY = "country";

    /** At most this many likely duplicates are reported. */
    static final int MAX_DUPLICATES = 5;

    private final OrganisationRepository organisations;
    private final EntityManager entityManager;
    private final CountryService countries;
    private final CountryScope scope;
    private final AccessPolicy policy;
    private final OutOfScopeRequests outOfScope;
    private final CurrentUser currentUser;
    private final Validator validator;
    private final PortalTime time;
    private final ApplicationEventPublisher events;
    private final RecordTexts texts;
    private final OrganisationNames names;

    OrganisationService(OrganisationRepository organisations, EntityManager entityManager, CountryService countries,
                        CountryScope scope, AccessPolicy policy, OutOfScopeRequests outOfScope, CurrentUser currentUser, Validator validator, PortalTime time,
                        ApplicationEventPublisher events, RecordTexts texts, OrganisationNames names) {
        this.texts = texts;
        this.names = names;
        this.organisations = organisations;
        this.entityManager = entityManager;
        this.countries = countries;
        this.scope = scope;
        this.policy = policy;
        this.outOfScope = outOfScope;
        this.currentUser = currentUser;
        this.validator = validator;
        this.time = time;
        this.events = events;
    }

    /**
     * What the reader may do with organisations ({@link AccessPolicy#permissions()}), for the list, which shows "new"
     * by it; every write checks its roles again.
     */
    @PreAuthorize("isAuthenticated()")
    public Permissions permissions() {
        return policy.permissions();
    }

    /**
     * One page of the organisations the current user may see, named and sorted in {@code language}. Reads only the
     * requested rows (no count query, no collection fetch).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<OrganisationListItem> findVisible(OrganisationFilter filter, Pageable page, Locale language) {
        var cb = entityManager.getCriteriaBuilder();
        var query = cb.createQuery(Organisation.class);
        var root = query.from(Organisation.class);
        root.fetch("parent", JoinType.LEFT);
        query.select(root).where(visible().and(matching(filter)).toPredicate(root, query, cb))
                .orderBy(listOrder(root, cb, page.getSort(), filter, language));
        return toListItems(entityManager.createQuery(query)
                .setFirstResult((int) page.getOffset())
                .setMaxResults(page.getPageSize())
                .getResultList(), language);
    }

    /**
     * The ids of all the organisations {@link #findVisible} lists for {@code filter}, {@code sort} and
     * {@code language}, in its order: for exports, which then read the rows with {@link #findVisibleByIds} (ADR 0024).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long[] findVisibleIds(OrganisationFilter filter, Sort sort, Locale language) {
        var cb = entityManager.getCriteriaBuilder();
        var query = cb.createQuery(Long.class);
        var root = query.from(Organisation.class);
        query.select(root.get("id")).where(visible().and(matching(filter)).toPredicate(root, query, cb))
                .orderBy(listOrder(root, cb, sort, filter, language));
        return OrderedIds.read(entityManager.createQuery(query));
    }

    /** The organisations with these ids that the current user may see, as the list shows them, in no order. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<OrganisationListItem> findVisibleByIds(Collection<Long> ids, Locale language) {
        if (ids.isEmpty()) {
            return List.of();
        }
        var cb = entityManager.getCriteriaBuilder();
        var query = cb.createQuery(Organisation.class);
        var root = query.from(Organisation.class);
        root.fetch("parent", JoinType.LEFT);
        query.select(root).where(cb.and(visible().toPredicate(root, query, cb), root.get("id").in(ids)));
        return toListItems(entityManager.createQuery(query).getResultList(), language);
    }

    private static List<Order> listOrder(Root<Organisation> root, CriteriaBuilder cb, Sort sort,
                                         OrganisationFilter filter, Locale language) {
        // With a text filter few rows match, and reading the whole key index in order to find them was slower
        // (measured) than filtering first and sorting the matches; the same key inside an expression keeps the order
        // and lets the database do that (ADR 0025).
        Expression<String> name = Texts.isBlank(filter.text()) ? sortName(root, language)
                : cb.coalesce(sortName(root, language), "");
        var orders = new ArrayList<Order>();
        var sortedByName = false;
        var idDirection = Sort.Direction.ASC;
        for (var order : sort) {
            var expression = switch (order.getProperty()) {
                case SORT_TYPE -> root.<String>get("type");
                case SORT_COUNTRY -> root.<String>get("countryCode");
                default -> name;
            };
            if (expression == name) {
                if (sortedByName) {
                    continue;
                }
                sortedByName = true;
                if (orders.isEmpty()) {
                    idDirection = order.getDirection();
                }
            }
            orders.add(order.getDirection() == Sort.Direction.DESC ? cb.desc(expression) : cb.asc(expression));
        }
        // the name and the id break ties so that paging is stable; sorted by name alone, the id follows its direction
        // so that the index (sort key, id) gives the whole order and the page stops after its rows (ADR 0020, 0025)
        if (!sortedByName) {
            orders.add(cb.asc(name));
        }
        orders.add(idDirection == Sort.Direction.DESC ? cb.desc(root.get("id")) : cb.asc(root.get("id")));
        return orders;
    }

    /**
     * The rows of a page, their names (and their parents') in the reader's language with one query for the page.
     * The order stays the stored sort key's (the names of {@link RegistryNames}): a Lithuanian or Polish name from a
     * translation is shown, not sorted by.
     */
    private List<OrganisationListItem> toListItems(List<Organisation> found, Locale language) {
        var named = new ArrayList<Organisation>(found);
        found.stream().map(Organisation::getParent).filter(this::visibleParent).forEach(named::add);
        var shown = names.of(named, language);
        return found.stream().map(o -> new OrganisationListItem(o.getId(), o.getType(), shown.get(o.getId()),
                o.getCountryCode(), visibleParent(o.getParent()) ? shown.get(o.getParent().getId()) : null)).toList();
    }

    private boolean visibleParent(Organisation parent) {
        return parent != null && scope.canSeeOrganisation(parent.getCountryCode(), parent.getId());
    }


    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long countVisible(OrganisationFilter filter) {
        return organisations.count(visible().and(matching(filter)));
    }

    /** The organisation if it exists and the current user may see it; empty otherwise (the two are not told apart). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<OrganisationDetails> findVisibleById(long id, Locale language) {
        var found = findVisibleEntity(id);
        if (found.isEmpty()) {
            outOfScope.report("organisation", id, () -> organisations.existsById(id));
        }
        return found.map(o -> toDetails(o, language));
    }

    /** The name of a visible organisation in {@code language}; empty for a missing or out-of-scope id. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<String> findVisibleName(long id, Locale language) {
        return findVisibleEntity(id).map(o -> names.of(o, language));
    }

    /**
     * Stored organisations (visible to the current user) whose name is close to one of the names being entered,
     * closest first; the record itself (when editing) is left out. The form warns with these before saving.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<LikelyDuplicate> findLikelyDuplicates(OrganisationChanges entered, Locale language) {
        var enteredNames = Stream.of(entered.nameOriginal(), entered.nameUk(), entered.nameEn())
                .filter(n -> !Texts.isBlank(n)).toList();
        if (enteredNames.isEmpty()) {
            return List.of();
        }
        record Candidate(Organisation organisation, double score) {
        }
        var likely = organisations.findAll(visible()).stream()
                .filter(o -> !Objects.equals(o.getId(), entered.id()))
                .map(o -> new Candidate(o, Stream.of(o.getNameOriginal(), o.getNameUk(), o.getNameEn())
                        .filter(Objects::nonNull)
                        .flatMap(stored -> enteredNames.stream().map(n -> NameSimilarity.score(stored, n)))
                        .max(Double::compare).orElse(0.0)))
                .filter(c -> c.score() >= NameSimilarity.THRESHOLD)
                .sorted(Comparator.comparingDouble(Candidate::score).reversed())
                .limit(MAX_DUPLICATES)
                .map(Candidate::organisation)
                .toList();
        // compared by their stored names, shown by the name the reader knows them by
        var shown = names.of(likely, language);
        return likely.stream()
                .map(o -> new LikelyDuplicate(o.getId(), shown.get(o.getId()), o.getCountryCode()))
                .toList();
    }

    /**
     * Records a new organisation. Refuses invalid input ({@link ConstraintViolationException}), an unknown country
     * or parent ({@link RecordNotFoundException}) before touching the database. Likely duplicates are not refused:
     * the form has warned, and saving anyway is the officer's deliberate choice.
     */
    @RolesAllowed({Role.Names.OFFICER, Role.Names.ADMIN})
    @Transactional
    public OrganisationDetails create(OrganisationChanges changes, Locale language) {
        validate(changes);
        var organisation = new Organisation(changes.type(), changes.countryCode());
        organisation.applyChanges(changes, parentFor(changes, null), currentUser.require().username(),
                time.now());
        var saved = organisations.saveAndFlush(organisation);
        events.publishEvent(new OrganisationSaved(saved.getId(), true, saved.getCountryCode()));
        return toDetails(saved, language);
    }

    /**
     * Saves changes to an organisation. Refuses invalid input, an unknown country or parent, a parent that would make
     * a cycle ({@link InvalidParentException}) and changes made on top of a stale version
     * ({@link ConcurrentEditException}); stored data stays as it was in every case.
     */
    @RolesAllowed({Role.Names.OFFICER, Role.Names.ADMIN})
    @Transactional
    public OrganisationDetails update(OrganisationChanges changes, Locale language) {
        validate(changes);
        if (changes.id() == null) {
            throw new IllegalArgumentException("An update needs the id of the organisation");
        }
        var organisation = findVisibleEntity(changes.id())
                .orElseThrow(() -> new RecordNotFoundException("Organisation " + changes.id()));
        if (organisation.getVersion() != changes.version()) {
            throw new ConcurrentEditException("Organisation " + changes.id(), changes.version(),
                    organisation.getVersion());
        }
        var parent = parentFor(changes, organisation);
        var ukrainianName = OrganisationTextOwner.original(organisation);
        organisation.applyChanges(changes, parent, currentUser.require().username(), time.now());
        try {
            var saved = organisations.saveAndFlush(organisation);
            if (!ukrainianName.equals(OrganisationTextOwner.original(saved))) {
                // the Lithuanian and Polish names were translated from the name Ukrainian readers see
                texts.originalsChanged(TextOwnerKind.ORGANISATION, saved.getId(), List.of(OrganisationTextOwner.NAME));
            }
            events.publishEvent(new RegistryNamesChanged(RegistryNamesChanged.Kind.ORGANISATION, saved.getId()));
            events.publishEvent(new OrganisationSaved(saved.getId(), false, saved.getCountryCode()));
            return toDetails(saved, language);
        } catch (ObjectOptimisticLockingFailureException e) {
            // someone saved between our read and our write; the database's version check caught it
            throw new ConcurrentEditException("Organisation " + changes.id(), changes.version(),
                    changes.version() + 1);
        }
    }

    /** The organisation entity if visible; for the other registry services. */
    Optional<Organisation> findVisibleEntity(long id) {
        return organisations.findById(id).filter(o -> scope.canSeeOrganisation(o.getCountryCode(), o.getId()));
    }

    private void validate(OrganisationChanges changes) {
        Validation.requireValid(validator, changes);
        if (countries.findVisibleByCode(changes.countryCode(), Locale.ENGLISH).isEmpty()) {
            throw new RecordNotFoundException("Country " + changes.countryCode());
        }
    }

    /** The chosen parent, checked: visible, and not the organisation itself or one of its descendants. */
    private Organisation parentFor(OrganisationChanges changes, Organisation self) {
        if (changes.parentId() == null) {
            return null;
        }
        var parent = findVisibleEntity(changes.parentId())
                .orElseThrow(() -> new RecordNotFoundException("Organisation " + changes.parentId()));
        if (self != null) {
            for (var ancestor = parent; ancestor != null; ancestor = ancestor.getParent()) {
                if (Objects.equals(ancestor.getId(), self.getId())) {
                    throw new InvalidParentException(self.getId(), parent.getId());
                }
            }
        }
        return parent;
    }

    /**
     * The stored sort key of the name a reader of {@code language} sees (the choice of columns is described at
     * {@link RegistryNames}), generated by the database (Liquibase 0090) and indexed with the id.
     */
    static Expression<String> sortName(From<?, Organisation> organisation, Locale language) {
        return organisation.get(switch (language.getLanguage()) {
            case "uk" -> "sortNameUk";
            case "en" -> "sortNameEn";
            default -> "sortNameLt";
        });
    }

    private Specification<Organisation> visible() {
        return scope.organisationIn(root -> root.get("countryCode"), root -> root.get("id"));
    }

    private static Specification<Organisation> matching(OrganisationFilter filter) {
        return (root, query, cb) -> {
            var predicate = cb.conjunction();
            if (filter.type() != null) {
                predicate = cb.and(predicate, cb.equal(root.get("type"), filter.type()));
            }
            if (!Texts.isBlank(filter.countryCode())) {
                predicate = cb.and(predicate, cb.equal(root.get("countryCode"), filter.countryCode()));
            }
            if (!Texts.isBlank(filter.text())) {
                var pattern = "%" + LikePattern.escape(filter.text().strip().toLowerCase(Locale.ROOT)) + "%";
                predicate = cb.and(predicate, cb.or(
                        cb.like(cb.lower(root.get("nameOriginal")), pattern, '\\'),
                        cb.like(cb.lower(root.get("nameUk")), pattern, '\\'),
                        cb.like(cb.lower(root.get("nameEn")), pattern, '\\')));
            }
            return predicate;
        };
    }

    private OrganisationDetails toDetails(Organisation o, Locale language) {
        var parent = !visibleParent(o.getParent()) ? null
                : new OrganisationRef(o.getParent().getId(), names.of(o.getParent(), language),
                o.getParent().getCountryCode());
        var name = texts.localize(TextOwnerKind.ORGANISATION, o.getId(),
                Map.of(OrganisationTextOwner.NAME, RegistryNames.nameIn(o, language)), language);
        return new OrganisationDetails(o.getId(), o.getVersion(), o.getType(),
                name.get(OrganisationTextOwner.NAME).orEmpty(), o.getNameOriginal(), o.getNameUk(), o.getNameEn(),
                o.getCountryCode(), parent, o.getEmail(), o.getPhone(), o.getAddress(), o.getWebsite(),
                policy.internal(o.getNotes()), o.getUpdatedAt(), policy.author(o.getUpdatedBy()), policy.permissions(),
                name);
    }
}
