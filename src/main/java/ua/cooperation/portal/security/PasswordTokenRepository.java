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

    /**
     * A new one-time link for {@code user}, valid for {@link UserAdministration#LINK_VALIDITY} from {@code now}; the
     * user's older open links stop working. Only the secret's hash is stored. Returns the link's path
     * ({@code set-password/<secret>}).
     */
    default String newLink(UserAccount user, PasswordToken.Purpose purpose, Instant now) {
        invalidateOpenTokens(user, now);
        var token = UserAdministration.randomToken();
        save(new PasswordToken(user, UserAdministration.sha256(token), purpose, now,
                now.plus(UserAdministration.LINK_VALIDITY)));
        return "set-password/" + token;
    }
}
