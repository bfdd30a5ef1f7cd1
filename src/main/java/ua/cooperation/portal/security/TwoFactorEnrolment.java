package ua.cooperation.portal.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A user's TOTP secret, stored once the user has proved with a code that their authenticator app holds it. */
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

    protected TwoFactorEnrolment() {
    }

    TwoFactorEnrolment(long userId, String secret, Instant enrolledAt) {
        this.userId = userId;
        this.secret = secret;
        this.enrolledAt = enrolledAt;
    }

    long getUserId() {
        return userId;
    }

    String getSecret() {
        return secret;
    }
}
