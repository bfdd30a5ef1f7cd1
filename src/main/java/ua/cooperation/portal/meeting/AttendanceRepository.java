package ua.cooperation.portal.meeting;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface AttendanceRepository extends JpaRepository<Attendance, Long> {

    List<Attendance> findByMeetingId(long meetingId);

    Optional<Attendance> findByMeetingIdAndUserId(long meetingId, long userId);
}
