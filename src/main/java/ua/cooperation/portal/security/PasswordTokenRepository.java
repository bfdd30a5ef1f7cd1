package ua.cooperation.portal.security;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.Optional;

interface PasswordTokenRepository extends JpaRepository<PasswordToken, Long> {

    Optional<PasswordToken> findByTokenHash(String tokenHash);

    /** A new link replaces older unused links of the same user. */
    @Modifying
    @Query("update PasswordToken t set t.usedAt = :now where t.user = :user and t.usedAt is null")
    void invalidateOpenTokens(UserAccount user, Instant now);
}
