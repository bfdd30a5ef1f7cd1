package ua.cooperation.portal.meeting;

import ua.cooperation.portal.base.text.LocalizedText;
import ua.cooperation.portal.translation.ChangedTexts;
import ua.cooperation.portal.translation.RecordTexts;
import ua.cooperation.portal.translation.TextOwnerKind;
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
import ua.cooperation.portal.base.HistoryEntry;
import ua.cooperation.portal.base.ConcurrentEditException;
import ua.cooperation.portal.base.ListCount;
import ua.cooperation.portal.base.OrderedIds;
import ua.cooperation.portal.base.PortalTime;
import ua.cooperation.portal.base.Validation;
import ua.cooperation.portal.partnership.PartnershipService;
import ua.cooperation.portal.security.AccessPolicy;
import ua.cooperation.portal.security.CountryScope;
import ua.cooperation.portal.security.CurrentUser;
import ua.cooperation.portal.security.OutOfScopeRequests;
import ua.cooperation.portal.security.Permissions;
import ua.cooperation.portal.security.Role;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Meetings: their lists, one meeting with its participants and linked records, its history, and their writes. Every
 * read goes through {@link CountryScope} ({@code sharedAnyCountryIn}, see {@link VisibleMeetings}): a liaison sees the
 * meetings shared with partners that concern one of their countries, read-only and without the internal notes; any
 * other id answers exactly like a missing one. Officers and administrators record meetings. A meeting's decisions are
 * in {@link DecisionService}, its action items in {@link ActionItemService}, its calendar files in
 * {@link MeetingCalendarService}.
 */
@Service
public class MeetingService {

    /** Sort keys the list may ask for; anything else sorts by start. */
    public static final String SORT_START = "start";
    public static final String SORT_TITLE = "title";
    public static final String SORT_TYPE = "type";

    /** {@link Meeting#MAX_DURATION} and the day more the database's check allows, plus a day for safety. */
    private static final Duration EARLIEST_START_BEFORE_END = Meeting.MAX_DURATION.plusDays(2);

    static final List<String> HISTORY_FIELDS = List.of("type", "title", "startsAt", "endsAt", "place", "onlineLink",
            "countryCodes", "organisationIds", "participants", "userIds", "partnershipIds", "programmeIds", "agenda",
            "minutes", "internalNotes", "sharedWithPartners", "areas", "targetGroups");
    static final List<String> DECISION_HISTORY_FIELDS = List.of("text", "decidedOn", "effectiveFrom", "areas",
            "targetGroups");
    static final List<String> ACTION_ITEM_HISTORY_FIELDS = List.of("title", "decisionId", "ownerUserId",
            "ownerPersonId", "dueOn", "status", "completionNote", "partnershipId", "countryCode");
    /** History field names of decisions and action items carry these prefixes in the meeting's merged history. */
    public static final String DECISION_FIELD_PREFIX = "decision.";
    public static final String ACTION_ITEM_FIELD_PREFIX = "actionItem.";

    private final MeetingRepository meetings;
    private final VisibleMeetings visibleMeetings;
    private final MeetingQueries queries;
    private final MeetingChecks checks;
    private final MeetingDetailsAssembler details;
    private final MeetingHistory history;
    private final PartnershipService partnerships;
    private final AccessPolicy policy;
    private final EntityManager entityManager;
    private final OutOfScopeRequests outOfScope;
    private final CurrentUser currentUser;
    private final Validator validator;
    private final PortalTime time;
    private final RecordTexts translations;
    private final MeetingEvents events;

    MeetingService(MeetingRepository meetings, VisibleMeetings visibleMeetings, MeetingQueries queries,
                   MeetingChecks checks, MeetingDetailsAssembler details, MeetingHistory history,
                   PartnershipService partnerships, AccessPolicy policy, EntityManager entityManager, OutOfScopeRequests outOfScope,
                   CurrentUser currentUser, Validator validator, PortalTime time, RecordTexts translations,
                   MeetingEvents events) {
        this.translations = translations;
        this.events = events;
        this.meetings = meetings;
        this.visibleMeetings = visibleMeetings;
        this.queries = queries;
        this.checks = checks;
        this.details = details;
        this.history = history;
        this.partnerships = partnerships;
        this.policy = policy;
        this.entityManager = entityManager;
        this.outOfScope = outOfScope;
        this.currentUser = currentUser;
        this.validator = validator;
        this.time = time;
    }

    /**
     * A bound below the start of every meeting that ends after {@code instant}: implied by the longest a meeting may
     * last (the database checks it, with a day more), and what makes "meetings overlapping a period" a range of the
     * start index instead of every meeting that started before the period's end (the meetings list, the dashboards).
     */
    public static Instant startsAfterForEndsAfter(Instant instant) {
        return instant.minus(EARLIEST_START_BEFORE_END);
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

    /**
     * What the reader may do with meetings: record and change them (officers and administrators, not a partner nor
     * a preview as one). The same answer as {@link MeetingDetails#permissions()}, for pages that show no meeting yet.
     */
    public Permissions permissions() {
        return policy.permissions();
    }

    // ---------------------------------------------------------------------------------------------------- reads

    /**
     * One page of the meetings the current user may see, matching {@code filter}, newest first unless the page asks
     * otherwise. Reads only the requested rows, their countries in one more query; no count.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<MeetingListItem> findVisible(MeetingFilter filter, Pageable page) {
        return findVisible(filter, page, null);
    }

    /** {@link #findVisible(MeetingFilter, Pageable)} with the titles in the reader's language (ADR 0040). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<MeetingListItem> findVisible(MeetingFilter filter, Pageable page, Locale language) {
        if (queries.refersToHidden(filter)) {
            return List.of();
        }
        var cb = entityManager.getCriteriaBuilder();
        var query = cb.createQuery(Meeting.class);
        var root = query.from(Meeting.class);
        boolean probe = queries.probeInListOrder(filter);
        query.select(root).where((probe ? queries.visibleProbing() : visibleMeetings.specification())
                .and(MeetingQueries.matching(filter, probe)).toPredicate(root, query, cb));
        query.orderBy(MeetingQueries.listOrder(root, cb, page.getSort()));
        var typed = entityManager.createQuery(query);
        if (page.isPaged()) {
            typed.setFirstResult((int) page.getOffset()).setMaxResults(page.getPageSize());
        }
        return toListItems(typed.getResultList(), language);
    }

    /**
     * The ids of all the meetings {@link #findVisible} lists for {@code filter} and {@code sort}, in its order: for
     * exports, which then read the rows with {@link #findVisibleByIds} (ADR 0024). All rows are read, so the countries
     * are always joined, never probed row by row.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long[] findVisibleIds(MeetingFilter filter, Sort sort) {
        if (queries.refersToHidden(filter)) {
            return new long[0];
        }
        var cb = entityManager.getCriteriaBuilder();
        var query = cb.createQuery(Long.class);
        var root = query.from(Meeting.class);
        query.select(root.get("id")).where(visibleMatching(filter).toPredicate(root, query, cb))
                .orderBy(MeetingQueries.listOrder(root, cb, sort));
        return OrderedIds.read(entityManager.createQuery(query));
    }

    /** The meetings with these ids that the current user may see, as the list shows them, in no order. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<MeetingListItem> findVisibleByIds(Collection<Long> ids) {
        return findVisibleByIds(ids, null);
    }

    /** {@link #findVisibleByIds(Collection)} with the titles in the reader's language (exports, ADR 0040). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<MeetingListItem> findVisibleByIds(Collection<Long> ids, Locale language) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Specification<Meeting> withIds = (root, query, cb) -> root.get("id").in(ids);
        return toListItems(meetings.findAll(visibleMeetings.specification().and(withIds)), language);
    }

    /** How many meetings {@link #findVisible} lists for {@code filter} in all. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long countVisible(MeetingFilter filter) {
        if (queries.refersToHidden(filter)) {
            return 0;
        }
        return meetings.count(visibleMatching(filter));
    }

    /**
     * How many meetings {@link #findVisible} lists for {@code filter}, counted up to {@code limit} (the list's label;
     * ADR 0030): the database stops after {@code limit + 1} matching rows.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public ListCount countVisibleUpTo(MeetingFilter filter, int limit) {
        if (queries.refersToHidden(filter)) {
            return ListCount.exactly(0);
        }
        var cb = entityManager.getCriteriaBuilder();
        var query = cb.createQuery(Long.class);
        var root = query.from(Meeting.class);
        query.select(root.get("id")).where(visibleMatching(filter).toPredicate(root, query, cb));
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
        return found.map(m -> details.toDetails(m, language));
    }

    /**
     * Every change of a visible meeting's fields, of its decisions and action items, and the uploads and deletions
     * of its documents, newest first. Internal notes are left out of a liaison's history as they are of the record.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<HistoryEntry> historyOf(long id) {
        visibleMeetings.require(id);
        return history.of(id);
    }

    private Specification<Meeting> visibleMatching(MeetingFilter filter) {
        return visibleMeetings.specification().and(MeetingQueries.matching(filter));
    }

    private List<MeetingListItem> toListItems(List<Meeting> rows, Locale language) {
        var countries = queries.countriesOf(rows.stream().map(Meeting::getId).toList());
        var originals = new java.util.HashMap<Long, String>();
        rows.forEach(m -> originals.put(m.getId(), m.getTitle()));
        var titles = language == null ? Map.<Long, LocalizedText>of()
                : translations.localize(TextOwnerKind.MEETING, MeetingTextOwner.TITLE, originals, language);
        return rows.stream().map(m -> new MeetingListItem(m.getId(), m.getType(), m.getTitle(), m.getStartsAt(),
                m.getEndsAt(), m.getPlace(), countries.getOrDefault(m.getId(), Set.of()), m.isSharedWithPartners(),
                titles.getOrDefault(m.getId(), LocalizedText.original(m.getTitle(), null))))
                .toList();
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
        checks.check(changes);
        var meeting = Meeting.create();
        var before = MeetingEvents.stateOf(meeting);
        meeting.apply(changes, username(), time.now());
        meeting.defaultResponsible(currentUser.require().id());
        meetings.saveAndFlush(meeting);
        recordContacts(meeting);
        events.meetingSaved(meeting, before);
        return details.toDetails(meeting, language);
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
        checks.check(changes);
        var before = MeetingTextOwner.originals(meeting);
        var state = MeetingEvents.stateOf(meeting);
        meeting.apply(changes, username(), time.now());
        flush(meeting, changes.version());
        translations.originalsChanged(TextOwnerKind.MEETING, meeting.getId(),
                ChangedTexts.between(before, MeetingTextOwner.originals(meeting)));
        recordContacts(meeting);
        events.meetingSaved(meeting, state);
        return details.toDetails(meeting, language);
    }

    /** Replaces the registry persons who took part (person id → role); the version check as for {@link #update}. */
    @RolesAllowed({Role.Names.OFFICER, Role.Names.ADMIN})
    @Transactional
    public MeetingDetails updateParticipants(long id, long version, Map<Long, ParticipantRole> participants,
                                             Locale language) {
        var meeting = requireCurrent(id, version);
        checks.checkParticipants(participants);
        meeting.replaceParticipants(participants, username(), time.now());
        flush(meeting, version);
        return details.toDetails(meeting, language);
    }

    // ------------------------------------------------------------------------------------------------- internals

    /** Tests only: both query forms on small data (0 probes always); see {@link MeetingQueries#probeAbove}. */
    void probeAbove(int meetingsOfTheCountries) {
        queries.probeAbove(meetingsOfTheCountries);
    }

    /** Tests only: {@link MeetingQueries#probeInListOrder}. */
    boolean probeInListOrder(MeetingFilter filter) {
        return queries.probeInListOrder(filter);
    }

    private String username() {
        return currentUser.require().username();
    }

    private Meeting requireCurrent(long id, long version) {
        var meeting = visibleMeetings.require(id);
        if (meeting.getVersion() != version) {
            throw new ConcurrentEditException("Meeting " + id, version, meeting.getVersion());
        }
        return meeting;
    }

    private void flush(Meeting meeting, long version) {
        try {
            meetings.saveAndFlush(meeting);
        } catch (ObjectOptimisticLockingFailureException e) {
            // someone saved between our read and our write; the database's version check caught it
            throw new ConcurrentEditException("Meeting " + meeting.getId(), version, version + 1);
        }
    }

    private void recordContacts(Meeting meeting) {
        var day = meeting.getStartsAt().atZone(PortalTime.ZONE).toLocalDate();
        for (var partnershipId : meeting.getPartnershipIds()) {
            partnerships.recordContact(partnershipId, day);
        }
    }
}
