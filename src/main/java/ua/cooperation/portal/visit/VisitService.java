package ua.cooperation.portal.visit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.validation.Validator;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ua.cooperation.portal.audit.RecordHistory;
import ua.cooperation.portal.base.ConcurrentEditException;
import ua.cooperation.portal.base.HistoryEntry;
import ua.cooperation.portal.base.ListCount;
import ua.cooperation.portal.base.OrderedIds;
import ua.cooperation.portal.base.PortalTime;
import ua.cooperation.portal.base.Validation;
import ua.cooperation.portal.base.text.LocalizedText;
import ua.cooperation.portal.security.AccessPolicy;
import ua.cooperation.portal.security.CountryScope;
import ua.cooperation.portal.security.CurrentUser;
import ua.cooperation.portal.security.OutOfScopeRequests;
import ua.cooperation.portal.security.Permissions;
import ua.cooperation.portal.security.Role;
import ua.cooperation.portal.translation.ChangedTexts;
import ua.cooperation.portal.translation.RecordTexts;
import ua.cooperation.portal.translation.TextOwnerKind;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Visits: their list, one visit with its delegation, its history, and their writes. Every read goes through
 * {@link CountryScope} ({@link VisibleVisits}): a partner sees the shared visits of her countries (a guest: those her
 * organisation hosts), read-only and without internal notes or staff names; any other id answers like a missing one.
 * The itinerary is in {@link VisitItineraryService}, the checklist in {@link VisitChecklistService}, the report in
 * {@link VisitReportService}.
 */
@Service
public class VisitService {

    public static final String SORT_START = "start";
    public static final String SORT_TITLE = "title";
    public static final String SORT_DIRECTION = "direction";

    static final List<String> HISTORY_FIELDS = List.of("direction", "title", "purpose", "hostCountryCode", "city",
            "hostOrganisationId", "startsOn", "endsOn", "countryCodes", "areas", "targetGroups", "persons", "users",
            "meetingIds", "sharedWithPartners", "internalNotes", "reportText");

    private final VisitRepository visits;
    private final VisibleVisits visible;
    private final VisitChecks checks;
    private final VisitDetailsAssembler details;
    private final AccessPolicy policy;
    private final CountryScope scope;
    private final EntityManager entityManager;
    private final OutOfScopeRequests outOfScope;
    private final CurrentUser currentUser;
    private final Validator validator;
    private final PortalTime time;
    private final RecordTexts translations;
    private final RecordHistory history;

    VisitService(VisitRepository visits, VisibleVisits visible, VisitChecks checks, VisitDetailsAssembler details,
                 AccessPolicy policy, CountryScope scope, EntityManager entityManager, OutOfScopeRequests outOfScope,
                 CurrentUser currentUser, Validator validator, PortalTime time, RecordTexts translations,
                 RecordHistory history) {
        this.visits = visits;
        this.visible = visible;
        this.checks = checks;
        this.details = details;
        this.policy = policy;
        this.scope = scope;
        this.entityManager = entityManager;
        this.outOfScope = outOfScope;
        this.currentUser = currentUser;
        this.validator = validator;
        this.time = time;
        this.translations = translations;
        this.history = history;
    }

    /** What the reader may do with visits (record and change them: officers and administrators). */
    public Permissions permissions() {
        return policy.permissions();
    }

    // ---------------------------------------------------------------------------------------------------- reads

    /** One page of the visits the current user may see, matching {@code filter}, newest first unless asked otherwise. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<VisitListItem> findVisible(VisitFilter filter, Pageable page, Locale language) {
        var cb = entityManager.getCriteriaBuilder();
        var query = cb.createQuery(Visit.class);
        var root = query.from(Visit.class);
        query.select(root).where(visibleMatching(filter).toPredicate(root, query, cb));
        query.orderBy(VisitQueries.listOrder(root, cb, page.getSort()));
        var typed = entityManager.createQuery(query);
        if (page.isPaged()) {
            typed.setFirstResult((int) page.getOffset()).setMaxResults(page.getPageSize());
        }
        return toListItems(typed.getResultList(), language);
    }

    /** The visible visits with a day between {@code from} and {@code to} (both included), by start: the calendar. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<VisitListItem> findVisibleInPeriod(LocalDate from, LocalDate to, int limit, Locale language) {
        return findVisible(VisitFilter.period(from, to),
                org.springframework.data.domain.PageRequest.of(0, limit, Sort.by(Sort.Direction.ASC, SORT_START)),
                language);
    }

    /** The ids of all the visits {@link #findVisible} lists, in its order: for exports. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long[] findVisibleIds(VisitFilter filter, Sort sort) {
        var cb = entityManager.getCriteriaBuilder();
        var query = cb.createQuery(Long.class);
        var root = query.from(Visit.class);
        query.select(root.get("id")).where(visibleMatching(filter).toPredicate(root, query, cb))
                .orderBy(VisitQueries.listOrder(root, cb, sort));
        return OrderedIds.read(entityManager.createQuery(query));
    }

    /** The visits with these ids that the current user may see, as the list shows them, in no order. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<VisitListItem> findVisibleByIds(Collection<Long> ids, Locale language) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Specification<Visit> withIds = (root, query, cb) -> root.get("id").in(ids);
        return toListItems(visits.findAll(visible.specification().and(withIds)), language);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long countVisible(VisitFilter filter) {
        return visits.count(visibleMatching(filter));
    }

    /** How many visits {@link #findVisible} lists, counted up to {@code limit} (the list's label). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public ListCount countVisibleUpTo(VisitFilter filter, int limit) {
        var cb = entityManager.getCriteriaBuilder();
        var query = cb.createQuery(Long.class);
        var root = query.from(Visit.class);
        query.select(root.get("id")).where(visibleMatching(filter).toPredicate(root, query, cb));
        return ListCount.upTo(entityManager.createQuery(query), limit);
    }

    /** The visit if it exists and the current user may see it; empty otherwise (the two are not told apart). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<VisitDetails> findVisibleById(long id, Locale language) {
        var found = visible.find(id);
        if (found.isEmpty()) {
            outOfScope.report("visit", id, () -> visits.existsById(id));
        }
        return found.map(v -> details.toDetails(v, language));
    }

    /** Every change of a visible visit's fields, newest first; a partner's without the internal notes. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<HistoryEntry> historyOf(long id) {
        visible.require(id);
        var fields = policy.showsInternal() ? HISTORY_FIELDS
                : HISTORY_FIELDS.stream().filter(f -> !f.equals("internalNotes")).toList();
        var seen = policy.historyStates(state -> {
            var v = (Visit) state;
            return scope.canSeeSharedAny(v.getCountryCodes(),
                    v.getHostOrganisationId() == null ? List.of() : List.of(v.getHostOrganisationId()),
                    v.isSharedWithPartners());
        });
        return policy.authorsForReader(history.historyOf(Visit.class, id, fields, seen).stream()
                .filter(entry -> entry.kind() != HistoryEntry.Kind.CHANGED || !entry.changes().isEmpty())
                .toList());
    }

    private Specification<Visit> visibleMatching(VisitFilter filter) {
        return visible.specification().and(VisitQueries.matching(filter));
    }

    private List<VisitListItem> toListItems(List<Visit> rows, Locale language) {
        var originals = new HashMap<Long, String>();
        rows.forEach(v -> originals.put(v.getId(), v.getTitle()));
        var titles = language == null ? Map.<Long, LocalizedText>of()
                : translations.localize(TextOwnerKind.VISIT, VisitTextOwner.TITLE, originals, language);
        var today = time.today();
        return rows.stream().map(v -> new VisitListItem(v.getId(), v.getDirection(), v.getTitle(), v.getStartsOn(),
                v.getEndsOn(), v.getHostCountryCode(), v.getCity(),
                VisitState.of(v.getStartsOn(), v.getEndsOn(), today), v.isSharedWithPartners(),
                titles.getOrDefault(v.getId(), LocalizedText.original(v.getTitle(), null)))).toList();
    }

    // --------------------------------------------------------------------------------------------------- writes

    /** Records a new visit; refuses invalid input and impossible days or references before anything is stored. */
    @RolesAllowed({Role.Names.OFFICER, Role.Names.ADMIN})
    @Transactional
    public VisitDetails create(VisitChanges changes, Locale language) {
        Validation.requireValid(validator, changes);
        checks.check(changes);
        var visit = Visit.create();
        visit.apply(changes, username(), time.now());
        visit.defaultResponsible(currentUser.require().id());
        visits.saveAndFlush(visit);
        return details.toDetails(visit, language);
    }

    /** Saves changes to a visit; refuses a stale version ({@link ConcurrentEditException}). */
    @RolesAllowed({Role.Names.OFFICER, Role.Names.ADMIN})
    @Transactional
    public VisitDetails update(VisitChanges changes, Locale language) {
        Validation.requireValid(validator, changes);
        if (changes.id() == null) {
            throw new IllegalArgumentException("An update needs the id of the visit");
        }
        var visit = requireCurrent(changes.id(), changes.version());
        checks.check(changes);
        var before = VisitTextOwner.originals(visit);
        visit.apply(changes, username(), time.now());
        flush(visit, changes.version());
        translations.originalsChanged(TextOwnerKind.VISIT, visit.getId(),
                ChangedTexts.between(before, VisitTextOwner.originals(visit)));
        return details.toDetails(visit, language);
    }

    /** Replaces the delegation: registry persons and portal users, each with a role; the version check as for update. */
    @RolesAllowed({Role.Names.OFFICER, Role.Names.ADMIN})
    @Transactional
    public VisitDetails updateDelegation(long id, long version, Map<Long, DelegationRole> persons,
                                         Map<Long, DelegationRole> staff, Locale language) {
        var visit = requireCurrent(id, version);
        checks.checkDelegation(persons, staff);
        visit.replaceDelegation(persons, staff, username(), time.now());
        flush(visit, version);
        return details.toDetails(visit, language);
    }

    // ------------------------------------------------------------------------------------------------- internals

    private String username() {
        return currentUser.require().username();
    }

    Visit requireCurrent(long id, long version) {
        var visit = visible.require(id);
        if (visit.getVersion() != version) {
            throw new ConcurrentEditException("Visit " + id, version, visit.getVersion());
        }
        return visit;
    }

    void flush(Visit visit, long version) {
        try {
            visits.saveAndFlush(visit);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentEditException("Visit " + visit.getId(), version, version + 1);
        }
    }
}
