package ua.cooperation.portal.registry;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

import java.util.Optional;

interface MunicipalityRepository extends JpaRepository<Municipality, Long>, JpaSpecificationExecutor<Municipality> {

    boolean existsByHromadaCode(String hromadaCode);

    Optional<Municipality> findByHromadaCode(String hromadaCode);
}
