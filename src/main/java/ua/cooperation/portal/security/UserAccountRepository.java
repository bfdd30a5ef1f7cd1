package ua.cooperation.portal.security;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

import java.util.Optional;

interface UserAccountRepository extends JpaRepository<UserAccount, Long>, JpaSpecificationExecutor<UserAccount> {

    Optional<UserAccount> findByUsername(String username);

    /** How many enabled accounts hold the role (for ADMIN: whether the portal has an administrator). */
    @Query("select count(a) from UserAccount a join a.roles r where a.enabled = true and r = :role")
    long countEnabledWithRole(Role role);
}
