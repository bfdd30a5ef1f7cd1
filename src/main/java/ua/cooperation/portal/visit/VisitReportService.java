package ua.cooperation.portal.visit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.validation.Validator;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ua.cooperation.portal.base.PortalTime;
import ua.cooperation.portal.base.Validation;
import ua.cooperation.portal.meeting.ActionItemChanges;
import ua.cooperation.portal.meeting.ActionItemService;
import ua.cooperation.portal.meeting.ActionItemView;
import ua.cooperation.portal.meeting.DecisionChanges;
import ua.cooperation.portal.meeting.DecisionItem;
import ua.cooperation.portal.meeting.DecisionService;
import ua.cooperation.portal.meeting.Meeting;
import ua.cooperation.portal.meeting.MeetingChanges;
import ua.cooperation.portal.meeting.MeetingService;
import ua.cooperation.portal.meeting.MeetingType;
import ua.cooperation.portal.security.CurrentUser;
import ua.cooperation.portal.security.Role;
import ua.cooperation.portal.translation.ChangedTexts;
import ua.cooperation.portal.translation.RecordTexts;
import ua.cooperation.portal.translation.TextOwnerKind;

import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A visit's post-visit report: its text, and its outcomes. Outcomes are decisions and action items recorded with
 * {@link DecisionService} and {@link ActionItemService} on the visit's "report meeting", which this service creates
 * through {@link MeetingService} the first time an officer records an outcome (dated the visit's last day, with its
 * countries, sharing and responsible officer), so that the decisions and items live where every other one does.
 */
@Service
public class VisitReportService {

    /** The title of a report meeting, before the visit's title. */
    static final String REPORT_TITLE_PREFIX = "Звіт про візит: ";
    /** The report meeting's hour on the visit's last day (Kyiv), and its length. */
    private static final LocalTime REPORT_AT = LocalTime.of(17, 0);

    private final VisitService visitService;
    private final VisibleVisits visible;
    private final VisitRepository visits;
    private final MeetingService meetings;
    private final DecisionService decisions;
    private final ActionItemService actionItems;
    private final EntityManager entityManager;
    private final CurrentUser currentUser;
    private final Validator validator;
    private final PortalTime time;
    private final RecordTexts translations;
    private final VisitDetailsAssembler details;

    VisitReportService(VisitService visitService, VisibleVisits visible, VisitRepository visits,
                       MeetingService meetings, DecisionService decisions, ActionItemService actionItems,
                       EntityManager entityManager, CurrentUser currentUser, Validator validator, PortalTime time,
                       RecordTexts translations, VisitDetailsAssembler details) {
        this.visitService = visitService;
        this.visible = visible;
        this.visits = visits;
        this.meetings = meetings;
        this.decisions = decisions;
        this.actionItems = actionItems;
        this.entityManager = entityManager;
        this.currentUser = currentUser;
        this.validator = validator;
        this.time = time;
        this.translations = translations;
        this.details = details;
    }

    /** Saves the report's text; refuses a stale version. */
    @RolesAllowed({Role.Names.OFFICER, Role.Names.ADMIN})
    @Transactional
    public VisitDetails saveReport(VisitReportChanges changes, Locale language) {
        Validation.requireValid(validator, changes);
        var visit = visitService.requireCurrent(changes.visitId(), changes.version());
        var before = VisitTextOwner.originals(visit);
        visit.report(changes.text(), currentUser.require().username(), time.now());
        visitService.flush(visit, changes.version());
        translations.originalsChanged(TextOwnerKind.VISIT, visit.getId(),
                ChangedTexts.between(before, VisitTextOwner.originals(visit)));
        return details.toDetails(visit, language);
    }

    /** The outcomes of a visible visit: its report meeting's decisions with their items (those the reader may see). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public VisitOutcomes outcomesOf(long visitId, Locale language) {
        var visit = visible.require(visitId);
        var meetingId = visit.getReportMeetingId();
        if (meetingId == null || meetings.findVisibleById(meetingId, language).isEmpty()) {
            return VisitOutcomes.none();
        }
        var items = actionItems.actionItemsOf(meetingId, language);
        var outcomes = decisions.decisionsOf(meetingId, language).stream()
                .map(d -> new VisitOutcomes.Outcome(d, items.stream()
                        .filter(i -> Objects.equals(i.decisionId(), d.id())).toList()))
                .toList();
        return new VisitOutcomes(meetingId, outcomes, items.stream().filter(i -> i.decisionId() == null).toList());
    }

    /** Records a decision of the visit (or changes one) on its report meeting, created at the first outcome. */
    @RolesAllowed({Role.Names.OFFICER, Role.Names.ADMIN})
    @Transactional
    public DecisionItem saveDecision(long visitId, DecisionChanges changes) {
        Validation.requireValid(validator, changes);
        return decisions.saveDecision(reportMeeting(visitId), changes);
    }

    /**
     * Records an action item of the visit (or changes one) on its report meeting, created at the first outcome; the
     * meeting named in {@code changes} is ignored.
     */
    @RolesAllowed({Role.Names.OFFICER, Role.Names.ADMIN})
    @Transactional
    public ActionItemView saveActionItem(long visitId, ActionItemChanges changes, Locale language) {
        Validation.requireValid(validator, changes);
        long meetingId = reportMeeting(visitId);
        return actionItems.saveActionItem(new ActionItemChanges(changes.id(), changes.version(), meetingId,
                changes.decisionId(), changes.title(), changes.ownerUserId(), changes.ownerPersonId(),
                changes.dueOn(), changes.status(), changes.completionNote(), changes.partnershipId(),
                changes.countryCode()), language);
    }

    /** The visit's report meeting, created once: the visit's row is locked while it is looked for and made. */
    private long reportMeeting(long visitId) {
        var visit = visible.require(visitId);
        entityManager.lock(visit, LockModeType.PESSIMISTIC_WRITE);
        entityManager.refresh(visit);
        if (visit.getReportMeetingId() != null) {
            return visit.getReportMeetingId();
        }
        var startsAt = visit.getEndsOn().atTime(REPORT_AT).atZone(PortalTime.ZONE).toInstant();
        var title = REPORT_TITLE_PREFIX + visit.getTitle();
        if (title.length() > Meeting.TITLE_MAX_LENGTH) {
            title = title.substring(0, Meeting.TITLE_MAX_LENGTH - 1) + "…";
        }
        var created = meetings.create(new MeetingChanges(null, 0, MeetingType.VISIT_REPORT, title, startsAt,
                startsAt.plusSeconds(3600), visit.getCity(), null, visit.getCountryCodes(),
                visit.getHostOrganisationId() == null ? Set.of() : Set.of(visit.getHostOrganisationId()), Set.of(),
                Set.of(), Set.of(), null, null, null, visit.isSharedWithPartners(), visit.getResponsibleUserId()),
                Locale.ENGLISH);
        visit.reportMeeting(created.id());
        visits.saveAndFlush(visit);
        return created.id();
    }

    /** Tests: the report meeting's id as stored. */
    Long storedReportMeeting(long visitId) {
        return visits.findById(visitId).map(Visit::getReportMeetingId).orElse(null);
    }

    List<Long> itinerary(long visitId) {
        return List.copyOf(visits.findById(visitId).orElseThrow().getMeetingIds());
    }
}
