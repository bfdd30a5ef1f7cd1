package ua.cooperation.portal.meeting;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

interface DecisionRepository extends JpaRepository<Decision, Long> {

    List<Decision> findByMeetingIdOrderByNumber(long meetingId);

    @Query("select coalesce(max(d.number), 0) from Decision d where d.meetingId = :meetingId")
    int highestNumber(long meetingId);
}
