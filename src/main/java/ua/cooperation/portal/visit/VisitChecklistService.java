package ua.cooperation.portal.visit;

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
import ua.cooperation.portal.security.AccessPolicy;
import ua.cooperation.portal.security.CurrentUser;
import ua.cooperation.portal.security.Role;
import ua.cooperation.portal.security.UserDirectory;

import java.util.List;

/**
 * A visit's logistics checklist: invitations, visas, transport, accommodation, interpreters, gifts. The office's own
 * work: a partner (or a preview as one) never reads it, and her request answers like a missing visit.
 */
@Service
public class VisitChecklistService {

    private final VisibleVisits visible;
    private final ChecklistItemRepository items;
    private final VisitChecks checks;
    private final AccessPolicy policy;
    private final UserDirectory users;
    private final CurrentUser currentUser;
    private final Validator validator;
    private final PortalTime time;

    VisitChecklistService(VisibleVisits visible, ChecklistItemRepository items, VisitChecks checks,
                          AccessPolicy policy, UserDirectory users, CurrentUser currentUser, Validator validator,
                          PortalTime time) {
        this.visible = visible;
        this.items = items;
        this.checks = checks;
        this.policy = policy;
        this.users = users;
        this.currentUser = currentUser;
        this.validator = validator;
        this.time = time;
    }

    /** The checklist of a visible visit by due day (staff only); an item past due and not done is overdue. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ChecklistItemView> checklistOf(long visitId) {
        requireStaffVisit(visitId);
        var rows = items.findByVisitIdOrderByDueOnAscIdAsc(visitId);
        var names = users.displayNames(rows.stream().map(ChecklistItem::getOwnerUserId)
                .filter(java.util.Objects::nonNull).distinct().toList());
        var today = time.today();
        return rows.stream().map(i -> new ChecklistItemView(i.getId(), i.getVersion(), i.getTitle(), i.getKind(),
                i.getOwnerUserId(), i.getOwnerUserId() == null ? null : names.get(i.getOwnerUserId()), i.getDueOn(),
                i.isDone(), i.getDoneOn(), i.overdue(today))).toList();
    }

    /** Adds an item ({@code id} null) or changes one; a stale version is refused. */
    @RolesAllowed({Role.Names.OFFICER, Role.Names.ADMIN})
    @Transactional
    public void saveItem(long visitId, ChecklistItemChanges changes) {
        Validation.requireValid(validator, changes);
        requireStaffVisit(visitId);
        checks.checkOwner(changes.ownerUserId());
        var item = changes.id() == null ? new ChecklistItem(visitId) : require(visitId, changes.id(), changes.version());
        item.apply(changes, time.today(), currentUser.require().username(), time.now());
        flush(item, changes.version());
    }

    /** Ticks an item done (today) or open again. */
    @RolesAllowed({Role.Names.OFFICER, Role.Names.ADMIN})
    @Transactional
    public void tick(long visitId, long itemId, long version, boolean done) {
        requireStaffVisit(visitId);
        var item = require(visitId, itemId, version);
        item.tick(done, time.today(), currentUser.require().username(), time.now());
        flush(item, version);
    }

    /** Deletes an item (the page asks for confirmation first). */
    @RolesAllowed({Role.Names.OFFICER, Role.Names.ADMIN})
    @Transactional
    public void deleteItem(long visitId, long itemId, long version) {
        requireStaffVisit(visitId);
        items.delete(require(visitId, itemId, version));
        items.flush();
    }

    private void requireStaffVisit(long visitId) {
        if (!policy.showsInternal()) {
            throw new RecordNotFoundException("Visit " + visitId);
        }
        visible.require(visitId);
    }

    private ChecklistItem require(long visitId, long itemId, long version) {
        var item = items.findById(itemId).filter(i -> i.getVisitId() == visitId)
                .orElseThrow(() -> new RecordNotFoundException("Checklist item " + itemId));
        if (item.getVersion() != version) {
            throw new ConcurrentEditException("Checklist item " + itemId, version, item.getVersion());
        }
        return item;
    }

    private void flush(ChecklistItem item, long version) {
        try {
            items.saveAndFlush(item);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentEditException("Checklist item " + item.getId(), version, version + 1);
        }
    }
}
