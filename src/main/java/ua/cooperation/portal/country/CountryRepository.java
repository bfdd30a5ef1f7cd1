package ua.cooperation.portal.country;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface CountryRepository extends JpaRepository<Country, String>, JpaSpecificationExecutor<Country> {
}
