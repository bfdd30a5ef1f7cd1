package ua.cooperation.portal.visit;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface VisitRepository extends JpaRepository<Visit, Long>, JpaSpecificationExecutor<Visit> {

    /** The visit whose itinerary holds the meeting, if any. */
    @Query("select v.id from Visit v join v.meetingIds m where m = :meetingId")
    Optional<Long> findIdByMeeting(long meetingId);

    /** The visit whose report meeting it is, if any. */
    @Query("select v.id from Visit v where v.reportMeetingId = :meetingId order by v.id")
    List<Long> findIdsByReportMeeting(long meetingId);

    /** For each of the meetings on a visit's programme: meeting id and visit id (one query for a page). */
    @Query("select m, v.id from Visit v join v.meetingIds m where m in :meetingIds")
    List<Object[]> findProgrammeVisitsOf(Collection<Long> meetingIds);

    /** For each of the meetings that is a visit's report meeting: meeting id and visit id. */
    @Query("select v.reportMeetingId, v.id from Visit v where v.reportMeetingId in :meetingIds")
    List<Object[]> findReportVisitsOf(Collection<Long> meetingIds);
}
