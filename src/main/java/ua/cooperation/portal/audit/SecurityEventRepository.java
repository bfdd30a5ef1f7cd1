package ua.cooperation.portal.audit;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

import java.time.Instant;
import java.util.List;

interface SecurityEventRepository extends JpaRepository<SecurityEvent, Long>, JpaSpecificationExecutor<SecurityEvent> {

    List<SecurityEvent> findByUsernameOrderByIdAsc(String username);

    long countByUsernameAndTypeAndOccurredAtGreaterThanEqual(String username, SecurityEventType type, Instant since);
}
