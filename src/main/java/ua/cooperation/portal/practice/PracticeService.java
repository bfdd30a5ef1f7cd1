package ua.cooperation.portal.practice;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.validation.Validator;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ua.cooperation.portal.audit.RecordHistory;
import ua.cooperation.portal.base.HistoryEntry;
import ua.cooperation.portal.base.ListCount;
import ua.cooperation.portal.base.PortalTime;
import ua.cooperation.portal.base.Validation;
import ua.cooperation.portal.country.CountryService;
import ua.cooperation.portal.document.DocumentOwnerKind;
import ua.cooperation.portal.document.DocumentService;
import ua.cooperation.portal.meeting.MeetingService;
import ua.cooperation.portal.registry.Organisation;
import ua.cooperation.portal.registry.OrganisationNames;
import ua.cooperation.portal.registry.OrganisationService;
import ua.cooperation.portal.security.AccessPolicy;
import ua.cooperation.portal.security.CountryScope;
import ua.cooperation.portal.security.CurrentUser;
import ua.cooperation.portal.security.OutOfScopeRequests;
import ua.cooperation.portal.security.Permissions;
import ua.cooperation.portal.security.Role;
import ua.cooperation.portal.translation.ChangedTexts;
import ua.cooperation.portal.translation.RecordTexts;
import ua.cooperation.portal.translation.TextOwnerKind;
import ua.cooperation.portal.visit.VisitService;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static ua.cooperation.portal.practice.PracticeRefusedException.Reason;

/**
 * Practices learnt from partners or shared with them (issue 22), and their status: noted → studied → piloted →
 * adopted, or set aside. Every read goes through {@link VisiblePractices}: a liaison sees the shared practices of her
 * countries, a guest bound to an organisation the shared ones naming it as their origin, and any other id answers
 * exactly like a missing one. Officers and administrators record practices and move them; internal notes and the
 * names of the officers who recorded a change are withheld from partners ({@link AccessPolicy}).
 */
@Service
public class PracticeService {

    /** Sort keys the list may ask for; anything else sorts by the day of the last status change. */
    public static final String SORT_TITLE = "title";
    public static final String SORT_COUNTRY = "country";
    public static final String SORT_STATUS = "status";
    public static final String SORT_LAST_CHANGE = "lastChange";

    static final List<String> HISTORY_FIELDS = List.of("title", "description", "direction", "countryCode",
            "organisation", "areas", "targetGroups", "sourceMeetingId", "sourceDocumentId", "sourceVisitId", "notes",
            "sharedWithPartners", "status", "statusSince");
    /** What a partner's history leaves out: the office's notes, and ids of records she may not be able to open. */
    private static final java.util.Set<String> PARTNER_HIDDEN_FIELDS =
            java.util.Set.of("notes", "sourceMeetingId", "sourceDocumentId", "sourceVisitId");

    private final PracticeRepository practices;
    private final PracticeStatusChangeRepository statusChanges;
    private final VisiblePractices visible;
    private final PracticeLists lists;
    private final EntityManager entityManager;
    private final CountryService countries;
    private final OrganisationService organisations;
    private final OrganisationNames organisationNames;
    private final MeetingService meetings;
    private final DocumentService documents;
    private final VisitService visits;
    private final CountryScope scope;
    private final AccessPolicy policy;
    private final OutOfScopeRequests outOfScope;
    private final CurrentUser currentUser;
    private final Validator validator;
    private final RecordHistory history;
    private final PortalTime time;
    private final RecordTexts texts;

    PracticeService(PracticeRepository practices, PracticeStatusChangeRepository statusChanges,
                    VisiblePractices visible, PracticeLists lists, EntityManager entityManager,
                    CountryService countries, OrganisationService organisations, OrganisationNames organisationNames,
                    MeetingService meetings, DocumentService documents, VisitService visits, CountryScope scope,
                    AccessPolicy policy,
                    OutOfScopeRequests outOfScope, CurrentUser currentUser, Validator validator,
                    RecordHistory history, PortalTime time, RecordTexts texts) {
        this.practices = practices;
        this.statusChanges = statusChanges;
        this.visible = visible;
        this.lists = lists;
        this.entityManager = entityManager;
        this.countries = countries;
        this.organisations = organisations;
        this.organisationNames = organisationNames;
        this.meetings = meetings;
        this.documents = documents;
        this.visits = visits;
        this.scope = scope;
        this.policy = policy;
        this.outOfScope = outOfScope;
        this.currentUser = currentUser;
        this.validator = validator;
        this.history = history;
        this.time = time;
        this.texts = texts;
    }

    // ---------------------------------------------------------------------------------------------------- reads

    /** What the reader may do with practices: record and move them (officers and administrators). */
    public Permissions permissions() {
        return policy.permissions();
    }

    /** One page of the practices the reader may see, matching {@code filter}, titles in {@code language}. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<PracticeListItem> findVisible(PracticeFilter filter, Pageable page, Locale language) {
        return lists.findVisible(filter, page, language);
    }

    /** The ids of every practice {@link #findVisible} lists, in its order: for exports (ADR 0024). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long[] findVisibleIds(PracticeFilter filter, Sort sort) {
        return lists.findVisibleIds(filter, sort);
    }

    /** The practices with these ids that the reader may see, as the list shows them, in no order. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<PracticeListItem> findVisibleByIds(Collection<Long> ids, Locale language) {
        return lists.findVisibleByIds(ids, language);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long countVisible(PracticeFilter filter) {
        return lists.countVisible(filter);
    }

    /** {@link #countVisible} up to {@code limit}, for the list's label (ADR 0030). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public ListCount countVisibleUpTo(PracticeFilter filter, int limit) {
        return lists.countVisibleUpTo(filter, limit);
    }

    /** The practice if it exists and the reader may see it; empty otherwise (the two are not told apart). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<PracticeDetails> findVisibleById(long id, Locale language) {
        var found = visible.find(id);
        if (found.isEmpty()) {
            outOfScope.report("practice", id, () -> practices.existsById(id));
        }
        return found.map(p -> toDetails(p, language));
    }

    /** The status history of a visible practice, newest first; partners read no officers' names. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<PracticeStatusChangeItem> statusHistoryOf(long id) {
        visible.require(id);
        var rows = statusChanges.findByPracticeIdOrderByEffectiveOnDescIdDesc(id);
        var author = policy.authors(rows.stream().map(PracticeStatusChange::getRecordedBy).toList());
        return rows.stream().map(row -> row.toItem(author.apply(row.getRecordedBy()))).toList();
    }

    /**
     * Every change of a visible practice's fields, newest first; a partner's without the internal notes and without
     * the ids of the sources (she reads the sources she may open on the page, and is told no id she may not open).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<HistoryEntry> historyOf(long id) {
        visible.require(id);
        var fields = policy.showsInternal()
                ? HISTORY_FIELDS : HISTORY_FIELDS.stream().filter(f -> !PARTNER_HIDDEN_FIELDS.contains(f)).toList();
        var seen = policy.historyStates(state -> {
            var p = (Practice) state;
            return scope.canSeeShared(p.getCountryCode(), p.organisationId(), p.isSharedWithPartners());
        });
        return policy.authorsForReader(history.historyOf(Practice.class, id, fields, seen).stream()
                .filter(entry -> entry.kind() != HistoryEntry.Kind.CHANGED || !entry.changes().isEmpty())
                .toList());
    }

    // --------------------------------------------------------------------------------------------------- writes

    /**
     * Records a new practice, NOTED today, with the first row of its status history. Refuses invalid input and
     * unknown or unseen references (a source meeting or visit the officer may not see, a document not of that
     * meeting).
     */
    @RolesAllowed({Role.Names.OFFICER, Role.Names.ADMIN})
    @Transactional
    public PracticeDetails create(PracticeChanges changes, Locale language) {
        Validation.requireValid(validator, changes);
        var organisation = checked(changes);
        var practice = new Practice(time.today());
        practice.apply(changes, organisation, username(), time.now());
        practices.saveAndFlush(practice);
        statusChanges.save(new PracticeStatusChange(practice.getId(), null, PracticeStatus.NOTED, time.today(),
                null, null, username(), time.now()));
        return toDetails(practice, language);
    }

    /** Saves changes to a practice's fields (not its status); a stale version is a conflict, nothing is stored. */
    @RolesAllowed({Role.Names.OFFICER, Role.Names.ADMIN})
    @Transactional
    public PracticeDetails update(PracticeChanges changes, Locale language) {
        Validation.requireValid(validator, changes);
        if (changes.id() == null) {
            throw new IllegalArgumentException("An update needs the id of the practice");
        }
        var practice = visible.requireCurrent(changes.id(), changes.version());
        var organisation = checked(changes);
        var before = PracticeTextOwner.originals(practice);
        practice.apply(changes, organisation, username(), time.now());
        var saved = practices.flushChecked(practice, changes.version());
        texts.originalsChanged(TextOwnerKind.PRACTICE, saved.getId(),
                ChangedTexts.between(before, PracticeTextOwner.originals(saved)));
        return toDetails(saved, language);
    }

    /**
     * Moves a practice forward (or sets it aside) on the day it took effect (today when empty; not in the future, not
     * before the last move), naming who decided (required for piloted and adopted) and why it was set aside.
     */
    @RolesAllowed({Role.Names.OFFICER, Role.Names.ADMIN})
    @Transactional
    public PracticeDetails changeStatus(long id, long version, PracticeStep step, Locale language) {
        Validation.requireValid(validator, step);
        var practice = visible.requireCurrent(id, version);
        var from = practice.getStatus();
        if (!from.mayMoveTo(step.target())) {
            throw new PracticeRefusedException(Reason.MOVE_NOT_ALLOWED);
        }
        var decidedBy = stripped(step.decidedBy());
        var reason = stripped(step.reason());
        if (step.target().needsDecidedBy() && decidedBy == null) {
            throw new PracticeRefusedException(Reason.DECIDED_BY_REQUIRED);
        }
        if (step.target() == PracticeStatus.SET_ASIDE && reason == null) {
            throw new PracticeRefusedException(Reason.REASON_REQUIRED);
        }
        var effective = step.effectiveOn() == null ? time.today() : step.effectiveOn();
        if (effective.isAfter(time.today())) {
            throw new PracticeRefusedException(Reason.EFFECTIVE_ON_IN_FUTURE);
        }
        if (effective.isBefore(practice.getStatusSince())) {
            throw new PracticeRefusedException(Reason.EFFECTIVE_ON_BEFORE_LAST);
        }
        practice.moveTo(step.target(), effective, username(), time.now());
        practices.flushChecked(practice, version);
        statusChanges.save(new PracticeStatusChange(id, from, step.target(), effective, decidedBy, reason,
                username(), time.now()));
        return toDetails(practice, language);
    }

    // -------------------------------------------------------------------------------------------------- helpers

    /** The references of the input checked as the editor may see them; answers the organisation of origin. */
    private Organisation checked(PracticeChanges changes) {
        if (countries.findVisibleByCode(changes.countryCode(), Locale.ENGLISH).isEmpty()) {
            throw new PracticeRefusedException(Reason.COUNTRY_UNKNOWN);
        }
        Organisation organisation = null;
        if (changes.organisationId() != null) {
            if (organisations.findVisibleById(changes.organisationId(), Locale.ENGLISH).isEmpty()) {
                throw new PracticeRefusedException(Reason.ORGANISATION_UNKNOWN);
            }
            organisation = entityManager.find(Organisation.class, changes.organisationId());
        }
        if (changes.sourceMeetingId() != null
                && meetings.findVisibleById(changes.sourceMeetingId(), Locale.ENGLISH).isEmpty()) {
            throw new PracticeRefusedException(Reason.SOURCE_MEETING_UNKNOWN);
        }
        if (changes.sourceDocumentId() != null && (changes.sourceMeetingId() == null
                || documents.findFor(DocumentOwnerKind.MEETING, changes.sourceMeetingId()).stream()
                .noneMatch(d -> d.id() == changes.sourceDocumentId()))) {
            throw new PracticeRefusedException(Reason.SOURCE_DOCUMENT_NOT_OF_MEETING);
        }
        if (changes.sourceVisitId() != null && sourceVisit(changes.sourceVisitId(), null) == null) {
            throw new PracticeRefusedException(Reason.SOURCE_VISIT_UNKNOWN);
        }
        return organisation;
    }

    private PracticeDetails toDetails(Practice p, Locale language) {
        var reader = language == null ? Locale.ENGLISH : language;
        var organisation = p.getOrganisation() == null ? null : new PracticeDetails.Named(p.organisationId(),
                organisationNames.of(List.of(p.getOrganisation()), reader).get(p.organisationId()));
        // a source the reader may not open is not named (a partner may read a practice but not its meeting)
        var meeting = p.getSourceMeetingId() == null ? null : meetings.findVisibleById(p.getSourceMeetingId(), reader)
                .map(m -> new PracticeDetails.Named(m.id(), m.texts().text("title") == null ? m.title()
                        : m.texts().text("title"))).orElse(null);
        var document = meeting == null || p.getSourceDocumentId() == null ? null
                : documents.findFor(DocumentOwnerKind.MEETING, meeting.id(), reader).stream()
                .filter(d -> d.id() == p.getSourceDocumentId()).findFirst()
                .map(d -> new PracticeDetails.Named(d.id(), d.shownTitle() == null ? d.title()
                        : d.shownTitle().orEmpty())).orElse(null);
        var visit = sourceVisit(p.getSourceVisitId(), reader);
        return new PracticeDetails(p.getId(), p.getVersion(), p.getTitle(), p.getDescription(), p.getDirection(),
                p.getCountryCode(), organisation, p.getAreas(), p.getTargetGroups(), meeting, document, visit,
                // the ids of sources a partner may not open are not hers to know
                meeting == null ? policy.internal(p.getSourceMeetingId()) : meeting.id(),
                document == null ? policy.internal(p.getSourceDocumentId()) : document.id(),
                visit == null ? policy.internal(p.getSourceVisitId()) : visit.id(),
                policy.internal(p.getNotes()),
                p.isSharedWithPartners(), p.getStatus(), p.getStatusSince(), p.getUpdatedAt(),
                policy.author(p.getUpdatedBy()), policy.permissions(),
                texts.localize(TextOwnerKind.PRACTICE, p.getId(), PracticeTextOwner.originals(p), reader));
    }

    /**
     * The visit {@code id} with its title in {@code language} (the original when null) if the reader may see it; null
     * otherwise. Read as the visits list reads it: a visit she may not see is no out-of-scope request of hers.
     */
    private PracticeDetails.Named sourceVisit(Long id, Locale language) {
        return id == null ? null : visits.findVisibleByIds(List.of(id), language).stream().findFirst()
                .map(v -> new PracticeDetails.Named(v.id(), v.shownTitle().orEmpty())).orElse(null);
    }

    private static String stripped(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private String username() {
        return currentUser.require().username();
    }
}
