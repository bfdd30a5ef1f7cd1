package ua.cooperation.portal.meeting;

import ua.cooperation.portal.base.text.LikePattern;

import ua.cooperation.portal.base.PortalTime;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.Order;
import java.util.Collection;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.validation.Validator;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ua.cooperation.portal.base.HistoryEntry;
import ua.cooperation.portal.audit.RecordHistory;
import ua.cooperation.portal.audit.SecurityAuditLog;
import ua.cooperation.portal.audit.SecurityEventType;
import ua.cooperation.portal.base.ConcurrentEditException;
import ua.cooperation.portal.base.ListCount;
import ua.cooperation.portal.base.OrderedIds;
import ua.cooperation.portal.base.RecordNotFoundException;
import ua.cooperation.portal.base.Validation;
import ua.cooperation.portal.country.Country;
import ua.cooperation.portal.document.DocumentOwnerKind;
import ua.cooperation.portal.document.DocumentService;
import ua.cooperation.portal.partnership.PartnershipDetails;
import ua.cooperation.portal.partnership.PartnershipService;
import ua.cooperation.portal.programme.ProgrammeService;
import ua.cooperation.portal.registry.Organisation;
import ua.cooperation.portal.registry.Person;
import ua.cooperation.portal.registry.RegistryNames;
import ua.cooperation.portal.security.AccessPolicy;
import ua.cooperation.portal.security.CountryScope;
import ua.cooperation.portal.security.OutOfScopeRequests;
import ua.cooperation.portal.security.CurrentUser;
import ua.cooperation.portal.security.Role;
import ua.cooperation.portal.security.UserDirectory;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import static ua.cooperation.portal.meeting.MeetingRefusedException.Reason;

/**
 * Meetings, their numbered decisions and their action items. Every read goes through {@link CountryScope}
 * ({@code sharedAnyCountryIn}): a liaison sees the meetings shared with partners that concern one of their countries,
 * read-only and without the internal notes; any other id answers exactly like a missing one. Officers and
 * administrators record meetings, decisions and action items. The owner of an action item (any signed-in user,
 * liaisons included) may move its status and completion note, and nothing else ({@link #updateMyActionItem}).
 */
@Service
public class MeetingService {

    /** Sort keys the list may ask for; anything else sorts by start. */
    public static final String SORT_START = "start";
    public static final String SORT_TITLE = "title";
    public static final String SORT_TYPE = "type";
    /** Sort keys of the action items lists (besides {@link #SORT_TITLE}); anything else sorts by due date. */
    public static final String SORT_DUE = "due";
    public static final String SORT_STATUS = "status";
    /**
     * Overdue items first, then by due date: for one owner's items only, where the index on (owner, status, due date)
     * narrows the rows to sort to that owner's; over all items it would sort the whole table.
     */
    public static final String SORT_OVERDUE_FIRST = "overdueFirst";

    /** The calendar feed reaches about two years back; calendar apps keep what they fetched before. */
    public static final int FEED_DAYS_BACK = 800;
    public static final int FEED_MAX_MEETINGS = 2000;
    /** {@link Meeting#MAX_DURATION} and the day more the database's check allows, plus a day for safety. */
    private static final java.time.Duration EARLIEST_START_BEFORE_END = Meeting.MAX_DURATION.plusDays(2);

    /**
     * A bound below the start of every meeting that ends after {@code instant}: implied by the longest a meeting may
     * last (the database checks it, with a day more), and what makes "meetings overlapping a period" a range of the
     * start index instead of every meeting that started before the period's end (the meetings list, the dashboards).
     */
    public static Instant startsAfterForEndsAfter(Instant instant) {
        return instant.minus(EARLIEST_START_BEFORE_END);
    }

    static final List<String> HISTORY_FIELDS = List.of("type", "title", "startsAt", "endsAt", "place", "onlineLink",
            "countryCodes", "organisationIds", "participants", "userIds", "partnershipIds", "programmeIds", "agenda",
            "minutes",
            "internalNotes", "sharedWithPartners");
    static final List<String> DECISION_HISTORY_FIELDS = List.of("text", "decidedOn", "effectiveFrom");
    static final List<String> ACTION_ITEM_HISTORY_FIELDS = List.of("title", "decisionId", "ownerUserId",
            "ownerPersonId", "dueOn", "status", "completionNote", "partnershipId", "countryCode");
    /** History field names of decisions and action items carry these prefixes in the meeting's merged history. */
    private static final Set<ActionItemStatus> OPEN_STATUSES = Set.of(ActionItemStatus.OPEN,
            ActionItemStatus.IN_PROGRESS);
    /** A country with more meetings than this is probed row by row on the list's first pages. */
    static final int PROBE_THRESHOLD = 20_000;
    /** Ids per IN list when reading records by id in bulk. */
    private static final int ID_CHUNK = 1000;

    public static final String DECISION_FIELD_PREFIX = "decision.";
    public static final String ACTION_ITEM_FIELD_PREFIX = "actionItem.";

    private final MeetingRepository meetings;
    private int probeThreshold = PROBE_THRESHOLD;
    private final VisibleMeetings visibleMeetings;
    private final DecisionRepository decisions;
    private final ActionItemRepository actionItems;
    private final EntityManager entityManager;
    private final PartnershipService partnerships;
    private final ProgrammeService programmes;
    private final DocumentService documents;
    private final UserDirectory users;
    private final CountryScope scope;
    private final AccessPolicy policy;
    private final OutOfScopeRequests outOfScope;
    private final CurrentUser currentUser;
    private final Validator validator;
    private final RecordHistory history;
    private final SecurityAuditLog auditLog;
    private final PortalTime time;

    MeetingService(MeetingRepository meetings, VisibleMeetings visibleMeetings, DecisionRepository decisions,
                   ActionItemRepository actionItems, EntityManager entityManager, PartnershipService partnerships,
                   ProgrammeService programmes, DocumentService documents, UserDirectory users, CountryScope scope, AccessPolicy policy,
                   OutOfScopeRequests outOfScope, CurrentUser currentUser,
                   Validator validator, RecordHistory history, SecurityAuditLog auditLog, PortalTime time) {
        this.meetings = meetings;
        this.visibleMeetings = visibleMeetings;
        this.decisions = decisions;
        this.actionItems = actionItems;
        this.entityManager = entityManager;
        this.partnerships = partnerships;
        this.programmes = programmes;
        this.documents = documents;
        this.users = users;
        this.scope = scope;
        this.policy = policy;
        this.outOfScope = outOfScope;
        this.currentUser = currentUser;
        this.validator = validator;
        this.history = history;
        this.auditLog = auditLog;
        this.time = time;
    }

    // ---------------------------------------------------------------------------------------------------- reads

    /**
     * One page of the meetings the current user may see, matching {@code filter}, newest first unless the page asks
     * otherwise. Reads only the requested rows, their countries in one more query; no count.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<MeetingListItem> findVisible(MeetingFilter filter, Pageable page) {
        if (refersToHidden(filter)) {
            return List.of();
        }
        var cb = entityManager.getCriteriaBuilder();
        var query = cb.createQuery(Meeting.class);
        var root = query.from(Meeting.class);
        boolean probe = probeInListOrder(filter);
        query.select(root).where((probe ? scope.<Meeting>sharedAnyCountryInProbing("countryCodes",
                "sharedWithPartners") : visible()).and(matching(filter, probe)).toPredicate(root, query, cb));
        query.orderBy(listOrder(root, cb, page.getSort()));
        var typed = entityManager.createQuery(query);
        if (page.isPaged()) {
            typed.setFirstResult((int) page.getOffset()).setMaxResults(page.getPageSize());
        }
        return toListItems(typed.getResultList());
    }

    /**
     * The ids of all the meetings {@link #findVisible} lists for {@code filter} and {@code sort}, in its order: for
     * exports, which then read the rows with {@link #findVisibleByIds} (ADR 0024). All rows are read, so the countries
     * are always joined, never probed row by row.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long[] findVisibleIds(MeetingFilter filter, Sort sort) {
        if (refersToHidden(filter)) {
            return new long[0];
        }
        var cb = entityManager.getCriteriaBuilder();
        var query = cb.createQuery(Long.class);
        var root = query.from(Meeting.class);
        query.select(root.get("id")).where(visible().and(matching(filter)).toPredicate(root, query, cb))
                .orderBy(listOrder(root, cb, sort));
        return OrderedIds.read(entityManager.createQuery(query));
    }

    /** The meetings with these ids that the current user may see, as the list shows them, in no order. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<MeetingListItem> findVisibleByIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Specification<Meeting> withIds = (root, query, cb) -> root.get("id").in(ids);
        return toListItems(meetings.findAll(visible().and(withIds)));
    }

    private static List<Order> listOrder(Root<Meeting> root, CriteriaBuilder cb, Sort sort) {
        var orders = new ArrayList<Order>();
        for (var order : sort) {
            var expression = switch (order.getProperty()) {
                case SORT_TITLE -> root.get("title");
                case SORT_TYPE -> root.get("type");
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

    private List<MeetingListItem> toListItems(List<Meeting> rows) {
        var countries = countriesOf(rows.stream().map(Meeting::getId).toList());
        return rows.stream().map(m -> new MeetingListItem(m.getId(), m.getType(), m.getTitle(), m.getStartsAt(),
                m.getEndsAt(), m.getPlace(), countries.getOrDefault(m.getId(), Set.of()), m.isSharedWithPartners()))
                .toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long countVisible(MeetingFilter filter) {
        if (refersToHidden(filter)) {
            return 0;
        }
        return meetings.count(visible().and(matching(filter)));
    }

    /**
     * How many meetings {@link #findVisible} lists for {@code filter}, counted up to {@code limit} (the list's label;
     * ADR 0030): the database stops after {@code limit + 1} matching rows.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public ListCount countVisibleUpTo(MeetingFilter filter, int limit) {
        if (refersToHidden(filter)) {
            return ListCount.exactly(0);
        }
        var cb = entityManager.getCriteriaBuilder();
        var query = cb.createQuery(Long.class);
        var root = query.from(Meeting.class);
        query.select(root.get("id")).where(visible().and(matching(filter)).toPredicate(root, query, cb));
        return ListCount.upTo(entityManager.createQuery(query), limit);
    }

    /** The meeting if it exists and the current user may see it; empty otherwise (the two are not told apart). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<MeetingDetails> findVisibleById(long id, Locale language) {
        var found = visibleMeetings.find(id);
        if (found.isEmpty()) {
            outOfScope.report("meeting", id, () -> meetings.existsById(id));
        }
        return found.map(m -> toDetails(m, language));
    }

    /** The decisions of a visible meeting, by number. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<DecisionItem> decisionsOf(long meetingId) {
        requireVisible(meetingId);
        return decisions.findByMeetingIdOrderByNumber(meetingId).stream().map(Decision::toItem).toList();
    }

    /** The action items of a visible meeting, by due date. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ActionItemView> actionItemsOf(long meetingId, Locale language) {
        var meeting = requireVisible(meetingId);
        return views(actionItems.findByMeetingIdOrderByDueOnAscIdAsc(meetingId), Map.of(meetingId, meeting),
                language);
    }

    /**
     * The action items the current user owns (as a portal user), overdue ones first, then by due date. A liaison's
     * list holds only items of meetings they may see. All of them in one list: for the reminders; lists page through
     * {@link #myActionItems(boolean, boolean, Pageable, Locale)}.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ActionItemView> myActionItems(boolean includeClosed, Locale language) {
        return myActionItems(includeClosed, false, Pageable.unpaged(), language);
    }

    /**
     * One page of the current user's own action items (as a portal user), overdue ones first, then by due date and
     * id, unless the page asks for another order; open and in-progress ones only unless {@code includeClosed}, only
     * the overdue ones when {@code overdueOnly}. Sorted and cut in the database (the index on owner, status and due
     * date narrows to the user's items); a liaison's list holds only items of meetings they may see.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ActionItemView> myActionItems(boolean includeClosed, boolean overdueOnly, Pageable page,
                                              Locale language) {
        var sort = page.getSort().isSorted() ? page.getSort() : Sort.by(SORT_OVERDUE_FIRST);
        var sorted = page.isPaged() ? org.springframework.data.domain.PageRequest.of(page.getPageNumber(),
                page.getPageSize(), sort) : Pageable.unpaged(sort);
        return findActionItems(myItems(includeClosed, overdueOnly), sorted, language);
    }

    /** How many items {@link #myActionItems(boolean, boolean, Pageable, Locale)} holds in all. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long countMyActionItems(boolean includeClosed, boolean overdueOnly) {
        return countActionItems(myItems(includeClosed, overdueOnly));
    }

    private ActionItemFilter myItems(boolean includeClosed, boolean overdueOnly) {
        return new ActionItemFilter(null, ActionItemOwner.user(currentUser.require().id()),
                includeClosed ? Set.of() : OPEN_STATUSES, overdueOnly, null, null, null);
    }

    /**
     * One page of the action items of every owner that the current user may see, matching {@code filter}: staff
     * (officers, heads, administrators) see all, a liaison those of meetings shared with partners that concern one of
     * their countries (the meetings' own rule, in the query). By due date unless the page asks for {@link #SORT_DUE},
     * {@link #SORT_STATUS}, {@link #SORT_TITLE} or {@link #SORT_OVERDUE_FIRST}; reads only the page's rows. A filter
     * by a meeting or a registry person the user may not see finds nothing.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ActionItemView> findActionItems(ActionItemFilter filter, Pageable page, Locale language) {
        if (refersToHidden(filter)) {
            return List.of();
        }
        var today = today();
        var cb = entityManager.getCriteriaBuilder();
        var query = cb.createQuery(ActionItem.class);
        var item = query.from(ActionItem.class);
        // as the meetings list: for a liaison of frequent countries the meetings are probed row by row while the items
        // are read in list order, rather than every item of those countries being sorted for one page
        boolean probe = scope.isRestricted() && probeInListOrder(MeetingFilter.none());
        query.select(item).where(actionItemsMatching(filter, today, query, cb, item, probe))
                .orderBy(actionItemOrder(page.getSort(), today, cb, item));
        var typed = entityManager.createQuery(query);
        if (page.isPaged()) {
            typed.setFirstResult((int) page.getOffset()).setMaxResults(page.getPageSize());
        }
        // the rows' meetings passed the scope in the query; read again through it all the same
        return ofVisibleMeetings(typed.getResultList(), language);
    }

    /**
     * The ids of all the action items {@link #findActionItems} finds for {@code filter}, in the order {@code sort}
     * gives there: for exports, which then read the rows with {@link #findActionItemsByIds} (ADR 0024).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long[] findActionItemIds(ActionItemFilter filter, Sort sort) {
        if (refersToHidden(filter)) {
            return new long[0];
        }
        var today = today();
        var cb = entityManager.getCriteriaBuilder();
        var query = cb.createQuery(Long.class);
        var item = query.from(ActionItem.class);
        boolean probe = scope.isRestricted() && probeInListOrder(MeetingFilter.none());
        query.select(item.get("id")).where(actionItemsMatching(filter, today, query, cb, item, probe))
                .orderBy(actionItemOrder(sort, today, cb, item));
        return OrderedIds.read(entityManager.createQuery(query));
    }

    /** The action items with these ids, of meetings the current user may see, as the list shows them, in no order. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ActionItemView> findActionItemsByIds(Collection<Long> ids, Locale language) {
        return ofVisibleMeetings(actionItems.findAllById(ids), language);
    }

    /** The items whose meeting the current user may see (the meetings' liaison rule), as lists show them. */
    private List<ActionItemView> ofVisibleMeetings(List<ActionItem> items, Locale language) {
        var meetingsById = visibleMeetingsById(items.stream().map(ActionItem::getMeetingId).distinct().toList());
        return views(items.stream().filter(i -> meetingsById.get(i.getMeetingId()) != null).toList(), meetingsById,
                language);
    }

    private List<Order> actionItemOrder(Sort sort, LocalDate today, jakarta.persistence.criteria.CriteriaBuilder cb,
                                        jakarta.persistence.criteria.Root<ActionItem> item) {
        var orders = new ArrayList<Order>();
        for (var order : sort) {
            jakarta.persistence.criteria.Expression<?> expression = switch (order.getProperty()) {
                case SORT_TITLE -> item.get("title");
                case SORT_STATUS -> item.get("status");
                case SORT_OVERDUE_FIRST -> cb.<Integer>selectCase().when(overdue(cb, item, today), 0).otherwise(1);
                default -> item.get("dueOn");
            };
            orders.add(order.getDirection() == Sort.Direction.DESC ? cb.desc(expression) : cb.asc(expression));
            if (order.getProperty().equals(SORT_OVERDUE_FIRST) || order.getProperty().equals(SORT_STATUS)) {
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

    /** How many action items {@link #findActionItems} finds for {@code filter} in all. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long countActionItems(ActionItemFilter filter) {
        if (refersToHidden(filter)) {
            return 0;
        }
        var cb = entityManager.getCriteriaBuilder();
        var query = cb.createQuery(Long.class);
        var item = query.from(ActionItem.class);
        query.select(cb.count(item)).where(actionItemsMatching(filter, today(), query, cb, item, false));
        return entityManager.createQuery(query).getSingleResult();
    }

    /** How many items {@link #findActionItems} finds for {@code filter}, counted up to {@code limit} (ADR 0030). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public ListCount countActionItemsUpTo(ActionItemFilter filter, int limit) {
        if (refersToHidden(filter)) {
            return ListCount.exactly(0);
        }
        var cb = entityManager.getCriteriaBuilder();
        var query = cb.createQuery(Long.class);
        var item = query.from(ActionItem.class);
        query.select(item.get("id")).where(actionItemsMatching(filter, today(), query, cb, item, false));
        return ListCount.upTo(entityManager.createQuery(query), limit);
    }

    /**
     * The filter's conditions and the liaison rule. The rule is the meetings' own ({@link #visible()}, or its probing
     * form, see {@link #probeInListOrder}), applied to each item's meeting joined in the query; staff are not
     * narrowed, so their queries read the items alone.
     */
    private Predicate actionItemsMatching(ActionItemFilter filter, LocalDate today,
                                          jakarta.persistence.criteria.CriteriaQuery<?> query,
                                          jakarta.persistence.criteria.CriteriaBuilder cb,
                                          jakarta.persistence.criteria.Root<ActionItem> item, boolean probe) {
        var predicates = new ArrayList<Predicate>();
        if (scope.isRestricted() && probe) {
            // the meeting in a correlated count, not a join: with a join MariaDB starts from the meetings and sorts
            // every item of them; with the count it reads the items along the due date index and stops after a page
            var sub = query.subquery(Long.class);
            var meeting = sub.from(Meeting.class);
            sub.select(cb.count(meeting)).where(cb.equal(meeting.get("id"), item.get("meetingId")),
                    scope.<Meeting>sharedAnyCountryInProbing("countryCodes", "sharedWithPartners")
                            .toPredicate(meeting, query, cb));
            predicates.add(cb.greaterThan(sub, 0L));
        } else if (scope.isRestricted()) {
            var meeting = query.from(Meeting.class);
            predicates.add(cb.equal(meeting.get("id"), item.get("meetingId")));
            predicates.add(visible().toPredicate(meeting, query, cb));
        }
        var owner = filter.owner();
        if (owner != null) {
            switch (owner.kind()) {
                case USER -> predicates.add(cb.equal(item.get("ownerUserId"), owner.id()));
                case PERSON -> predicates.add(cb.equal(item.get("ownerPersonId"), owner.id()));
                case NONE -> {
                    predicates.add(cb.isNull(item.get("ownerUserId")));
                    predicates.add(cb.isNull(item.get("ownerPersonId")));
                }
            }
        }
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
        return cb.and(predicates.toArray(Predicate[]::new));
    }

    /** The query form of {@link ActionItemStatus#overdue}: open or in progress, due before today (Kyiv). */
    private static Predicate overdue(jakarta.persistence.criteria.CriteriaBuilder cb,
                                     jakarta.persistence.criteria.Root<ActionItem> item, LocalDate today) {
        return cb.and(item.get("status").in(OPEN_STATUSES), cb.lessThan(item.get("dueOn"), today));
    }

    /**
     * Whether the filter names a meeting or a registry person the current user may not see: their items are then
     * none, so that the filter tells nothing about them.
     */
    private boolean refersToHidden(ActionItemFilter filter) {
        if (filter.meetingId() != null && visibleMeetings.find(filter.meetingId()).isEmpty()) {
            return true;
        }
        var owner = filter.owner();
        if (owner != null && owner.kind() == ActionItemOwner.Kind.PERSON) {
            var person = entityManager.find(Person.class, owner.id());
            return person == null || !scope.canSeeCountry(person.getCountryCode());
        }
        return false;
    }

    /**
     * The ids of the action items {@link #myActionItems(boolean, boolean, Pageable, Locale)} lists, in its order
     * (overdue first, then by due date and id): the same filter and order through {@link #findActionItemIds}, for
     * exports, which then read the items with {@link #myActionItemsByIds} (ADR 0024).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long[] myActionItemIds(boolean includeClosed, boolean overdueOnly) {
        return findActionItemIds(myItems(includeClosed, overdueOnly), Sort.by(SORT_OVERDUE_FIRST));
    }

    /**
     * The action items among {@code ids} that the current user owns, of meetings they may see, as
     * {@link #myActionItems} shows them, in no order.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ActionItemView> myActionItemsByIds(Collection<Long> ids, Locale language) {
        var me = currentUser.require().id();
        return ofVisibleMeetings(actionItems.findAllById(ids).stream()
                .filter(i -> i.getOwnerUserId() != null && i.getOwnerUserId() == me).toList(), language);
    }

    /**
     * The open action items (open or in progress) that concern a country: those of its meetings and those that name
     * it, by due date, of meetings the current user may see. Empty for a country the user may not see. For the
     * country briefing pack.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ActionItemView> openActionItemsOfCountry(String countryCode, Locale language) {
        if (countryCode == null || !scope.canSeeCountry(countryCode)) {
            return List.of();
        }
        var items = entityManager.createQuery("""
                        select i from ActionItem i, Meeting m where m.id = i.meetingId and i.status in :open
                        and (i.countryCode = :country or :country member of m.countryCodes)
                        order by i.dueOn, i.id""", ActionItem.class)
                .setParameter("open", List.of(ActionItemStatus.OPEN, ActionItemStatus.IN_PROGRESS))
                .setParameter("country", countryCode)
                .getResultList();
        var meetingsById = visibleMeetingsById(items.stream().map(ActionItem::getMeetingId).distinct().toList());
        return views(items.stream().filter(i -> meetingsById.get(i.getMeetingId()) != null).toList(), meetingsById,
                language);
    }

    /**
     * The meetings among {@code ids} that the current user may see, by id, read in chunks with the liaison rule in the
     * query (the same rule as {@link VisibleMeetings}, in its query form).
     */
    private Map<Long, Meeting> visibleMeetingsById(List<Long> ids) {
        var found = new HashMap<Long, Meeting>();
        for (int from = 0; from < ids.size(); from += ID_CHUNK) {
            var chunk = ids.subList(from, Math.min(ids.size(), from + ID_CHUNK));
            Specification<Meeting> inChunk = (root, query, cb) -> root.get("id").in(chunk);
            meetings.findAll(visible().and(inChunk)).forEach(m -> found.put(m.getId(), m));
        }
        return found;
    }

    /** How many of the current user's own open items are overdue today. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long countMyOverdue() {
        return countMyActionItems(false, true);
    }

    /**
     * Every change of a visible meeting's fields, of its decisions and action items, and the uploads and deletions
     * of its documents, newest first. Internal notes are left out of a liaison's history as they are of the record.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<HistoryEntry> historyOf(long id) {
        requireVisible(id);
        var fields = policy.showsInternal()
                ? HISTORY_FIELDS : HISTORY_FIELDS.stream().filter(f -> !f.equals("internalNotes")).toList();
        // a partner's history begins when the meeting became visible to her (shared, of one of her countries)
        var seen = policy.historyStates(state -> scope.canSeeSharedAny(((Meeting) state).getCountryCodes(),
                ((Meeting) state).isSharedWithPartners()));
        var own = prefixed(history.historyOf(Meeting.class, id, fields, seen).stream()
                .filter(entry -> entry.kind() != HistoryEntry.Kind.CHANGED || !entry.changes().isEmpty())
                .toList(), "");
        var decisionHistory = prefixed(history.historyOfMatching(Decision.class,
                AuditEntity.property("meetingId").eq(id), DECISION_HISTORY_FIELDS, d -> true,
                d -> "№ " + ((Decision) d).getNumber()), DECISION_FIELD_PREFIX);
        var itemHistory = prefixed(history.historyOfMatching(ActionItem.class,
                AuditEntity.property("meetingId").eq(id), ACTION_ITEM_HISTORY_FIELDS, i -> true,
                i -> ((ActionItem) i).getTitle()), ACTION_ITEM_FIELD_PREFIX);
        return policy.authorsForReader(RecordHistory.mergeSeen(own, RecordHistory.merge(decisionHistory,
                RecordHistory.merge(itemHistory, documents.historyFor(DocumentOwnerKind.MEETING, id)))));
    }

    /**
     * One visible meeting as an iCalendar file, written to the security log as a download; empty for a missing or
     * out-of-scope id.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<String> icsOf(long id) {
        return visibleMeetings.find(id).map(m -> {
            auditLog.record(SecurityEventType.DOWNLOAD, username(), "meeting " + m.getId() + " as .ics");
            return ICalendarWriter.write(List.of(m), null, time.now());
        });
    }

    /**
     * The current user's calendar: every meeting they may see from {@link #FEED_DAYS_BACK} days ago on (at most
     * {@link #FEED_MAX_MEETINGS}), as an iCalendar text.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public String feedOfCurrentUser(String calendarName) {
        var since = time.now().minus(java.time.Duration.ofDays(FEED_DAYS_BACK));
        Specification<Meeting> recent = (root, query, cb) -> cb.greaterThan(root.get("endsAt"), since);
        var rows = meetings.findAll(visible().and(recent),
                org.springframework.data.domain.PageRequest.of(0, FEED_MAX_MEETINGS, Sort.by("startsAt", "id")))
                .getContent();
        return ICalendarWriter.write(rows, calendarName, time.now());
    }

    /** Today in Europe/Kyiv: the day against which due dates are overdue. */
    public LocalDate today() {
        return time.today();
    }

    // --------------------------------------------------------------------------------------------------- writes

    /**
     * Records a new meeting. Refuses invalid input ({@link jakarta.validation.ConstraintViolationException}) and
     * unknown references or an end not after the start ({@link MeetingRefusedException}) before anything is stored.
     * Linked partnerships' last contact moves forward to the meeting's day (when it is not in the future).
     */
    @RolesAllowed({Role.Names.OFFICER, Role.Names.ADMIN})
    @Transactional
    public MeetingDetails create(MeetingChanges changes, Locale language) {
        Validation.requireValid(validator, changes);
        check(changes);
        var meeting = Meeting.create();
        meeting.apply(changes, username(), time.now());
        meetings.saveAndFlush(meeting);
        recordContacts(meeting);
        return toDetails(meeting, language);
    }

    /**
     * Saves changes to a meeting. Refuses invalid input and changes made on top of a stale version
     * ({@link ConcurrentEditException}); stored data stays as it was in every case.
     */
    @RolesAllowed({Role.Names.OFFICER, Role.Names.ADMIN})
    @Transactional
    public MeetingDetails update(MeetingChanges changes, Locale language) {
        Validation.requireValid(validator, changes);
        if (changes.id() == null) {
            throw new IllegalArgumentException("An update needs the id of the meeting");
        }
        var meeting = requireCurrent(changes.id(), changes.version());
        check(changes);
        meeting.apply(changes, username(), time.now());
        flush(meeting, changes.version());
        recordContacts(meeting);
        return toDetails(meeting, language);
    }

    /** Replaces the registry persons who took part (person id → role); the version check as for {@link #update}. */
    @RolesAllowed({Role.Names.OFFICER, Role.Names.ADMIN})
    @Transactional
    public MeetingDetails updateParticipants(long id, long version, Map<Long, ParticipantRole> participants,
                                             Locale language) {
        var meeting = requireCurrent(id, version);
        for (var entry : participants.entrySet()) {
            if (entry.getValue() == null || entityManager.find(Person.class, entry.getKey()) == null) {
                throw new MeetingRefusedException(Reason.PERSON_UNKNOWN);
            }
        }
        meeting.replaceParticipants(participants, username(), time.now());
        flush(meeting, version);
        return toDetails(meeting, language);
    }

    /**
     * Records a new decision of a meeting (numbered after the highest number so far, a number that never changes) or
     * changes one; the version check as for meetings.
     */
    @RolesAllowed({Role.Names.OFFICER, Role.Names.ADMIN})
    @Transactional
    public DecisionItem saveDecision(long meetingId, DecisionChanges changes) {
        Validation.requireValid(validator, changes);
        requireVisible(meetingId);
        Decision decision;
        if (changes.id() == null) {
            // the unique key (meeting, number) refuses a second decision taking the same number at the same time
            decision = new Decision(meetingId, decisions.highestNumber(meetingId) + 1);
        } else {
            decision = decisions.findById(changes.id()).filter(d -> d.getMeetingId() == meetingId)
                    .orElseThrow(() -> new RecordNotFoundException("Decision " + changes.id()));
            if (decision.getVersion() != changes.version()) {
                throw new ConcurrentEditException("Decision " + changes.id(), changes.version(),
                        decision.getVersion());
            }
        }
        decision.apply(changes, username(), time.now());
        try {
            decisions.saveAndFlush(decision);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentEditException("Decision " + decision.getId(), changes.version(),
                    changes.version() + 1);
        }
        return decision.toItem();
    }

    /**
     * Records a new action item of a meeting or changes one (all fields; officers and administrators). The owner is
     * exactly one of a portal user and a registry person; a decision must be one of the same meeting.
     */
    @RolesAllowed({Role.Names.OFFICER, Role.Names.ADMIN})
    @Transactional
    public ActionItemView saveActionItem(ActionItemChanges changes, Locale language) {
        Validation.requireValid(validator, changes);
        var meeting = visibleMeetings.find(changes.meetingId())
                .orElseThrow(() -> new RecordNotFoundException("Meeting " + changes.meetingId()));
        if ((changes.ownerUserId() == null) == (changes.ownerPersonId() == null)) {
            throw new MeetingRefusedException(Reason.OWNER_REQUIRED);
        }
        if (changes.ownerUserId() != null && users.displayNames(Set.of(changes.ownerUserId())).isEmpty()) {
            throw new MeetingRefusedException(Reason.USER_UNKNOWN);
        }
        if (changes.ownerPersonId() != null && entityManager.find(Person.class, changes.ownerPersonId()) == null) {
            throw new MeetingRefusedException(Reason.PERSON_UNKNOWN);
        }
        if (changes.decisionId() != null && decisions.findById(changes.decisionId())
                .filter(d -> d.getMeetingId() == changes.meetingId()).isEmpty()) {
            throw new MeetingRefusedException(Reason.DECISION_UNKNOWN);
        }
        if (changes.partnershipId() != null
                && partnerships.findVisibleById(changes.partnershipId(), language).isEmpty()) {
            throw new MeetingRefusedException(Reason.PARTNERSHIP_UNKNOWN);
        }
        if (changes.countryCode() != null && entityManager.find(Country.class, changes.countryCode()) == null) {
            throw new MeetingRefusedException(Reason.COUNTRY_UNKNOWN);
        }
        ActionItem item;
        if (changes.id() == null) {
            item = new ActionItem(changes.meetingId());
        } else {
            item = actionItems.findById(changes.id()).filter(i -> i.getMeetingId() == changes.meetingId())
                    .orElseThrow(() -> new RecordNotFoundException("Action item " + changes.id()));
            if (item.getVersion() != changes.version()) {
                throw new ConcurrentEditException("Action item " + changes.id(), changes.version(),
                        item.getVersion());
            }
        }
        item.apply(changes, username(), time.now());
        try {
            actionItems.saveAndFlush(item);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentEditException("Action item " + item.getId(), changes.version(),
                    changes.version() + 1);
        }
        return views(List.of(item), Map.of(meeting.getId(), meeting), language).getFirst();
    }

    /**
     * The owner of an action item (the signed-in portal user it is assigned to, a liaison included) moves its status
     * and completion note. Anyone else's item, and an item of a meeting the user may not see, answers like a missing
     * id; nothing else of the item changes. The change is kept in the history with the user's name. Refused while an
     * officer previews the portal as a liaison: a preview changes nothing, her own items included.
     */
    @PreAuthorize("isAuthenticated() and @liaisonPreview.previewedCountry().isEmpty()")
    @Transactional
    public ActionItemView updateMyActionItem(long id, long version, ActionItemStatus status, String note,
                                             Locale language) {
        var me = currentUser.require().id();
        var item = actionItems.findById(id).filter(i -> i.getOwnerUserId() != null && i.getOwnerUserId() == me)
                .orElseThrow(() -> new RecordNotFoundException("Action item " + id));
        var meeting = visibleMeetings.find(item.getMeetingId())
                .orElseThrow(() -> new RecordNotFoundException("Action item " + id));
        if (status == null) {
            throw new MeetingRefusedException(Reason.STATUS_REQUIRED);
        }
        if (note != null && note.strip().length() > ActionItem.NOTE_MAX_LENGTH) {
            throw new MeetingRefusedException(Reason.NOTE_TOO_LONG);
        }
        if (item.getVersion() != version) {
            throw new ConcurrentEditException("Action item " + id, version, item.getVersion());
        }
        item.progress(status, note, username(), time.now());
        try {
            actionItems.saveAndFlush(item);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentEditException("Action item " + id, version, version + 1);
        }
        return views(List.of(item), Map.of(meeting.getId(), meeting), language).getFirst();
    }

    // ------------------------------------------------------------------------------------------------- internals

    private Meeting requireVisible(long id) {
        return visibleMeetings.find(id).orElseThrow(() -> new RecordNotFoundException("Meeting " + id));
    }

    private Meeting requireCurrent(long id, long version) {
        var meeting = requireVisible(id);
        if (meeting.getVersion() != version) {
            throw new ConcurrentEditException("Meeting " + id, version, meeting.getVersion());
        }
        return meeting;
    }

    private Meeting flush(Meeting meeting, long version) {
        try {
            return meetings.saveAndFlush(meeting);
        } catch (ObjectOptimisticLockingFailureException e) {
            // someone saved between our read and our write; the database's version check caught it
            throw new ConcurrentEditException("Meeting " + meeting.getId(), version, version + 1);
        }
    }

    private void check(MeetingChanges changes) {
        if (!changes.endsAt().isAfter(changes.startsAt())) {
            throw new MeetingRefusedException(Reason.END_NOT_AFTER_START);
        }
        if (!isWithinMaxDuration(changes.startsAt(), changes.endsAt())) {
            throw new MeetingRefusedException(Reason.TOO_LONG);
        }
        if (changes.onlineLink() != null && !changes.onlineLink().isBlank() && !isHttpsUrl(changes.onlineLink())) {
            throw new MeetingRefusedException(Reason.LINK_NOT_HTTPS);
        }
        for (var code : changes.countryCodes()) {
            if (code == null || entityManager.find(Country.class, code) == null) {
                throw new MeetingRefusedException(Reason.COUNTRY_UNKNOWN);
            }
        }
        for (var id : changes.organisationIds()) {
            if (entityManager.find(Organisation.class, id) == null) {
                throw new MeetingRefusedException(Reason.ORGANISATION_UNKNOWN);
            }
        }
        if (users.displayNames(changes.userIds()).size() != changes.userIds().size()) {
            throw new MeetingRefusedException(Reason.USER_UNKNOWN);
        }
        for (var id : changes.partnershipIds()) {
            if (partnerships.findVisibleById(id, Locale.ENGLISH).isEmpty()) {
                throw new MeetingRefusedException(Reason.PARTNERSHIP_UNKNOWN);
            }
        }
        for (var id : changes.programmeIds()) {
            if (programmes.findVisibleTitle(id, Locale.ENGLISH).isEmpty()) {
                throw new MeetingRefusedException(Reason.PROGRAMME_UNKNOWN);
            }
        }
    }

    /** Whether a meeting from {@code start} to {@code end} lasts no longer than {@link Meeting#MAX_DURATION}. */
    public static boolean isWithinMaxDuration(Instant start, Instant end) {
        return !end.isAfter(start.plus(Meeting.MAX_DURATION));
    }

    /** An absolute https address with a host: what the form and the service accept as an online link. */
    public static boolean isHttpsUrl(String text) {
        try {
            var uri = new URI(text.strip());
            return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private void recordContacts(Meeting meeting) {
        var day = meeting.getStartsAt().atZone(PortalTime.ZONE).toLocalDate();
        for (var partnershipId : meeting.getPartnershipIds()) {
            partnerships.recordContact(partnershipId, day);
        }
    }

    /**
     * Whether the filter names a partnership, programme, organisation or registry person the current user may not
     * see: its meetings are then none, so that a liaison cannot learn through the filter which meetings link an
     * internal record, nor tell a record of another country from a missing one.
     */
    private boolean refersToHidden(MeetingFilter filter) {
        return filter.partnershipId() != null
                && partnerships.findVisibleById(filter.partnershipId(), Locale.ENGLISH).isEmpty()
                || filter.programmeId() != null
                && programmes.findVisibleTitle(filter.programmeId(), Locale.ENGLISH).isEmpty()
                || filter.organisationId() != null && Optional.ofNullable(entityManager.find(Organisation.class,
                        filter.organisationId())).filter(o -> scope.canSeeCountry(o.getCountryCode())).isEmpty()
                || filter.personId() != null && Optional.ofNullable(entityManager.find(Person.class,
                        filter.personId())).filter(p -> scope.canSeeCountry(p.getCountryCode())).isEmpty();
    }

    private String username() {
        return currentUser.require().username();
    }

    private Specification<Meeting> visible() {
        return scope.sharedAnyCountryIn("countryCodes", "sharedWithPartners");
    }

    /**
     * Whether the page query should test the meetings' countries row by row while reading the meetings in list order
     * (see {@link CountryScope#sharedAnyCountryInProbing}) rather than as a semi-join that the database may start from
     * the countries' rows and then sort them all. Probing pays when the countries narrowed to are frequent (the first
     * page is found after a few hundred rows); for a rare country the semi-join reads few rows. Organisation and
     * partnership filters are always narrow, so never probed.
     */
    /** Tests only: both query forms on small data (0 probes always). */
    void probeAbove(int meetingsOfTheCountries) {
        this.probeThreshold = meetingsOfTheCountries;
    }

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

    private static Specification<Meeting> matching(MeetingFilter filter) {
        return matching(filter, false);
    }

    private static Specification<Meeting> matching(MeetingFilter filter, boolean probe) {
        return (root, query, cb) -> {
            var predicates = new ArrayList<Predicate>();
            if (filter.from() != null) {
                predicates.add(cb.greaterThan(root.get("endsAt"), filter.from()));
                // implied by the line above and the longest a meeting may last (the database checks it, with a day
                // more), but it bounds the start index's range from below: without it a period's meetings were found
                // by reading every meeting that started before the period's end
                predicates.add(cb.greaterThan(root.get("startsAt"), startsAfterForEndsAfter(filter.from())));
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
            if (filter.organisationId() != null) {
                predicates.add(memberOf(root, query, cb, "organisationIds", filter.organisationId()));
            }
            if (filter.partnershipId() != null) {
                predicates.add(memberOf(root, query, cb, "partnershipIds", filter.partnershipId()));
            }
            if (filter.programmeId() != null) {
                predicates.add(memberOf(root, query, cb, "programmeIds", filter.programmeId()));
            }
            if (filter.personId() != null) {
                var sub = query.subquery(Integer.class);
                var participant = sub.correlate(root).joinMap("participants");
                sub.select(cb.literal(1)).where(cb.equal(participant.key(), filter.personId()));
                predicates.add(cb.exists(sub));
            }
            if (filter.text() != null && !filter.text().isBlank()) {
                var pattern = "%" + LikePattern.escape(filter.text().strip().toLowerCase(Locale.ROOT)) + "%";
                predicates.add(cb.or(cb.like(cb.lower(root.get("title")), pattern, '\\'),
                        cb.like(cb.lower(root.get("place")), pattern, '\\')));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }

    private static Predicate memberOf(jakarta.persistence.criteria.Root<Meeting> root,
                                      jakarta.persistence.criteria.CriteriaQuery<?> query,
                                      jakarta.persistence.criteria.CriteriaBuilder cb, String collection,
                                      Object value) {
        var sub = query.subquery(Integer.class);
        var correlated = sub.correlate(root);
        var element = correlated.join(collection);
        sub.select(cb.literal(1)).where(cb.equal(element, value));
        return cb.exists(sub);
    }

    /** {@link #memberOf} as a correlated count, evaluated row by row (see {@link #probeInListOrder}). */
    private static Predicate containsProbing(jakarta.persistence.criteria.Root<Meeting> root,
                                             jakarta.persistence.criteria.CriteriaQuery<?> query,
                                             jakarta.persistence.criteria.CriteriaBuilder cb, String collection,
                                             Object value) {
        var sub = query.subquery(Long.class);
        var correlated = sub.correlate(root);
        var element = correlated.join(collection);
        sub.select(cb.count(element)).where(cb.equal(element, value));
        return cb.greaterThan(sub, 0L);
    }


    private Map<Long, Set<String>> countriesOf(List<Long> ids) {
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

    private List<ActionItemView> views(List<ActionItem> items, Map<Long, Meeting> meetingsById, Locale language) {
        var me = currentUser.get().map(u -> u.id()).orElse(-1L);
        var userIds = new HashSet<Long>();
        var decisionIds = new HashSet<Long>();
        items.forEach(i -> {
            if (i.getOwnerUserId() != null) {
                userIds.add(i.getOwnerUserId());
            }
            if (i.getDecisionId() != null) {
                decisionIds.add(i.getDecisionId());
            }
        });
        var userNames = users.displayNames(userIds);
        var personNames = new HashMap<Long, String>();
        var personIds = items.stream().map(ActionItem::getOwnerPersonId).filter(java.util.Objects::nonNull)
                .distinct().toList();
        for (int from = 0; from < personIds.size(); from += ID_CHUNK) {
            // the owners' names in a query per chunk, not one per item
            entityManager.createQuery("select p from Person p where p.id in :ids", Person.class)
                    .setParameter("ids", personIds.subList(from, Math.min(personIds.size(), from + ID_CHUNK)))
                    .getResultList().forEach(p -> personNames.put(p.getId(), p.fullName()));
        }
        var numbers = new HashMap<Long, Integer>();
        decisions.findAllById(decisionIds).forEach(d -> numbers.put(d.getId(), d.getNumber()));
        var today = today();
        return items.stream().map(i -> {
            String owner;
            Long ownerUserId = i.getOwnerUserId();
            if (ownerUserId != null) {
                // a staff owner's name is withheld from partners (AccessPolicy): shown as the office
                owner = userNames.get(ownerUserId);
                if (owner == null) {
                    ownerUserId = null;
                }
            } else {
                owner = personNames.getOrDefault(i.getOwnerPersonId(), "#" + i.getOwnerPersonId());
            }
            var meeting = meetingsById.get(i.getMeetingId());
            return new ActionItemView(i.getId(), i.getVersion(), i.getMeetingId(),
                    meeting == null ? "" : meeting.getTitle(), i.getDecisionId(),
                    i.getDecisionId() == null ? null : numbers.get(i.getDecisionId()), i.getTitle(),
                    ownerUserId, i.getOwnerPersonId(), owner, i.getDueOn(), i.getStatus(),
                    i.getCompletionNote(), i.getPartnershipId(), i.getCountryCode(),
                    i.getStatus().overdue(i.getDueOn(), today),
                    i.getOwnerUserId() != null && i.getOwnerUserId() == me);
        }).toList();
    }

    /**
     * The entries with their field names prefixed, and collection values copied while the transaction is open (the
     * audit records' collections load lazily and would fail in the view).
     */
    private static List<HistoryEntry> prefixed(List<HistoryEntry> entries, String prefix) {
        return entries.stream().map(e -> new HistoryEntry(e.revision(), e.changedAt(), e.changedBy(), e.kind(),
                e.subject(), e.changes().stream().map(c -> new HistoryEntry.FieldChange(prefix + c.field(),
                        detached(c.oldValue()), detached(c.newValue()))).toList())).toList();
    }

    private static Object detached(Object value) {
        return switch (value) {
            case java.util.Map<?, ?> map -> new HashMap<>(map);
            case java.util.Collection<?> collection -> new ArrayList<>(collection);
            case null -> null;
            default -> value;
        };
    }

    private MeetingDetails toDetails(Meeting m, Locale language) {
        var organisations = m.getOrganisationIds().stream()
                .map(id -> entityManager.find(Organisation.class, id))
                .filter(java.util.Objects::nonNull)
                .map(o -> new MeetingDetails.Named(o.getId(), RegistryNames.nameIn(o.getNameOriginal(), o.getNameUk(),
                        o.getNameEn(), language), scope.canSeeCountry(o.getCountryCode())))
                .sorted(Comparator.comparing(MeetingDetails.Named::name))
                .toList();
        var participants = new ArrayList<MeetingDetails.Participant>();
        for (var entry : m.getParticipants().entrySet()) {
            var person = entityManager.find(Person.class, entry.getKey());
            if (person != null) {
                participants.add(new MeetingDetails.Participant(person.getId(), person.fullName(), entry.getValue(),
                        scope.canSeeCountry(person.getCountryCode())));
            }
        }
        participants.sort(Comparator.comparing(MeetingDetails.Participant::role)
                .thenComparing(MeetingDetails.Participant::name));
        var userNames = users.displayNames(m.getUserIds());
        var internalUsers = new ArrayList<>(userNames.entrySet().stream()
                .map(e -> new MeetingDetails.Named(e.getKey(), e.getValue(), false))
                .sorted(Comparator.comparing(MeetingDetails.Named::name)).toList());
        if (userNames.size() < m.getUserIds().size()) {
            // staff members whose names are withheld from a partner take part as the office (no id, no name)
            internalUsers.add(new MeetingDetails.Named(0, null, false));
        }
        var linked = new LinkedHashMap<Long, String>();
        for (var id : m.getPartnershipIds()) {
            // a liaison sees only the linked partnerships they may see themselves
            partnerships.findVisibleName(id, language).ifPresent(name -> linked.put(id, name));
        }
        var partnershipNames = linked.entrySet().stream()
                .map(e -> new MeetingDetails.Named(e.getKey(), e.getValue(), true))
                .sorted(Comparator.comparing(MeetingDetails.Named::name)).toList();
        // likewise the programmes: one the reader may not see is left out, its title never read out
        var programmeNames = m.getProgrammeIds().stream()
                .flatMap(id -> programmes.findVisibleTitle(id, language)
                        .map(title -> new MeetingDetails.Named(id, title, true)).stream())
                .sorted(Comparator.comparing(MeetingDetails.Named::name)).toList();
        return new MeetingDetails(m.getId(), m.getVersion(), m.getType(), m.getTitle(), m.getStartsAt(),
                m.getEndsAt(), m.getPlace(), m.getOnlineLink(), new TreeSet<>(m.getCountryCodes()), organisations,
                List.copyOf(participants), List.copyOf(internalUsers), partnershipNames, programmeNames,
                m.getAgenda(), m.getMinutes(), policy.internal(m.getInternalNotes()), m.isSharedWithPartners(),
                m.getUpdatedAt(), policy.author(m.getUpdatedBy()));
    }
}
