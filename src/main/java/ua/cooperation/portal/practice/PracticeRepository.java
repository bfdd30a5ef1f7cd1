package ua.cooperation.portal.practice;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import ua.cooperation.portal.base.ConcurrentEditException;

interface PracticeRepository extends JpaRepository<Practice, Long>, JpaSpecificationExecutor<Practice> {

    /** Saves and flushes a practice read at {@code version}; a save in between is a {@link ConcurrentEditException}. */
    default Practice flushChecked(Practice practice, long version) {
        try {
            return saveAndFlush(practice);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentEditException("Practice " + practice.getId(), version, version + 1);
        }
    }
}
