package ua.cooperation.portal.notification;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import ua.cooperation.portal.comment.CommentAdded;
import ua.cooperation.portal.base.Remark;
import ua.cooperation.portal.country.CountrySaved;
import ua.cooperation.portal.document.DocumentProposed;
import ua.cooperation.portal.document.DocumentReviewed;
import ua.cooperation.portal.meeting.ActionItemChanged;
import ua.cooperation.portal.meeting.AgendaPointChanged;
import ua.cooperation.portal.meeting.AttendanceAnswered;
import ua.cooperation.portal.meeting.MeetingSaved;
import ua.cooperation.portal.partnership.PartnershipSaved;
import ua.cooperation.portal.partnership.PartnershipSigningStep;
import ua.cooperation.portal.programme.ProgrammeApprovalChanged;
import ua.cooperation.portal.programme.ProgrammeSaved;
import ua.cooperation.portal.proposal.ProposalChanged;
import ua.cooperation.portal.registry.OrganisationSaved;
import ua.cooperation.portal.registry.PostHolderChanged;
import ua.cooperation.portal.translation.TextOwnerKind;

import java.util.Set;

/**
 * Turns the features' events into notifications, synchronously inside the transaction of the change (ADR 0041): who is
 * told of what is decided here, and nowhere in the features. Officers follow what they create.
 */
@Component
class NotificationListener {

    private final NotificationWriter writer;
    private final NamedParameterJdbcTemplate jdbc;

    NotificationListener(NotificationWriter writer, NamedParameterJdbcTemplate jdbc) {
        this.writer = writer;
        this.jdbc = jdbc;
    }

    /**
     * A new comment: the record's followers and, for a meeting or its decision, the meeting's responsible officer;
     * never the writer. A staff-only comment comes as not shared, so that no partner is told of it.
     */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void onCommentAdded(CommentAdded added) {
        var event = Event.of(NotificationKind.COMMENT_ADDED, added.recordKind(), added.recordId(),
                added.countryCodes(), added.sharedWithPartners());
        if (added.meetingId() != null) {
            var responsible = jdbc.queryForList("select responsible_user_id from meeting where id = :id",
                    new MapSqlParameterSource("id", added.meetingId()), Long.class);
            event = event.toAccounts(responsible.isEmpty() ? null : responsible.getFirst());
        }
        writer.write(event);
    }

    /** Owner and the meeting's responsible officer; the responsible officer alone of the owner's own update. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void onActionItemChanged(ActionItemChanged changed) {
        var kind = switch (changed.change()) {
            case ASSIGNED -> NotificationKind.ACTION_ITEM_ASSIGNED;
            case DONE -> NotificationKind.ACTION_ITEM_DONE;
            case CANCELLED -> NotificationKind.ACTION_ITEM_CANCELLED;
            case DUE_MOVED -> NotificationKind.ACTION_ITEM_DUE_MOVED;
            case UPDATED_BY_OWNER -> NotificationKind.ACTION_ITEM_UPDATED_BY_OWNER;
        };
        var event = Event.of(kind, TextOwnerKind.ACTION_ITEM, changed.actionItemId(), changed.countryCodes(),
                changed.sharedWithPartners()).toAccounts(changed.responsibleUserId());
        writer.write(kind == NotificationKind.ACTION_ITEM_UPDATED_BY_OWNER ? event
                : event.toAccounts(changed.ownerUserId()));
    }

    /** Newly shared: its countries' liaisons; shared and changed: the same; any save: its followers. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void onMeetingSaved(MeetingSaved saved) {
        var kind = saved.newlyShared() ? NotificationKind.RECORD_SHARED
                : saved.sharedDetailsChanged() ? NotificationKind.MEETING_CHANGED : NotificationKind.RECORD_CHANGED;
        savedRecord(kind, TextOwnerKind.MEETING, saved.meetingId(), saved.created(), saved.countryCodes(),
                saved.sharedWithPartners());
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void onProgrammeSaved(ProgrammeSaved saved) {
        savedRecord(saved.newlyShared() ? NotificationKind.RECORD_SHARED : NotificationKind.RECORD_CHANGED,
                TextOwnerKind.PROGRAMME, saved.programmeId(), saved.created(), saved.countryCodes(),
                saved.sharedWithPartners());
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void onPartnershipSaved(PartnershipSaved saved) {
        savedRecord(saved.newlyShared() ? NotificationKind.RECORD_SHARED : NotificationKind.RECORD_CHANGED,
                TextOwnerKind.PARTNERSHIP, saved.partnershipId(), saved.created(), Set.of(saved.countryCode()),
                saved.sharedWithPartners());
    }

    /** Organisations and countries are visible to the partners of their country: followers hear every save. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void onOrganisationSaved(OrganisationSaved saved) {
        savedRecord(NotificationKind.RECORD_CHANGED, TextOwnerKind.ORGANISATION, saved.organisationId(),
                saved.created(), Set.of(saved.countryCode()), true);
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void onPostHolderChanged(PostHolderChanged changed) {
        writer.write(Event.of(NotificationKind.POST_HOLDER_CHANGED, TextOwnerKind.ORGANISATION,
                changed.organisationId(), Set.of(changed.countryCode()), true));
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void onCountrySaved(CountrySaved saved) {
        savedRecord(NotificationKind.RECORD_CHANGED, TextOwnerKind.COUNTRY, Subjects.idOf(saved.countryCode()), false,
                Set.of(saved.countryCode()), true);
    }

    /** Submitted: the heads; approved or returned: the officer who submitted it, with the head's remark. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void onProgrammeApproval(ProgrammeApprovalChanged changed) {
        var kind = switch (changed.to()) {
            case SUBMITTED -> NotificationKind.PROGRAMME_SUBMITTED;
            case APPROVED -> NotificationKind.PROGRAMME_APPROVED;
            case RETURNED -> NotificationKind.PROGRAMME_RETURNED;
            case DRAFT -> NotificationKind.RECORD_CHANGED;
        };
        var event = Event.of(kind, TextOwnerKind.PROGRAMME, changed.programmeId(), changed.countryCodes(),
                changed.sharedWithPartners()).withRemark(changed.remark());
        writer.write(switch (kind) {
            case PROGRAMME_SUBMITTED -> event.toHeads();
            case PROGRAMME_APPROVED, PROGRAMME_RETURNED -> event.toUser(changed.submittedBy());
            default -> event;
        });
    }

    /** Awaiting confirmation: the heads; confirmed or returned: the officer who asked, with the head's note. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void onPartnershipSigning(PartnershipSigningStep step) {
        var event = Event.of(switch (step.step()) {
            case AWAITING_CONFIRMATION -> NotificationKind.PARTNERSHIP_AWAITING_CONFIRMATION;
            case CONFIRMED -> NotificationKind.PARTNERSHIP_CONFIRMED;
            case RETURNED -> NotificationKind.PARTNERSHIP_RETURNED;
        }, TextOwnerKind.PARTNERSHIP, step.partnershipId(), Set.of(step.countryCode()), step.sharedWithPartners())
                .withRemark(step.remark());
        writer.write(step.step() == PartnershipSigningStep.Step.AWAITING_CONFIRMATION ? event.toHeads()
                : event.toUser(step.proposedBy()));
    }

    /** Proposed: the meeting's responsible officer and its staff followers; accepted or answered: the proposer. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void onAgendaPointChanged(AgendaPointChanged changed) {
        var kind = switch (changed.change()) {
            case PROPOSED -> NotificationKind.AGENDA_POINT_PROPOSED;
            case ACCEPTED -> NotificationKind.AGENDA_POINT_ACCEPTED;
            case ANSWERED -> NotificationKind.AGENDA_POINT_ANSWERED;
        };
        var event = Event.of(kind, TextOwnerKind.MEETING, changed.meetingId(), changed.countryCodes(),
                changed.sharedWithPartners());
        writer.write(kind == NotificationKind.AGENDA_POINT_PROPOSED
                ? event.toAccounts(changed.responsibleUserId()).toStaffFollowersOnly()
                : event.toAccounts(changed.proposerId()).withoutFollowers());
    }

    /** The meeting's responsible officer, of an invitee's answer. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void onAttendanceAnswered(AttendanceAnswered answered) {
        writer.write(Event.of(NotificationKind.ATTENDANCE_ANSWERED, TextOwnerKind.MEETING, answered.meetingId(),
                answered.countryCodes(), answered.sharedWithPartners()).toAccounts(answered.responsibleUserId())
                .withoutFollowers());
    }

    /**
     * A partner's proposal: made → the officers; accepted (with an offered or another date) or declined → the
     * proposer, with the reason of a decline. A withdrawal tells no one (the officers see it in the list).
     */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void onProposalChanged(ProposalChanged changed) {
        var kind = switch (changed.status()) {
            case PROPOSED -> NotificationKind.MEETING_PROPOSED;
            case ACCEPTED -> changed.otherDate() ? NotificationKind.PROPOSAL_ACCEPTED_OTHER_DATE
                    : NotificationKind.PROPOSAL_ACCEPTED;
            case DECLINED -> NotificationKind.PROPOSAL_DECLINED;
            case WITHDRAWN -> null;
        };
        if (kind == null) {
            return;
        }
        // a proposal is visible to the partners of its country: the writer's partner rule reads these facts
        var event = Event.of(kind, TextOwnerKind.PROPOSAL, changed.proposalId(), Set.of(changed.countryCode()), true)
                .withRemark(changed.remark());
        writer.write(kind == NotificationKind.MEETING_PROPOSED ? event.toOfficers()
                : event.toAccounts(changed.proposerId()));
    }

    /**
     * A partner's proposed document: the record's responsible officer and its followers, staff only (the event counts
     * as not shared, so no partner is told of a document that only its uploader and the staff see). The subject is the
     * record; the remark names the document.
     */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void onDocumentProposed(DocumentProposed proposed) {
        writer.write(Event.of(NotificationKind.DOCUMENT_PROPOSED, TextOwnerKind.valueOf(proposed.ownerKind().name()),
                proposed.ownerId(), proposed.countryCodes(), false)
                .withRemark(Remark.internal(proposed.title())).toAccounts(proposed.responsibleUserId()));
    }

    /** Accepted or rejected: its uploader, with the document's title and, for a rejection, the reason. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void onDocumentReviewed(DocumentReviewed reviewed) {
        var kind = reviewed.accepted() ? NotificationKind.DOCUMENT_ACCEPTED : NotificationKind.DOCUMENT_REJECTED;
        var remark = reviewed.accepted() ? reviewed.title() : reviewed.title() + ": " + reviewed.reason();
        writer.write(Event.of(kind, TextOwnerKind.valueOf(reviewed.ownerKind().name()), reviewed.ownerId(),
                reviewed.countryCodes(), reviewed.sharedWithPartners())
                .withRemark(Remark.forPartners(remark)).toUser(reviewed.uploadedBy()));
    }

    private void savedRecord(NotificationKind kind, TextOwnerKind subjectKind, long id, boolean created,
                             Set<String> countryCodes, boolean shared) {
        if (created) {
            writer.followAsCreator(subjectKind, id);
        }
        var event = Event.of(kind, subjectKind, id, countryCodes, shared);
        writer.write(kind == NotificationKind.RECORD_CHANGED ? event : event.toLiaisons());
    }
}
