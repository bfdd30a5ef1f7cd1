package ua.cooperation.portal.programme;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface ProgrammeRepository extends JpaRepository<Programme, Long>, JpaSpecificationExecutor<Programme> {

    boolean existsByIdentifier(String identifier);

    boolean existsByIdentifierAndIdNot(String identifier, long id);
}
