package ua.cooperation.portal.programme;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface ProgrammeApprovalStepRepository extends JpaRepository<ProgrammeApprovalStep, Long> {

    List<ProgrammeApprovalStep> findByProgrammeIdOrderByChangedAtDescIdDesc(long programmeId);
}
