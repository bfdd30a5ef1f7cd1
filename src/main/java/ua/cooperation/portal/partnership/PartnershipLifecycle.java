package ua.cooperation.portal.partnership;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import ua.cooperation.portal.base.PortalTime;
import ua.cooperation.portal.base.Remark;
import ua.cooperation.portal.document.DocumentOwnerKind;
import ua.cooperation.portal.document.DocumentService;
import ua.cooperation.portal.document.DocumentType;
import ua.cooperation.portal.security.AccessPolicy;
import ua.cooperation.portal.security.CurrentUser;

import java.time.LocalDate;
import java.util.List;

import static ua.cooperation.portal.partnership.PartnershipRefusedException.Reason;

/**
 * A partnership's status lifecycle behind {@link PartnershipService}'s entry points (which carry the role checks and
 * the transactions): moves between statuses, SIGNED proposed by an officer and confirmed or returned by a head, and
 * the status history each step writes. Every step reads the partnership as the current user may see it, refuses a
 * stale version, and writes its history row after the partnership is saved.
 */
@Component
class PartnershipLifecycle {

    private final VisiblePartnerships visible;
    private final PartnershipRepository partnerships;
    private final PartnershipStatusChangeRepository statusChanges;
    private final DocumentService documents;
    private final AccessPolicy policy;
    private final CurrentUser currentUser;
    private final PortalTime time;
    private final ApplicationEventPublisher events;

    PartnershipLifecycle(VisiblePartnerships visible, PartnershipRepository partnerships,
                         PartnershipStatusChangeRepository statusChanges, DocumentService documents,
                         AccessPolicy policy, CurrentUser currentUser, PortalTime time,
                         ApplicationEventPublisher events) {
        this.events = events;
        this.visible = visible;
        this.partnerships = partnerships;
        this.statusChanges = statusChanges;
        this.documents = documents;
        this.policy = policy;
        this.currentUser = currentUser;
        this.time = time;
    }

    /** The first row of a new partnership's status history: PROPOSED today. */
    void recordCreated(Partnership partnership) {
        record(partnership, PartnershipStatusChange.Kind.MOVED, null, PartnershipStatus.PROPOSED, time.today(), null);
    }

    /** See {@link PartnershipService#changeStatus}. */
    Partnership changeStatus(long id, long version, PartnershipStatus target, LocalDate effectiveOn, Remark note) {
        var partnership = visible.requireCurrent(id, version);
        if (target == PartnershipStatus.SIGNED) {
            throw new PartnershipRefusedException(Reason.SIGNING_NEEDS_CONFIRMATION);
        }
        if (partnership.isAwaitingConfirmation()) {
            // a head decides on the proposal first; a move now would silently drop it
            throw new PartnershipRefusedException(Reason.ALREADY_AWAITING_CONFIRMATION);
        }
        if (!partnership.getStatus().mayMoveTo(target)) {
            throw new PartnershipRefusedException(Reason.MOVE_NOT_ALLOWED);
        }
        var effective = effectiveOn == null ? time.today() : effectiveOn;
        if (effective.isAfter(time.today())) {
            throw new PartnershipRefusedException(Reason.EFFECTIVE_ON_IN_FUTURE);
        }
        var from = partnership.getStatus();
        partnership.moveTo(target, effective, username(), time.now());
        partnerships.flushChecked(partnership, version);
        record(partnership, PartnershipStatusChange.Kind.MOVED, from, target, effective, checkedNote(note, false));
        saved(partnership, false, partnership.isSharedWithPartners());
        return partnership;
    }

    /** See {@link PartnershipService#proposeSigning}. */
    Partnership proposeSigning(long id, long version, LocalDate signedOn, Remark note) {
        var partnership = visible.requireCurrent(id, version);
        if (!partnership.getStatus().beforeSigning()) {
            throw new PartnershipRefusedException(Reason.MOVE_NOT_ALLOWED);
        }
        if (partnership.isAwaitingConfirmation()) {
            throw new PartnershipRefusedException(Reason.ALREADY_AWAITING_CONFIRMATION);
        }
        if (signedOn == null) {
            throw new PartnershipRefusedException(Reason.SIGNED_ON_REQUIRED);
        }
        if (signedOn.isAfter(time.today())) {
            throw new PartnershipRefusedException(Reason.SIGNED_ON_IN_FUTURE);
        }
        if (partnership.getValidUntil() != null && partnership.getValidUntil().isBefore(signedOn)) {
            throw new PartnershipRefusedException(Reason.VALID_UNTIL_BEFORE_SIGNED);
        }
        requireAgreement(id);
        var text = checkedNote(note, false);
        partnership.awaitConfirmation(signedOn, username(), time.now());
        partnerships.flushChecked(partnership, version);
        record(partnership, PartnershipStatusChange.Kind.SIGNING_PROPOSED, partnership.getStatus(),
                PartnershipStatus.SIGNED, signedOn, text);
        signingStep(partnership, PartnershipSigningStep.Step.AWAITING_CONFIRMATION, text);
        return partnership;
    }

    /** See {@link PartnershipService#confirmSigning}. */
    Partnership confirmSigning(long id, long version, Remark note) {
        var partnership = visible.requireCurrent(id, version);
        if (!partnership.isAwaitingConfirmation()) {
            throw new PartnershipRefusedException(Reason.NOT_AWAITING_CONFIRMATION);
        }
        requireAgreement(id);
        var text = checkedNote(note, false);
        var from = partnership.getStatus();
        partnership.moveTo(PartnershipStatus.SIGNED, partnership.getSignedOn(), username(), time.now());
        partnerships.flushChecked(partnership, version);
        record(partnership, PartnershipStatusChange.Kind.SIGNING_CONFIRMED, from, PartnershipStatus.SIGNED,
                partnership.getSignedOn(), text);
        signingStep(partnership, PartnershipSigningStep.Step.CONFIRMED, text);
        return partnership;
    }

    /** See {@link PartnershipService#returnSigning}. */
    Partnership returnSigning(long id, long version, Remark note) {
        var partnership = visible.requireCurrent(id, version);
        if (!partnership.isAwaitingConfirmation()) {
            throw new PartnershipRefusedException(Reason.NOT_AWAITING_CONFIRMATION);
        }
        var text = checkedNote(note, true);
        partnership.confirmationReturned(username(), time.now());
        partnerships.flushChecked(partnership, version);
        record(partnership, PartnershipStatusChange.Kind.SIGNING_RETURNED, partnership.getStatus(),
                partnership.getStatus(), time.today(), text);
        signingStep(partnership, PartnershipSigningStep.Step.RETURNED, text);
        return partnership;
    }

    /** See {@link PartnershipService#statusHistoryOf}. */
    List<StatusChangeItem> statusHistoryOf(long id) {
        visible.require(id);
        var rows = statusChanges.findByPartnershipIdOrderByChangedAtDescIdDesc(id);
        var author = policy.authors(rows.stream().map(PartnershipStatusChange::getChangedBy).toList());
        return rows.stream().map(row -> row.toItem(policy.note(row.getNote(), row.isNoteForPartners()),
                author.apply(row.getChangedBy()))).toList();
    }

    /**
     * Tells the portal that a partnership was recorded or changed ({@link PartnershipSaved});
     * {@code sharedBefore}: whether it was shared with partners before this save.
     */
    void saved(Partnership partnership, boolean created, boolean sharedBefore) {
        boolean shared = partnership.isSharedWithPartners();
        events.publishEvent(new PartnershipSaved(partnership.getId(), created, partnership.getCountryCode(), shared,
                shared && (created || !sharedBefore)));
    }

    private void signingStep(Partnership partnership, PartnershipSigningStep.Step step, Remark note) {
        // the officer who asked: the latest proposal's author (this very step's, when it is the proposal)
        var proposedBy = statusChanges.findByPartnershipIdOrderByChangedAtDescIdDesc(partnership.getId()).stream()
                .filter(row -> row.getKind() == PartnershipStatusChange.Kind.SIGNING_PROPOSED)
                .map(PartnershipStatusChange::getChangedBy).findFirst().orElse(null);
        events.publishEvent(new PartnershipSigningStep(partnership.getId(), step, note, proposedBy,
                partnership.getCountryCode(), partnership.isSharedWithPartners()));
    }

    private void requireAgreement(long id) {
        if (!documents.hasDocument(DocumentOwnerKind.PARTNERSHIP, id, DocumentType.AGREEMENT)) {
            throw new PartnershipRefusedException(Reason.AGREEMENT_MISSING);
        }
    }

    /** The note stripped, or null for none; whether it is for partners stays as the writer chose. */
    private Remark checkedNote(Remark note, boolean required) {
        var raw = Remark.textOf(note);
        var text = raw == null || raw.isBlank() ? null : raw.strip();
        if (required && text == null) {
            throw new PartnershipRefusedException(Reason.NOTE_REQUIRED);
        }
        if (text != null && text.length() > PartnershipStatusChange.NOTE_MAX_LENGTH) {
            throw new PartnershipRefusedException(Reason.NOTE_TOO_LONG);
        }
        return text == null ? null : new Remark(text, Remark.sharedOf(note));
    }

    private void record(Partnership partnership, PartnershipStatusChange.Kind kind, PartnershipStatus from,
                        PartnershipStatus to, LocalDate effectiveOn, Remark note) {
        statusChanges.save(new PartnershipStatusChange(partnership.getId(), kind, from, to, effectiveOn,
                Remark.textOf(note), Remark.sharedOf(note), username(), time.now()));
    }

    private String username() {
        return currentUser.require().username();
    }
}
