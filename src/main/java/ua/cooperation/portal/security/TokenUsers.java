package ua.cooperation.portal.security;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * For requests that carry a secret token instead of a session (the personal calendar feed): the account behind the
 * token as a {@link PortalUser}, read anew at every request and only while it may sign in (enabled, not expired, not
 * locked), and a way to run a read as that user, so that the services apply exactly the scope they apply to the
 * user's own sessions (ADR 0033).
 */
@Component
public class TokenUsers {

    private final UserAccountRepository accounts;
    private final PortalUserDetailsService users;

    TokenUsers(UserAccountRepository accounts, PortalUserDetailsService users) {
        this.accounts = accounts;
        this.users = users;
    }

    /**
     * The user of this account id with the roles and countries it has now, when the account is enabled, not expired
     * and not locked; empty otherwise.
     */
    @Transactional(readOnly = true)
    public Optional<PortalUser> activeUser(long accountId) {
        return accounts.findById(accountId).map(users::toPortalUser)
                .filter(user -> user.isEnabled() && user.isAccountNonExpired() && user.isAccountNonLocked());
    }

    /** An active account that has an e-mail address, with the language it prefers (null: the default). */
    public record Recipient(PortalUser user, String email, String language) {
    }

    /** Every enabled, unexpired account with an e-mail address (for the daily digest). */
    @Transactional(readOnly = true)
    public java.util.List<Recipient> activeRecipients() {
        return accounts.findAll().stream()
                .filter(a -> a.getEmail() != null && !a.getEmail().isBlank())
                .map(a -> new Recipient(users.toPortalUser(a), a.getEmail(), a.getPreferredLanguage()))
                .filter(r -> r.user().isEnabled() && r.user().isAccountNonExpired())
                .toList();
    }

    /** Runs {@code work} signed in as {@code user} on this thread only, then restores what was there. */
    public <T> T runAs(PortalUser user, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
