package ua.cooperation.portal.security;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface TwoFactorEnrolmentRepository extends JpaRepository<TwoFactorEnrolment, Long> {

    /**
     * Records that a code of {@code step} was accepted, if no code of this or a later step was before; answers 1 when
     * it was, 0 for a replay. One statement, so that the same code sent twice at once, even to two nodes, passes once.
     */
    @Modifying
    @Query("update TwoFactorEnrolment e set e.lastUsedStep = :step where e.userId = :userId"
            + " and (e.lastUsedStep is null or e.lastUsedStep < :step)")
    int useStep(long userId, long step);
}
