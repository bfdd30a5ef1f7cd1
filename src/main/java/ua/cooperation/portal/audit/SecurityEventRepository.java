package ua.cooperation.portal.audit;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface SecurityEventRepository extends JpaRepository<SecurityEvent, Long> {

    List<SecurityEvent> findByUsernameOrderByIdAsc(String username);
}
