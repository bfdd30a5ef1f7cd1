package ua.cooperation.portal.visit;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

import java.util.Optional;

interface VisitRepository extends JpaRepository<Visit, Long>, JpaSpecificationExecutor<Visit> {

    /** The visit whose itinerary holds the meeting, if any. */
    @Query("select v.id from Visit v join v.meetingIds m where m = :meetingId")
    Optional<Long> findIdByMeeting(long meetingId);
}
