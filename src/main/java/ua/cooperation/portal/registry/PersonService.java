package ua.cooperation.portal.registry;

import ua.cooperation.portal.base.text.LikePattern;

import ua.cooperation.portal.base.PortalTime;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Root;
import jakarta.validation.Validator;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ua.cooperation.portal.base.Validation;
import ua.cooperation.portal.base.ConcurrentEditException;
import ua.cooperation.portal.base.ListCount;
import ua.cooperation.portal.base.OrderedIds;
import ua.cooperation.portal.base.text.UkrainianTransliteration;
import ua.cooperation.portal.base.RecordNotFoundException;
import ua.cooperation.portal.country.CountryService;
import ua.cooperation.portal.security.AccessPolicy;
import ua.cooperation.portal.security.Permissions;
import ua.cooperation.portal.security.CountryScope;
import ua.cooperation.portal.security.OutOfScopeRequests;
import ua.cooperation.portal.security.CurrentUser;
import ua.cooperation.portal.security.Role;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * People of the registry. Every read is narrowed by {@link CountryScope}: a liaison sees only the people of their
 * own countries, and any other id answers exactly like a missing one. Officers and administrators create and change;
 * heads and liaisons read.
 */
@Service
public class PersonService {

    public static final String SORT_NAME = "name";
    public static final String SORT_LATIN = "latin";
    public static final String SORT_COUNTRY = "country";

    static final int MAX_DUPLICATES = 5;

    private final PersonRepository people;
    private final EntityManager entityManager;
    private final CountryService countries;
    private final CountryScope scope;
    private final AccessPolicy policy;
    private final OutOfScopeRequests outOfScope;
    private final CurrentUser currentUser;
    private final Validator validator;
    private final PortalTime time;

    PersonService(PersonRepository people, EntityManager entityManager, CountryService countries, CountryScope scope, AccessPolicy policy, OutOfScopeRequests outOfScope,
                  CurrentUser currentUser, Validator validator, PortalTime time) {
        this.people = people;
        this.entityManager = entityManager;
        this.countries = countries;
        this.scope = scope;
        this.policy = policy;
        this.outOfScope = outOfScope;
        this.currentUser = currentUser;
        this.validator = validator;
        this.time = time;
    }

    /**
     * What the reader may do with people ({@link AccessPolicy#permissions()}), for the list, which shows "new" by it;
     * every write checks its roles again.
     */
    @PreAuthorize("isAuthenticated()")
    public Permissions permissions() {
        return policy.permissions();
    }

    /** One page (a slice, no count query) of the people the current user may see. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<PersonListItem> findVisible(PersonFilter filter, Pageable page) {
        var cb = entityManager.getCriteriaBuilder();
        var query = cb.createQuery(Person.class);
        var root = query.from(Person.class);
        query.select(root).where(visible().and(matching(filter)).toPredicate(root, query, cb))
                .orderBy(listOrder(root, cb, page.getSort(), filter));
        var typed = entityManager.createQuery(query);
        if (page.isPaged()) {
            typed.setFirstResult((int) page.getOffset()).setMaxResults(page.getPageSize());
        }
        return typed.getResultList().stream().map(PersonService::toListItem).toList();
    }

    /**
     * The ids of all the people {@link #findVisible} lists for {@code filter} and {@code sort}, in its order: for
     * exports, which then read the rows with {@link #findVisibleByIds} (ADR 0024).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long[] findVisibleIds(PersonFilter filter, Sort sort) {
        var cb = entityManager.getCriteriaBuilder();
        var query = cb.createQuery(Long.class);
        var root = query.from(Person.class);
        query.select(root.get("id")).where(visible().and(matching(filter)).toPredicate(root, query, cb))
                .orderBy(listOrder(root, cb, sort, filter));
        return OrderedIds.read(entityManager.createQuery(query));
    }

    /** The people with these ids that the current user may see, as the list shows them, in no particular order. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<PersonListItem> findVisibleByIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Specification<Person> withIds = (root, query, cb) -> root.get("id").in(ids);
        return people.findAll(visible().and(withIds)).stream().map(PersonService::toListItem).toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long countVisible(PersonFilter filter) {
        return people.count(visible().and(matching(filter)));
    }

    /**
     * How many people {@link #findVisible} lists for {@code filter}, counted up to {@code limit} (the list's label,
     * ADR 0030): with a text every row is tested, and the database stops after {@code limit + 1} matches.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public ListCount countVisibleUpTo(PersonFilter filter, int limit) {
        var cb = entityManager.getCriteriaBuilder();
        var query = cb.createQuery(Long.class);
        var root = query.from(Person.class);
        query.select(root.get("id")).where(visible().and(matching(filter)).toPredicate(root, query, cb));
        return ListCount.upTo(entityManager.createQuery(query), limit);
    }

    /** The person if they exist and the current user may see them; empty otherwise (not told apart). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<PersonDetails> findVisibleById(long id) {
        var found = findVisibleEntity(id);
        if (found.isEmpty()) {
            outOfScope.report("person", id, () -> people.existsById(id));
        }
        return found.map(this::toDetails);
    }

    /** The full name of a visible person; empty for a missing or out-of-scope id. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<String> findVisibleName(long id) {
        return findVisibleEntity(id).map(Person::fullName);
    }

    /**
     * Stored people (visible to the current user) whose name is close to the one entered, in either order of given
     * and family name, in the original script or in Latin; closest first, the person themself left out.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<LikelyDuplicate> findLikelyDuplicates(PersonChanges entered) {
        var names = namesOf(entered.givenName(), entered.familyName(), entered.givenNameLatin(),
                entered.familyNameLatin());
        if (names.isEmpty()) {
            return List.of();
        }
        record Candidate(Person person, double score) {
        }
        return people.findAll(visible()).stream()
                .filter(p -> !Objects.equals(p.getId(), entered.id()))
                .map(p -> new Candidate(p, namesOf(p.getGivenName(), p.getFamilyName(), p.getGivenNameLatin(),
                        p.getFamilyNameLatin()).stream()
                        .flatMap(stored -> names.stream().map(n -> NameSimilarity.score(stored, n)))
                        .max(Double::compare).orElse(0.0)))
                .filter(c -> c.score() >= NameSimilarity.THRESHOLD)
                .sorted(Comparator.comparingDouble(Candidate::score).reversed())
                .limit(MAX_DUPLICATES)
                .map(c -> new LikelyDuplicate(c.person().getId(), c.person().fullName(), c.person().getCountryCode()))
                .toList();
    }

    /**
     * A Latin form for a name, where the portal can derive one: names already in Latin script as they are, Cyrillic
     * names by the official Ukrainian transliteration (resolution No. 55 of 2010); anything else (another script, a
     * mix) gives empty, so the officer types it. The form only suggests: the person may prefer another spelling.
     */
    @PreAuthorize("isAuthenticated()")
    public Optional<String> suggestLatin(String name) {
        if (Texts.isBlank(name)) {
            return Optional.empty();
        }
        var stripped = name.strip();
        if (allLettersIn(stripped, Character.UnicodeScript.LATIN)) {
            return Optional.of(stripped);
        }
        if (allLettersIn(stripped, Character.UnicodeScript.CYRILLIC)) {
            return Optional.of(UkrainianTransliteration.latin(stripped));
        }
        return Optional.empty();
    }

    private static boolean allLettersIn(String text, Character.UnicodeScript script) {
        return text.codePoints().filter(Character::isLetter).allMatch(cp -> Character.UnicodeScript.of(cp) == script);
    }

    /** Records a new person; refuses invalid input and an unknown country before touching the database. */
    @RolesAllowed({Role.Names.OFFICER, Role.Names.ADMIN})
    @Transactional
    public PersonDetails create(PersonChanges changes) {
        validate(changes);
        var person = new Person(changes.countryCode());
        person.applyChanges(changes, currentUser.require().username(), time.now());
        return toDetails(people.saveAndFlush(person));
    }

    /**
     * Saves changes to a person; refuses invalid input and changes on top of a stale version
     * ({@link ConcurrentEditException}), leaving stored data as it was.
     */
    @RolesAllowed({Role.Names.OFFICER, Role.Names.ADMIN})
    @Transactional
    public PersonDetails update(PersonChanges changes) {
        validate(changes);
        if (changes.id() == null) {
            throw new IllegalArgumentException("An update needs the id of the person");
        }
        var person = findVisibleEntity(changes.id())
                .orElseThrow(() -> new RecordNotFoundException("Person " + changes.id()));
        if (person.getVersion() != changes.version()) {
            throw new ConcurrentEditException("Person " + changes.id(), changes.version(), person.getVersion());
        }
        person.applyChanges(changes, currentUser.require().username(), time.now());
        try {
            return toDetails(people.saveAndFlush(person));
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentEditException("Person " + changes.id(), changes.version(), changes.version() + 1);
        }
    }

    Optional<Person> findVisibleEntity(long id) {
        return people.findById(id).filter(p -> scope.canSeeCountry(p.getCountryCode()));
    }

    private void validate(PersonChanges changes) {
        Validation.requireValid(validator, changes);
        if (countries.findVisibleByCode(changes.countryCode(), Locale.ENGLISH).isEmpty()) {
            throw new RecordNotFoundException("Country " + changes.countryCode());
        }
    }

    private static List<String> namesOf(String given, String family, String givenLatin, String familyLatin) {
        return Stream.of(join(given, family), join(family, given), join(givenLatin, familyLatin),
                        join(familyLatin, givenLatin))
                .filter(n -> !n.isBlank()).distinct().toList();
    }

    private static String join(String a, String b) {
        return ((a == null ? "" : a.strip()) + " " + (b == null ? "" : b.strip())).strip();
    }

    private Specification<Person> visible() {
        return scope.countryCodeIn(root -> root.get("countryCode"));
    }

    private static Specification<Person> matching(PersonFilter filter) {
        return (root, query, cb) -> {
            var predicate = cb.conjunction();
            if (!Texts.isBlank(filter.countryCode())) {
                predicate = cb.and(predicate, cb.equal(root.get("countryCode"), filter.countryCode()));
            }
            if (!Texts.isBlank(filter.text())) {
                // every word must match some name; punctuation separates words ("Kalvaitis, Arūnas", "(Oleh)")
                for (var word : filter.text().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}'’-]+")) {
                    if (word.isEmpty()) {
                        continue;
                    }
                    var pattern = "%" + LikePattern.escape(word) + "%";
                    predicate = cb.and(predicate, cb.or(
                            cb.like(cb.lower(root.get("givenName")), pattern, '\\'),
                            cb.like(cb.lower(root.get("familyName")), pattern, '\\'),
                            cb.like(cb.lower(root.get("givenNameLatin")), pattern, '\\'),
                            cb.like(cb.lower(root.get("familyNameLatin")), pattern, '\\')));
                }
            }
            return predicate;
        };
    }

    private static List<Order> listOrder(Root<Person> root, CriteriaBuilder cb, Sort sort, PersonFilter filter) {
        // With a text filter few people match, and reading the name index in order to find them, a row at a time,
        // took twice as long (measured: 128-139 against 65-68 ms in SQL for 100,000 people) as filtering the table
        // and sorting the matches; the family name inside an expression keeps the order and lets the database do
        // that (as for organisations, ADR 0025).
        Expression<String> family = Texts.isBlank(filter.text()) ? root.get("familyName")
                : cb.coalesce(root.get("familyName"), "");
        var orders = new ArrayList<Order>();
        for (var order : sort) {
            List<Expression<?>> expressions = switch (order.getProperty()) {
                case SORT_LATIN -> List.of(root.get("familyNameLatin"), root.get("givenNameLatin"));
                case SORT_COUNTRY -> List.of(root.get("countryCode"));
                default -> List.of(family, root.get("givenName"));
            };
            for (var expression : expressions) {
                orders.add(order.getDirection() == Sort.Direction.DESC ? cb.desc(expression) : cb.asc(expression));
            }
        }
        // the name and the id break ties so that paging is stable
        orders.add(cb.asc(family));
        orders.add(cb.asc(root.get("givenName")));
        orders.add(cb.asc(root.get("id")));
        return orders;
    }

    private static PersonListItem toListItem(Person p) {
        var latin = join(p.getGivenNameLatin(), p.getFamilyNameLatin());
        return new PersonListItem(p.getId(), p.fullName(), latin.isBlank() ? null : latin, p.getCountryCode());
    }

    /** A partner reads a person's name and country, not their personal contact details or notes (ADR 0038). */
    private PersonDetails toDetails(Person p) {
        boolean contacts = policy.showsPersonalContactDetails();
        return new PersonDetails(p.getId(), p.getVersion(), p.getGivenName(), p.getFamilyName(),
                p.getGivenNameLatin(), p.getFamilyNameLatin(), p.getCountryCode(), contacts ? p.getEmail() : null,
                contacts ? p.getPhone() : null, policy.internal(p.getNotes()), p.getUpdatedAt(),
                policy.author(p.getUpdatedBy()), policy.permissions());
    }
}
