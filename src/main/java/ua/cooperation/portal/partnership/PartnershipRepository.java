package ua.cooperation.portal.partnership;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import ua.cooperation.portal.base.ConcurrentEditException;

import java.time.LocalDate;

interface PartnershipRepository extends JpaRepository<Partnership, Long>, JpaSpecificationExecutor<Partnership> {

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Partnership p set p.lastContactOn = :date where p.id = :id"
            + " and (p.lastContactOn is null or p.lastContactOn < :date)")
    int moveLastContactForward(@Param("id") long id, @Param("date") LocalDate date);

    /**
     * Saves and flushes a partnership the caller read at {@code version}: someone who saved between that read and
     * this write is caught by the database's version check and answered as a {@link ConcurrentEditException}.
     */
    default Partnership flushChecked(Partnership partnership, long version) {
        try {
            return saveAndFlush(partnership);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentEditException("Partnership " + partnership.getId(), version, version + 1);
        }
    }
}
