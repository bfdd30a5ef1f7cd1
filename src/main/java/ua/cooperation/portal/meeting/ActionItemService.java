package ua.cooperation.portal.meeting;

import ua.cooperation.portal.translation.ChangedTexts;
import ua.cooperation.portal.translation.RecordTexts;
import ua.cooperation.portal.translation.TextOwnerKind;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.validation.Validator;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ua.cooperation.portal.base.ConcurrentEditException;
import ua.cooperation.portal.base.ListCount;
import ua.cooperation.portal.base.OrderedIds;
import ua.cooperation.portal.base.PortalTime;
import ua.cooperation.portal.base.RecordNotFoundException;
import ua.cooperation.portal.base.Validation;
import ua.cooperation.portal.security.AccessPolicy;
import ua.cooperation.portal.security.CountryScope;
import ua.cooperation.portal.security.CurrentUser;
import ua.cooperation.portal.security.PartnerWrites;
import ua.cooperation.portal.security.Permissions;
import ua.cooperation.portal.security.Role;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static ua.cooperation.portal.meeting.MeetingRefusedException.Reason;

/**
 * The action items of meetings: per meeting, the lists of every owner and of the current user's own, the open items of
 * a country, and their writes. An item is exactly as visible as its meeting ({@link VisibleMeetings}): a liaison sees
 * the items of meetings shared with partners that concern one of their countries; any other id answers like a missing
 * one. Officers and administrators record and change items; the owner of an item (any signed-in user, liaisons
 * included) may move its status and completion note, and nothing else ({@link #updateMyActionItem}).
 */
@Service
public class ActionItemService {

    /** Sort keys of the action items lists; anything else sorts by due date. */
    public static final String SORT_TITLE = MeetingService.SORT_TITLE;
    public static final String SORT_DUE = "due";
    public static final String SORT_STATUS = "status";
    /**
     * Overdue items first, then by due date: for one owner's items only, where the index on (owner, status, due date)
     * narrows the rows to sort to that owner's; over all items it would sort the whole table.
     */
    public static final String SORT_OVERDUE_FIRST = "overdueFirst";

    private final ActionItemRepository actionItems;
    private final VisibleMeetings visibleMeetings;
    private final ActionItemQueries queries;
    private final ActionItemViews views;
    private final ActionItemChecks checks;
    private final EntityManager entityManager;
    private final CountryScope scope;
    private final AccessPolicy policy;
    private final CurrentUser currentUser;
    private final Validator validator;
    private final PortalTime time;

    private final RecordTexts translations;
    private final MeetingEvents events;
    private final PartnerWrites partnerWrites;

    ActionItemService(ActionItemRepository actionItems, VisibleMeetings visibleMeetings, ActionItemQueries queries,
                      ActionItemViews views, ActionItemChecks checks, EntityManager entityManager,
                      CountryScope scope, AccessPolicy policy, CurrentUser currentUser, Validator validator,
                      PortalTime time, RecordTexts translations, MeetingEvents events,
                      PartnerWrites partnerWrites) {
        this.partnerWrites = partnerWrites;
        this.translations = translations;
        this.events = events;
        this.actionItems = actionItems;
        this.visibleMeetings = visibleMeetings;
        this.queries = queries;
        this.views = views;
        this.checks = checks;
        this.entityManager = entityManager;
        this.scope = scope;
        this.policy = policy;
        this.currentUser = currentUser;
        this.validator = validator;
        this.time = time;
    }

    /**
     * What the reader may do with action items: record and change them (officers and administrators); whether they
     * see the office's own side ({@link Permissions#showsInternal()}), such as which staff member owns an item.
     */
    public Permissions permissions() {
        return policy.permissions();
    }

    // ---------------------------------------------------------------------------------------------------- reads

    /** The action items of a visible meeting, by due date. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ActionItemView> actionItemsOf(long meetingId, Locale language) {
        var meeting = visibleMeetings.require(meetingId);
        return views.of(actionItems.findByMeetingIdOrderByDueOnAscIdAsc(meetingId), Map.of(meetingId, meeting),
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
        var sorted = page.isPaged() ? PageRequest.of(page.getPageNumber(), page.getPageSize(), sort)
                : Pageable.unpaged(sort);
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
                includeClosed ? Set.of() : ActionItemQueries.OPEN_STATUSES, overdueOnly, null, null, null);
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
        if (queries.refersToHidden(filter)) {
            return List.of();
        }
        var today = today();
        var cb = entityManager.getCriteriaBuilder();
        var query = cb.createQuery(ActionItem.class);
        var item = query.from(ActionItem.class);
        query.select(item).where(queries.matching(filter, today, query, cb, item, queries.probe()))
                .orderBy(ActionItemQueries.order(page.getSort(), today, cb, item));
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
        if (queries.refersToHidden(filter)) {
            return new long[0];
        }
        var today = today();
        var cb = entityManager.getCriteriaBuilder();
        var query = cb.createQuery(Long.class);
        var item = query.from(ActionItem.class);
        query.select(item.get("id")).where(queries.matching(filter, today, query, cb, item, queries.probe()))
                .orderBy(ActionItemQueries.order(sort, today, cb, item));
        return OrderedIds.read(entityManager.createQuery(query));
    }

    /** The action items with these ids, of meetings the current user may see, as the list shows them, in no order. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ActionItemView> findActionItemsByIds(Collection<Long> ids, Locale language) {
        return ofVisibleMeetings(actionItems.findAllById(ids), language);
    }

    /** How many action items {@link #findActionItems} finds for {@code filter} in all. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long countActionItems(ActionItemFilter filter) {
        if (queries.refersToHidden(filter)) {
            return 0;
        }
        var cb = entityManager.getCriteriaBuilder();
        var query = cb.createQuery(Long.class);
        var item = query.from(ActionItem.class);
        query.select(cb.count(item)).where(queries.matching(filter, today(), query, cb, item, false));
        return entityManager.createQuery(query).getSingleResult();
    }

    /** How many items {@link #findActionItems} finds for {@code filter}, counted up to {@code limit} (ADR 0030). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public ListCount countActionItemsUpTo(ActionItemFilter filter, int limit) {
        if (queries.refersToHidden(filter)) {
            return ListCount.exactly(0);
        }
        var cb = entityManager.getCriteriaBuilder();
        var query = cb.createQuery(Long.class);
        var item = query.from(ActionItem.class);
        query.select(item.get("id")).where(queries.matching(filter, today(), query, cb, item, false));
        return ListCount.upTo(entityManager.createQuery(query), limit);
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
        return ofVisibleMeetings(items, language);
    }

    /** How many of the current user's own open items are overdue today. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long countMyOverdue() {
        return countMyActionItems(false, true);
    }

    /** Today in Europe/Kyiv: the day against which due dates are overdue. */
    public LocalDate today() {
        return time.today();
    }

    /** The items whose meeting the current user may see (the meetings' liaison rule), as lists show them. */
    private List<ActionItemView> ofVisibleMeetings(List<ActionItem> items, Locale language) {
        var meetingsById = visibleMeetings.byIds(items.stream().map(ActionItem::getMeetingId).distinct().toList());
        return views.of(items.stream().filter(i -> meetingsById.get(i.getMeetingId()) != null).toList(),
                meetingsById, language);
    }

    // --------------------------------------------------------------------------------------------------- writes

    /**
     * Records a new action item of a meeting or changes one (all fields; officers and administrators). The owner is
     * exactly one of a portal user and a registry person; a decision must be one of the same meeting. Refuses invalid
     * input, unknown references ({@link MeetingRefusedException}) and changes on top of a stale version
     * ({@link ConcurrentEditException}); stored data stays as it was in every case.
     */
    @RolesAllowed({Role.Names.OFFICER, Role.Names.ADMIN})
    @Transactional
    public ActionItemView saveActionItem(ActionItemChanges changes, Locale language) {
        Validation.requireValid(validator, changes);
        var meeting = visibleMeetings.require(changes.meetingId());
        checks.check(changes, language);
        ActionItem item;
        if (changes.id() == null) {
            item = new ActionItem(changes.meetingId());
        } else {
            item = actionItems.findById(changes.id()).filter(i -> i.getMeetingId() == changes.meetingId())
                    .orElseThrow(() -> new RecordNotFoundException("Action item " + changes.id()));
            requireVersion(item, changes.version());
        }
        var before = ActionItemTextOwner.originals(item);
        var state = MeetingEvents.stateOf(item);
        item.apply(changes, username(), time.now());
        flush(item, changes.version());
        translations.originalsChanged(TextOwnerKind.ACTION_ITEM, item.getId(),
                ChangedTexts.between(before, ActionItemTextOwner.originals(item)));
        events.itemSaved(item, state, meeting);
        return views.of(List.of(item), Map.of(meeting.getId(), meeting), language).getFirst();
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
        requireVersion(item, version);
        partnerWrites.admit("action-item.progress", "ACTION_ITEM " + id);
        var before = ActionItemTextOwner.originals(item);
        var state = MeetingEvents.stateOf(item);
        item.progress(status, note, username(), time.now());
        flush(item, version);
        translations.originalsChanged(TextOwnerKind.ACTION_ITEM, item.getId(),
                ChangedTexts.between(before, ActionItemTextOwner.originals(item)));
        events.itemUpdatedByOwner(item, state, meeting);
        return views.of(List.of(item), Map.of(meeting.getId(), meeting), language).getFirst();
    }

    private static void requireVersion(ActionItem item, long version) {
        if (item.getVersion() != version) {
            throw new ConcurrentEditException("Action item " + item.getId(), version, item.getVersion());
        }
    }

    private void flush(ActionItem item, long version) {
        try {
            actionItems.saveAndFlush(item);
        } catch (ObjectOptimisticLockingFailureException e) {
            // someone saved between our read and our write; the database's version check caught it
            throw new ConcurrentEditException("Action item " + item.getId(), version, version + 1);
        }
    }

    private String username() {
        return currentUser.require().username();
    }
}
