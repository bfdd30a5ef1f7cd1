package ua.cooperation.portal.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A user's TOTP secret, stored once the user has proved with a code that their authenticator app holds it, and the
 * time step of the last code accepted: a code is accepted once, so only codes of later steps pass (ADR 0034).
 */
@Entity
@Table(name = "two_factor_enrolment")
class TwoFactorEnrolment {

    @Id
    @Column(name = "user_id")
    private Long userId;

    @Column(nullable = false, length = 64)
    private String secret;

    @Column(name = "enrolled_at", nullable = false)
    private Instant enrolledAt;

    @Column(name = "last_used_step")
    private Long lastUsedStep;

    protected TwoFactorEnrolment() {
    }

    TwoFactorEnrolment(long userId, String secret, Instant enrolledAt) {
        this.userId = userId;
        this.secret = secret;
        this.enrolledAt = enrolledAt;
    }

    /** Enrolled with the code of {@code usedStep}, which therefore does not sign in again. */
    TwoFactorEnrolment(long userId, String secret, Instant enrolledAt, long usedStep) {
        this(userId, secret, enrolledAt);
        this.lastUsedStep = usedStep;
    }

    long getUserId() {
        return userId;
    }

    String getSecret() {
        return secret;
    }

    Long getLastUsedStep() {
        return lastUsedStep;
    }
}
