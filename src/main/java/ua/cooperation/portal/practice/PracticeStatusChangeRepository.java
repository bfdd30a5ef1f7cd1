package ua.cooperation.portal.practice;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface PracticeStatusChangeRepository extends JpaRepository<PracticeStatusChange, Long> {

    List<PracticeStatusChange> findByPracticeIdOrderByEffectiveOnDescIdDesc(long practiceId);
}
