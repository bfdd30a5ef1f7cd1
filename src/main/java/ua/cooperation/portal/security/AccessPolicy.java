package ua.cooperation.portal.security;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ua.cooperation.portal.base.HistoryEntry;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * What the current user may see <em>inside</em> a record they may open. {@link CountryScope} decides which records;
 * this class decides which of their fields, and every service asks it before a value leaves for a view, an export,
 * a PDF, an {@code .ics} file or a search hit (ADR 0038). Staff (officers, heads, administrators) see everything;
 * a partner (an embassy liaison, or an officer previewing as one) sees a shared record without what the office keeps
 * for itself:
 * <ul>
 *   <li>no internal notes of any record;</li>
 *   <li>no names of staff accounts: where a record names who changed, uploaded, decided or owns something, a staff
 *       member is withheld ({@code null}) and every view and file shows the office instead; partners' own accounts
 *       keep their names;</li>
 *   <li>no status-change notes or approval comments unless the staff member marked them for partners;</li>
 *   <li>no history from before the record became visible to them (shared, and of one of their countries);</li>
 *   <li>registry: organisations' official contact points (e-mail, phone, address, web site) as published by the
 *       organisations themselves, but no personal contact details of people (e-mail, phone) and no notes.</li>
 * </ul>
 */
@Component
public class AccessPolicy {

    private final CountryScope scope;
    private final UserAccountRepository accounts;
    private final CurrentUser currentUser;
    private final LiaisonPreview preview;

    AccessPolicy(CountryScope scope, UserAccountRepository accounts, CurrentUser currentUser, LiaisonPreview preview) {
        this.scope = scope;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.preview = preview;
    }

    /**
     * What the reader may do with the records they can open. The one place where roles become rights: officers and
     * administrators edit, heads decide; a partner (or an officer previewing as one, or an account without a staff
     * role) does neither, whatever roles the account also holds.
     */
    public Permissions permissions() {
        var user = currentUser.get().orElse(null);
        if (user == null || scope.isRestricted()) {
            return Permissions.READ_ONLY;
        }
        boolean edits = user.hasRole(Role.OFFICER) || user.hasRole(Role.ADMIN);
        return new Permissions(edits, user.hasRole(Role.HEAD), true);
    }

    /** Whether the reader may create and change records: {@link #permissions()}{@code .mayEdit()}. */
    public boolean mayEdit() {
        return permissions().mayEdit();
    }

    /** Whether the reader may approve, confirm or return what awaits a head's decision. */
    public boolean mayDecide() {
        return permissions().mayDecide();
    }

    /**
     * Whether the reader may propose documents for the records she can open (issue 21): a partner signed in as
     * herself. Her upload waits for an officer's review; staff upload with {@link Permissions#mayUpload()}, and an
     * officer previewing as a liaison proposes nothing (a preview changes nothing).
     */
    public boolean mayProposeDocuments() {
        return currentUser.get().isPresent() && scope.isRestricted() && preview.previewedCountry().isEmpty();
    }

    /** Whether the reader administers the portal (accounts, codifier import, the security log). */
    public boolean mayAdminister() {
        return currentUser.get().map(user -> !scope.isRestricted() && user.hasRole(Role.ADMIN)).orElse(false);
    }

    /** Whether the reader sees what the office keeps for itself: internal notes, fields, documents and names. */
    public boolean showsInternal() {
        return !scope.isRestricted();
    }

    /** The value of an internal field for this reader: itself for staff, {@code null} for partners. */
    public <T> T internal(T value) {
        return showsInternal() ? value : null;
    }

    /**
     * A note written with a status change or an approval decision: staff read every note, partners only those the
     * writer marked for partners.
     */
    public String note(String note, boolean forPartners) {
        return showsInternal() || forPartners ? note : null;
    }

    /** Personal contact details (e-mail, phone) of registry people: staff only. */
    public boolean showsPersonalContactDetails() {
        return showsInternal();
    }

    /**
     * The name of a portal account as this reader may read it: staff read every name; partners read the names of
     * partner accounts (their own and other guests') and {@code null} for staff, which views and files show as the
     * office. {@code username} is the account's user name, as record history and documents store it.
     */
    @Transactional(readOnly = true)
    public String author(String username) {
        return authors(username == null ? Set.of() : Set.of(username)).apply(username);
    }

    /**
     * {@link #author} for many names at once (one query): a function from each of {@code usernames} to the name as
     * the reader may read it.
     */
    @Transactional(readOnly = true)
    public UnaryOperator<String> authors(Collection<String> usernames) {
        if (showsInternal()) {
            return UnaryOperator.identity();
        }
        var partners = partnerUsernames(usernames.stream().filter(Objects::nonNull).collect(Collectors.toSet()));
        return username -> username != null && partners.contains(username) ? username : null;
    }

    /** A record's history as this reader may read it: the names of staff members withheld from partners. */
    @Transactional(readOnly = true)
    public List<HistoryEntry> authorsForReader(List<HistoryEntry> entries) {
        if (showsInternal() || entries.isEmpty()) {
            return entries;
        }
        var author = authors(entries.stream().map(HistoryEntry::changedBy).toList());
        return entries.stream().map(e -> new HistoryEntry(e.revision(), e.changedAt(), author.apply(e.changedBy()),
                e.kind(), e.subject(), e.changes())).toList();
    }

    /**
     * The accounts (by id) whose names this reader may read, out of {@code ids}: all of them for staff, partner
     * accounts only for partners.
     */
    @Transactional(readOnly = true)
    public Set<Long> accountsNamedToReader(Collection<Long> ids) {
        if (showsInternal() || ids.isEmpty()) {
            return Set.copyOf(ids);
        }
        var visible = new HashSet<Long>();
        accounts.findAllById(ids).forEach(a -> {
            if (isPartnerAccount(a)) {
                visible.add(a.getId());
            }
        });
        return visible;
    }

    /**
     * Whether the reader sees a past state of a record, for history: {@code visibleInState} is the record's scope
     * rule applied to that state (e.g. shared and of one of the reader's countries). Staff see every state.
     */
    public Predicate<Object> historyStates(Predicate<Object> visibleInState) {
        return showsInternal() ? state -> true : visibleInState;
    }

    /**
     * The partner accounts among {@code usernames}, read from the accounts themselves (not from the reader's session):
     * an officer previewing as a liaison sees her own name withheld too, as the liaison would.
     */
    private Set<String> partnerUsernames(Set<String> usernames) {
        if (usernames.isEmpty()) {
            return Set.of();
        }
        return accounts.findAll((root, query, cb) -> root.get("username").in(usernames)).stream()
                .filter(AccessPolicy::isPartnerAccount)
                .map(UserAccount::getUsername)
                .collect(Collectors.toSet());
    }

    /** A guest account: one without any staff role (the same rule as {@link PortalUser#isCountryRestricted}). */
    private static boolean isPartnerAccount(UserAccount account) {
        var roles = account.getRoles();
        return !roles.contains(Role.OFFICER) && !roles.contains(Role.HEAD) && !roles.contains(Role.ADMIN);
    }
}
