package ua.cooperation.portal.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One wrong password (or unknown user name) from one client address, kept for the sign-in throttle's window
 * ({@link SignInThrottle}). Rows are only inserted and deleted; the user name is kept as a hash of its lower-case
 * form, because people sometimes type their password into the user name field.
 */
@Entity
@Table(name = "sign_in_failure")
class SignInFailure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "client_address", nullable = false, length = 45)
    private String clientAddress;

    @Column(name = "username_key", nullable = false, length = 64)
    private String usernameKey;

    @Column(name = "failed_at", nullable = false)
    private Instant failedAt;

    protected SignInFailure() {
    }

    SignInFailure(String clientAddress, String usernameKey, Instant failedAt) {
        this.clientAddress = clientAddress;
        this.usernameKey = usernameKey;
        this.failedAt = failedAt;
    }
}
