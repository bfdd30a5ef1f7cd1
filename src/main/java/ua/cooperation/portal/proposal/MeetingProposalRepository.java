package ua.cooperation.portal.proposal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface MeetingProposalRepository extends JpaRepository<MeetingProposal, Long>,
        JpaSpecificationExecutor<MeetingProposal> {
}
