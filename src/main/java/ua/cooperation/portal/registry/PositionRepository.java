package ua.cooperation.portal.registry;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface PositionRepository extends JpaRepository<Position, Long>, JpaSpecificationExecutor<Position> {
}
