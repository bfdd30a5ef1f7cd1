package ua.cooperation.portal.meeting;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.util.Optional;

interface CalendarFeedTokenRepository extends JpaRepository<CalendarFeedToken, Long> {

    Optional<CalendarFeedToken> findByTokenHash(String tokenHash);

    Optional<CalendarFeedToken> findByUserId(long userId);

    @Modifying(flushAutomatically = true)
    @Query("delete from CalendarFeedToken t where t.userId = :userId")
    int deleteByUser(long userId);
}
