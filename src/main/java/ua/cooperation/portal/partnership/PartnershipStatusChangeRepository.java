package ua.cooperation.portal.partnership;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface PartnershipStatusChangeRepository extends JpaRepository<PartnershipStatusChange, Long> {

    List<PartnershipStatusChange> findByPartnershipIdOrderByChangedAtDescIdDesc(long partnershipId);
}
