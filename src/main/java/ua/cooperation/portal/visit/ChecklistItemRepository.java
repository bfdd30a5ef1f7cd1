package ua.cooperation.portal.visit;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface ChecklistItemRepository extends JpaRepository<ChecklistItem, Long> {

    List<ChecklistItem> findByVisitIdOrderByDueOnAscIdAsc(long visitId);
}
