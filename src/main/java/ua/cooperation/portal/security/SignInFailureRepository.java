package ua.cooperation.portal.security;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.List;

interface SignInFailureRepository extends JpaRepository<SignInFailure, Long> {

    /** The times of the latest failures from an address since {@code since}, newest first. */
    @Query("select f.failedAt from SignInFailure f where f.clientAddress = :address and f.failedAt > :since"
            + " order by f.failedAt desc")
    List<Instant> latestFromAddress(String address, Instant since, Limit limit);

    /** The times of the latest failures of one user name from an address since {@code since}, newest first. */
    @Query("select f.failedAt from SignInFailure f where f.clientAddress = :address and f.usernameKey = :usernameKey"
            + " and f.failedAt > :since order by f.failedAt desc")
    List<Instant> latestOfUsernameFromAddress(String address, String usernameKey, Instant since, Limit limit);

    @Modifying
    @Transactional
    @Query("delete from SignInFailure f where f.clientAddress = :address and f.usernameKey = :usernameKey")
    int deleteOfUsernameFromAddress(String address, String usernameKey);

    /** In a transaction of its own when called outside one: the hourly clean-up runs outside any. */
    @Modifying
    @Transactional
    @Query("delete from SignInFailure f where f.failedAt <= :before")
    int deleteOlderThan(Instant before);
}
