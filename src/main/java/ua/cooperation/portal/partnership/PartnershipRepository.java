package ua.cooperation.portal.partnership;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.LocalDate;

interface PartnershipRepository extends JpaRepository<Partnership, Long>, JpaSpecificationExecutor<Partnership> {

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Partnership p set p.lastContactOn = :date where p.id = :id"
            + " and (p.lastContactOn is null or p.lastContactOn < :date)")
    int moveLastContactForward(@Param("id") long id, @Param("date") LocalDate date);
}
