package ua.cooperation.portal.security;

import org.springframework.data.repository.query.Param;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

import java.util.Optional;

interface UserAccountRepository extends JpaRepository<UserAccount, Long>, JpaSpecificationExecutor<UserAccount> {

    Optional<UserAccount> findByUsername(String username);

    /** How many enabled accounts hold the role (for ADMIN: whether the portal has an administrator). */
    @Query("select count(a) from UserAccount a join a.roles r where a.enabled = true and r = :role")
    long countEnabledWithRole(Role role);

    /** The account, its row locked until the transaction ends: wrong codes given at once on two nodes both count. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from UserAccount a where a.id = :id")
    Optional<UserAccount> findByIdForUpdate(long id);

    /** Replaces the password hash without touching the version, so that an administrator's open form stays valid. */
    @Modifying
    @Query("update UserAccount a set a.passwordHash = :passwordHash where a.id = :id")
    int updatePasswordHash(long id, String passwordHash);

    /** How many registry organisations have this id (0 or 1): the registry is a feature above security. */
    @Query(value = "SELECT COUNT(*) FROM organisation WHERE id = :id", nativeQuery = true)
    long countOrganisations(@Param("id") long id);
}
