package ua.cooperation.portal.security;

import ua.cooperation.portal.base.PortalTime;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Names of portal user accounts for other features (meeting participants, owners of action items): read-only, no
 * roles, e-mail or security data. Staff pick from the active accounts; every signed-in user may read the names of
 * accounts a record already refers to.
 */
@Service
public class UserDirectory {

    /** An account as a picker or a record shows it. */
    public record UserName(long id, String username, String displayName) {
    }

    private final UserAccountRepository accounts;
    private final CurrentUser currentUser;
    private final AccessPolicy policy;
    private final Clock clock;

    UserDirectory(UserAccountRepository accounts, CurrentUser currentUser, AccessPolicy policy, Clock clock) {
        this.accounts = accounts;
        this.policy = policy;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * One page of enabled, unexpired accounts whose user name or display name contains {@code text}, by display name.
     * Empty for a liaison (who does not pick colleagues).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<UserName> findActive(String text, int page, int size) {
        return find(text, page, size, false);
    }

    /**
     * As {@link #findActive}, staff only (officers, heads, administrators): who may be responsible for a record.
     * Empty for a liaison.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<UserName> findActiveStaff(String text, int page, int size) {
        return find(text, page, size, true);
    }

    /** Of {@code accounts}, those of active staff (for the checks of a record's responsible officer). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public java.util.Set<Long> activeStaffAmong(Collection<Long> accounts) {
        var today = LocalDate.now(clock.withZone(PortalTime.ZONE));
        var staff = new java.util.HashSet<Long>();
        this.accounts.findAllById(accounts).forEach(a -> {
            boolean active = a.isEnabled() && (a.getExpiresOn() == null || a.getExpiresOn().isAfter(today));
            if (active && a.getRoles().stream().anyMatch(r -> r != Role.LIAISON)) {
                staff.add(a.getId());
            }
        });
        return staff;
    }

    private List<UserName> find(String text, int page, int size, boolean staffOnly) {
        if (currentUser.get().map(PortalUser::isCountryRestricted).orElse(true)) {
            return List.of();
        }
        var today = LocalDate.now(clock.withZone(PortalTime.ZONE));
        Specification<UserAccount> spec = (root, query, cb) -> {
            var active = cb.and(cb.isTrue(root.get("enabled")),
                    cb.or(cb.isNull(root.get("expiresOn")), cb.greaterThan(root.get("expiresOn"), today)));
            if (staffOnly) {
                var sub = query.subquery(Long.class);
                var staff = sub.from(UserAccount.class);
                sub.select(staff.get("id")).where(cb.equal(staff.get("id"), root.get("id")),
                        staff.join("roles").in(Role.OFFICER, Role.HEAD, Role.ADMIN));
                active = cb.and(active, cb.exists(sub));
            }
            if (text == null || text.isBlank()) {
                return active;
            }
            var pattern = "%" + text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%";
            return cb.and(active, cb.or(cb.like(cb.lower(root.get("username")), pattern, '\\'),
                    cb.like(cb.lower(root.get("displayName")), pattern, '\\')));
        };
        return accounts.findAll(spec, PageRequest.of(page, size, Sort.by("displayName", "id"))).stream()
                .map(UserDirectory::toName).toList();
    }

    /**
     * The display names of the given accounts as the reader may read them: missing ids are left out, and so are staff
     * accounts for a partner ({@link AccessPolicy#accountsNamedToReader}), whom views then show as the office.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<Long, String> displayNames(Collection<Long> ids) {
        var names = new HashMap<Long, String>();
        if (!ids.isEmpty()) {
            var named = policy.accountsNamedToReader(ids);
            accounts.findAllById(named).forEach(a -> names.put(a.getId(), a.getDisplayName()));
        }
        return names;
    }

    private static UserName toName(UserAccount account) {
        return new UserName(account.getId(), account.getUsername(), account.getDisplayName());
    }
}
