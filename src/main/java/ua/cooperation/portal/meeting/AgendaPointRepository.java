package ua.cooperation.portal.meeting;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface AgendaPointRepository extends JpaRepository<AgendaPoint, Long> {

    List<AgendaPoint> findByMeetingIdOrderByIdAsc(long meetingId);
}
