package ua.cooperation.portal.programme;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import ua.cooperation.portal.base.ConcurrentEditException;
import ua.cooperation.portal.base.PortalTime;
import ua.cooperation.portal.base.RecordNotFoundException;
import ua.cooperation.portal.base.Remark;
import ua.cooperation.portal.security.CurrentUser;

/**
 * What the programme services' writes share: a visible programme at the version the writer loaded (a missing, an
 * out-of-scope and a stale one refused alike for every writer), the flush that turns a lost race into a
 * {@link ConcurrentEditException}, and the approval history's rows. Runs inside the callers' transactions.
 */
@Component
class ProgrammeStore {

    private final ProgrammeRepository programmes;
    private final VisibleProgrammes visibleProgrammes;
    private final ProgrammeApprovalStepRepository steps;
    private final CurrentUser currentUser;
    private final PortalTime time;

    ProgrammeStore(ProgrammeRepository programmes, VisibleProgrammes visibleProgrammes,
                   ProgrammeApprovalStepRepository steps, CurrentUser currentUser, PortalTime time) {
        this.programmes = programmes;
        this.visibleProgrammes = visibleProgrammes;
        this.steps = steps;
        this.currentUser = currentUser;
        this.time = time;
    }

    void requireVisible(long id) {
        if (visibleProgrammes.find(id).isEmpty()) {
            throw new RecordNotFoundException("Programme " + id);
        }
    }

    Programme requireCurrent(long id, long version) {
        var programme = visibleProgrammes.find(id).orElseThrow(() -> new RecordNotFoundException("Programme " + id));
        if (programme.getVersion() != version) {
            throw new ConcurrentEditException("Programme " + id, version, programme.getVersion());
        }
        return programme;
    }

    Programme flush(Programme programme, long version) {
        try {
            return programmes.saveAndFlush(programme);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentEditException("Programme " + programme.getId(), version, version + 1);
        }
    }

    /** A row of the approval history: who moved the programme from which state to which, now. */
    void recordStep(Programme programme, ApprovalState from, ApprovalState to, Remark comment) {
        steps.save(new ProgrammeApprovalStep(programme.getId(), from, to, Remark.textOf(comment),
                Remark.sharedOf(comment), username(), time.now()));
    }

    /** The officer who last submitted the programme (its latest step into SUBMITTED); null when none did. */
    String lastSubmitter(long programmeId) {
        return steps.findByProgrammeIdOrderByChangedAtDescIdDesc(programmeId).stream()
                .filter(step -> step.getToState() == ApprovalState.SUBMITTED)
                .map(ProgrammeApprovalStep::getChangedBy).findFirst().orElse(null);
    }

    String username() {
        return currentUser.require().username();
    }
}
