package ua.cooperation.portal.security;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ua.cooperation.portal.base.Validation;
import ua.cooperation.portal.audit.SecurityAuditLog;
import ua.cooperation.portal.audit.SecurityEventType;
import ua.cooperation.portal.base.ConcurrentEditException;
import ua.cooperation.portal.base.RecordNotFoundException;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Accounts, for administrators: list, invite embassy liaisons, change roles, countries and expiry, disable,
 * unlock, send a password reset link, end all sessions, reset the second factor. Every change is written to the
 * security log.
 * One-time links last {@link #LINK_VALIDITY} and only their hash is stored.
 * <p>
 * Running sessions obey a change at their next request (ADR 0033, {@link AccountRecheck}): changed roles, countries
 * and names reach them at once. Disabling, ending all sessions, a password reset link and a second-factor reset cut the
 * user off: their sessions end, their open password links stop working and {@link UserSessionsEnded} lets the
 * features drop what stands for the user (the calendar feed's address).
 */
@Service
public class UserAdministration {

    public static final Duration LINK_VALIDITY = Duration.ofHours(72);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserAccountRepository accounts;
    private final PasswordTokenRepository tokens;
    private final SecurityAuditLog auditLog;
    private final CurrentUser currentUser;
    private final Validator validator;
    private final Clock clock;

    private final InvitationMail invitationMail;
    private final TwoFactorEnrolmentRepository enrolments;
    private final RecoveryCodeRepository recoveryCodes;
    private final ApplicationEventPublisher events;

    UserAdministration(UserAccountRepository accounts, PasswordTokenRepository tokens, SecurityAuditLog auditLog,
                       CurrentUser currentUser, Validator validator, Clock clock, InvitationMail invitationMail,
                       TwoFactorEnrolmentRepository enrolments, RecoveryCodeRepository recoveryCodes,
                       ApplicationEventPublisher events) {
        this.events = events;
        this.invitationMail = invitationMail;
        this.enrolments = enrolments;
        this.recoveryCodes = recoveryCodes;
        this.accounts = accounts;
        this.tokens = tokens;
        this.auditLog = auditLog;
        this.currentUser = currentUser;
        this.validator = validator;
        this.clock = clock;
    }

    /** One page of accounts whose user name or display name contains {@code text}, by user name. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<UserSummary> find(String text, int page, int size) {
        Specification<UserAccount> spec = (root, query, cb) -> {
            if (text == null || text.isBlank()) {
                return cb.conjunction();
            }
            var pattern = "%" + text.strip().toLowerCase(Locale.ROOT) + "%";
            return cb.or(cb.like(cb.lower(root.get("username")), pattern),
                    cb.like(cb.lower(root.get("displayName")), pattern));
        };
        var rows = accounts.findBy(spec, q -> q.slice(PageRequest.of(page, size, Sort.by("username"))))
                .getContent();
        // which of the page's accounts use a second factor, in one query
        var enrolled = new java.util.HashSet<Long>();
        enrolments.findAllById(rows.stream().map(UserAccount::getId).toList())
                .forEach(e -> enrolled.add(e.getUserId()));
        return rows.stream().map(a -> summary(a, enrolled.contains(a.getId()))).toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Optional<UserSummary> findById(long id) {
        return accounts.findById(id).map(a -> summary(a, enrolments.existsById(a.getId())));
    }

    /**
     * Creates a liaison's guest account without a password and returns the one-time link path
     * ({@code set-password/<token>}) to pass on to them.
     */
    @PreAuthorize("hasRole('ADMIN') or (hasRole('OFFICER') and @guestInvitationPolicy.officersMayInvite())")
    @Transactional
    public String invite(GuestInvitation invitation) {
        validate(invitation);
        if (invitation.organisationId() != null && !organisationExists(invitation.organisationId())) {
            throw new ConstraintViolationException("No organisation " + invitation.organisationId(), Set.of());
        }
        if (accounts.findByUsername(invitation.username()).isPresent()) {
            throw new UsernameTakenException(invitation.username());
        }
        // an unusable hash until the guest sets a password through the link
        var account = new UserAccount(invitation.username(), invitation.displayName(), unusablePasswordHash(),
                Set.of(Role.LIAISON));
        account.setEmail(invitation.email());
        account.setCountryCodes(invitation.countryCodes());
        account.setOrganisationId(invitation.organisationId());
        account.setExpiresOn(invitation.expiresOn());
        account.setEnabled(false); // enabled when the password is set
        accounts.save(account);
        audit("invited guest " + invitation.username() + " for " + (invitation.organisationId() == null
                ? invitation.countryCodes() : "organisation " + invitation.organisationId())
                + " until " + invitation.expiresOn());
        var link = newLink(account, PasswordToken.Purpose.INVITATION);
        invitationMail.sendInvitation(invitation.email(), invitation.displayName(), link, LINK_VALIDITY.toHours());
        return link;
    }

    /**
     * Saves an administrator's changes; refuses stale versions like every other form. Running sessions of the user
     * take the new roles, countries and name at their next request; disabling the account cuts the user off.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public UserSummary update(UserChanges changes) {
        validate(changes);
        var account = accounts.findById(changes.id()).orElseThrow(() -> new RecordNotFoundException("User"));
        if (account.getVersion() != changes.version()) {
            throw new ConcurrentEditException("User " + account.getUsername(), changes.version(), account.getVersion());
        }
        if (account.getId() == currentUser.require().id()
                && (!changes.enabled() || !changes.roles().contains(Role.ADMIN))) {
            throw new IllegalStateException("Administrators cannot disable themselves or drop their own ADMIN role");
        }
        account.setDisplayName(changes.displayName().strip());
        account.setEmail(changes.email());
        account.setRoles(changes.roles());
        account.setCountryCodes(changes.countryCodes() == null ? Set.of() : changes.countryCodes());
        account.setExpiresOn(changes.expiresOn());
        boolean disabling = account.isEnabled() && !changes.enabled();
        account.setEnabled(changes.enabled());
        if (disabling) {
            cutOff(account);
        }
        accounts.saveAndFlush(account);
        audit("changed " + account.getUsername() + ": roles " + changes.roles() + ", countries "
                + account.getCountryCodes() + ", expires " + changes.expiresOn() + ", enabled " + changes.enabled());
        return summary(account);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void unlock(long id) {
        var account = accounts.findById(id).orElseThrow(() -> new RecordNotFoundException("User"));
        account.unlock();
        audit("unlocked " + account.getUsername());
    }

    /**
     * A new one-time link to set a password. The old password stops working at once and the user is cut off (sessions,
     * older links, feed address): a reset is what an administrator does when a password is lost or may be known to
     * someone else. The link does not enable a disabled account.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public String resetPassword(long id) {
        var account = accounts.findById(id).orElseThrow(() -> new RecordNotFoundException("User"));
        account.setPasswordHash(unusablePasswordHash());
        cutOff(account);
        audit("password reset link for " + account.getUsername() + "; old password and sessions ended");
        return newLink(account, PasswordToken.Purpose.RESET);
    }

    /**
     * Every session of the user ends at its next request; their open password links and their calendar feed's address
     * stop working (they issue a new feed address when they sign in again).
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void endAllSessions(long id) {
        var account = accounts.findById(id).orElseThrow(() -> new RecordNotFoundException("User"));
        cutOff(account);
        audit("ended all sessions of " + account.getUsername());
    }

    /**
     * Removes the user's second factor (authenticator secret and recovery codes), e.g. after a lost phone, and cuts the
     * user off like {@link #endAllSessions}: a session on the lost phone ends too, and the next sign-in sets the second
     * factor up again (administrators and heads must; others may). Written to the security log as
     * {@link SecurityEventType#TWO_FACTOR_RESET}.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void resetSecondFactor(long id) {
        var account = accounts.findById(id).orElseThrow(() -> new RecordNotFoundException("User"));
        boolean had = enrolments.existsById(account.getId());
        if (had) {
            enrolments.deleteById(account.getId());
        }
        recoveryCodes.deleteByUserId(account.getId());
        cutOff(account);
        auditLog.record(SecurityEventType.TWO_FACTOR_RESET, currentUser.require().username(),
                "second factor of " + account.getUsername() + " reset" + (had ? "" : " (none was set up)"));
    }

    /**
     * Ends every session of the account at its next request, cancels its open password links and tells the features
     * ({@link UserSessionsEnded}), all in the caller's transaction.
     */
    private void cutOff(UserAccount account) {
        var now = clock.instant();
        account.revokeSessions(now);
        tokens.invalidateOpenTokens(account, now);
        events.publishEvent(new UserSessionsEnded(account.getId()));
    }

    /** A password hash that no typed password matches: a random secret nobody is told. */
    private static String unusablePasswordHash() {
        return "{noop}" + randomToken() + "-not-a-password-" + randomToken();
    }

    private String newLink(UserAccount account, PasswordToken.Purpose purpose) {
        return tokens.newLink(account, purpose, clock.instant());
    }

    private void audit(String detail) {
        auditLog.record(SecurityEventType.USER_CHANGED, currentUser.require().username(), detail);
    }

    /**
     * Whether a registry organisation exists: read as a row, because the registry is a feature above security (the
     * invitation dialog offers only organisations the administrator can see; the foreign key guards the rest).
     */
    private boolean organisationExists(long id) {
        return accounts.countOrganisations(id) > 0;
    }

    private void validate(Object input) {
        Validation.requireValid(validator, input);
    }

    private UserSummary summary(UserAccount a) {
        return summary(a, enrolments.existsById(a.getId()));
    }

    private UserSummary summary(UserAccount a, boolean twoFactorEnrolled) {
        return new UserSummary(a.getId(), a.getVersion(), a.getUsername(), a.getDisplayName(), a.getEmail(),
                Set.copyOf(a.getRoles()), Set.copyOf(a.getCountryCodes()), a.getExpiresOn(), a.isEnabled(),
                a.isLockedAt(clock.instant()), a.getLastSignInAt(), twoFactorEnrolled, a.getOrganisationId());
    }

    static String randomToken() {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The user name of an invitation is already in use. */
    public static class UsernameTakenException extends RuntimeException {
        public UsernameTakenException(String username) {
            super("User name taken: " + username);
        }
    }
}
