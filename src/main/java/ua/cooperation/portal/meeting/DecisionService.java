package ua.cooperation.portal.meeting;

import java.util.Locale;
import ua.cooperation.portal.translation.ChangedTexts;
import ua.cooperation.portal.translation.RecordTexts;
import ua.cooperation.portal.translation.TextOwnerKind;
import java.util.Map;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ua.cooperation.portal.base.ConcurrentEditException;
import ua.cooperation.portal.base.PortalTime;
import ua.cooperation.portal.base.RecordNotFoundException;
import ua.cooperation.portal.base.Validation;
import ua.cooperation.portal.security.CurrentUser;
import ua.cooperation.portal.security.Role;

import java.util.List;

/**
 * The numbered decisions of meetings. A decision is exactly as visible as its meeting ({@link VisibleMeetings}); any
 * other meeting id answers like a missing one. Officers and administrators record and change decisions.
 */
@Service
public class DecisionService {

    private final DecisionRepository decisions;
    private final VisibleMeetings visibleMeetings;
    private final CurrentUser currentUser;
    private final Validator validator;
    private final PortalTime time;

    private final RecordTexts translations;

    DecisionService(DecisionRepository decisions, VisibleMeetings visibleMeetings, CurrentUser currentUser,
                    Validator validator, PortalTime time, RecordTexts translations) {
        this.translations = translations;
        this.decisions = decisions;
        this.visibleMeetings = visibleMeetings;
        this.currentUser = currentUser;
        this.validator = validator;
        this.time = time;
    }

    /** The decisions of a visible meeting, by number. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<DecisionItem> decisionsOf(long meetingId) {
        visibleMeetings.require(meetingId);
        return decisions.findByMeetingIdOrderByNumber(meetingId).stream().map(Decision::toItem).toList();
    }

    /** The decisions of a visible meeting, by number, their texts in the reader's language. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<DecisionItem> decisionsOf(long meetingId, Locale language) {
        var items = decisionsOf(meetingId);
        var originals = new java.util.HashMap<Long, String>();
        items.forEach(d -> originals.put(d.id(), d.text()));
        var shown = translations.localize(TextOwnerKind.DECISION, DecisionTextOwner.TEXT, originals, language);
        return items.stream().map(d -> new DecisionItem(d.id(), d.version(), d.meetingId(), d.number(), d.text(),
                d.decidedOn(), d.effectiveFrom(), shown.get(d.id()), d.areas(), d.targetGroups())).toList();
    }

    /**
     * Records a new decision of a meeting (numbered after the highest number so far, a number that never changes) or
     * changes one. Refuses invalid input and changes made on top of a stale version ({@link ConcurrentEditException});
     * stored data stays as it was in every case.
     */
    @RolesAllowed({Role.Names.OFFICER, Role.Names.ADMIN})
    @Transactional
    public DecisionItem saveDecision(long meetingId, DecisionChanges changes) {
        Validation.requireValid(validator, changes);
        visibleMeetings.require(meetingId);
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
        var before = decision.getText();
        decision.apply(changes, currentUser.require().username(), time.now());
        try {
            decisions.saveAndFlush(decision);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentEditException("Decision " + decision.getId(), changes.version(),
                    changes.version() + 1);
        }
        translations.originalsChanged(TextOwnerKind.DECISION, decision.getId(), ChangedTexts.between(
                java.util.Collections.singletonMap(DecisionTextOwner.TEXT, before),
                Map.of(DecisionTextOwner.TEXT, decision.getText())));
        return decision.toItem();
    }
}
