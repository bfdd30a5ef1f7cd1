package ua.cooperation.portal.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/** A person who signs in to the portal: staff member or embassy liaison (guest). */
@Entity
@Table(name = "user_account")
public class UserAccount {

    /**
     * After this many wrong second-factor codes in a row, over any number of sign-in attempts, the account is locked
     * for {@link #LOCK_DURATION_MINUTES}. Wrong passwords never lock it: they are throttled per client address
     * instead, so that a stranger who knows a user name cannot keep the user out (ADR 0034). Only someone who knows
     * the password can lock an account.
     */
    public static final int MAX_FAILED_ATTEMPTS = 5;
    public static final int LOCK_DURATION_MINUTES = 15;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @NotBlank
    @Size(max = 100)
    @Column(nullable = false, unique = true, length = 100)
    private String username;

    @NotBlank
    @Size(max = 200)
    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    /** ISO 3166-1 alpha-2 codes of the countries a liaison is bound to; empty for staff. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_country", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "country_code", nullable = false, length = 2)
    private Set<String> countryCodes = new HashSet<>();

    /**
     * The organisation a guest is bound to instead of countries (an international organisation's staff, ADR 0042):
     * she sees the records shared with partners that name it; {@code null} for staff and embassy liaisons.
     */
    @Column(name = "organisation_id")
    private Long organisationId;

    /** Guest accounts expire: from this day on the account can no longer sign in. */
    @Column(name = "expires_on")
    private LocalDate expiresOn;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    /** BCP 47 language tag of the user's chosen UI language (uk, en, lt). */
    @Column(name = "preferred_language", length = 10)
    private String preferredLanguage;

    @Column(name = "last_sign_in_at")
    private Instant lastSignInAt;

    @Size(max = 200)
    @Column(length = 200)
    private String email;

    /** Sessions that began before this moment end at their next request. */
    @Column(name = "sessions_revoked_at")
    private Instant sessionsRevokedAt;

    protected UserAccount() {
    }

    public UserAccount(String username, String displayName, String passwordHash, Set<Role> roles) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public boolean isExpiredOn(LocalDate today) {
        return expiresOn != null && !today.isBefore(expiresOn);
    }

    /** Counts a wrong second-factor code; returns true when this one locked the account. */
    public boolean registerWrongSecondFactorCode(Instant now) {
        failedAttempts++;
        if (failedAttempts >= MAX_FAILED_ATTEMPTS) {
            failedAttempts = 0;
            lockedUntil = now.plusSeconds(LOCK_DURATION_MINUTES * 60L);
            return true;
        }
        return false;
    }

    public void registerSuccessfulSignIn(Instant now) {
        failedAttempts = 0;
        lockedUntil = null;
        lastSignInAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public Set<String> getCountryCodes() {
        return countryCodes;
    }

    public void setCountryCodes(Set<String> countryCodes) {
        this.countryCodes = new HashSet<>(countryCodes);
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(LocalDate expiresOn) {
        this.expiresOn = expiresOn;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public int getFailedAttempts() {
        return failedAttempts;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    public void setPreferredLanguage(String preferredLanguage) {
        this.preferredLanguage = preferredLanguage;
    }

    public Instant getLastSignInAt() {
        return lastSignInAt;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public void unlock() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    public Instant getSessionsRevokedAt() {
        return sessionsRevokedAt;
    }

    public void revokeSessions(Instant now) {
        sessionsRevokedAt = now;
    }
}
