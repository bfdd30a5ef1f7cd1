package ua.cooperation.portal.partnership;

import ua.cooperation.portal.security.Permissions;

import ua.cooperation.portal.base.text.LikePattern;

import ua.cooperation.portal.base.PortalTime;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.From;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Root;
import jakarta.validation.Validator;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ua.cooperation.portal.audit.HistoryEntry;
import ua.cooperation.portal.audit.RecordHistory;
import ua.cooperation.portal.base.ConcurrentEditException;
import ua.cooperation.portal.base.OrderedIds;
import ua.cooperation.portal.base.RecordNotFoundException;
import ua.cooperation.portal.base.Remark;
import ua.cooperation.portal.base.Validation;
import ua.cooperation.portal.document.DocumentOwnerKind;
import ua.cooperation.portal.document.DocumentService;
import ua.cooperation.portal.document.DocumentType;
import ua.cooperation.portal.registry.Municipality;
import ua.cooperation.portal.registry.MunicipalityService;
import ua.cooperation.portal.registry.Organisation;
import ua.cooperation.portal.registry.Person;
import ua.cooperation.portal.registry.RegistryNames;
import ua.cooperation.portal.security.AccessPolicy;
import ua.cooperation.portal.security.CountryScope;
import ua.cooperation.portal.security.OutOfScopeRequests;
import ua.cooperation.portal.security.CurrentUser;
import ua.cooperation.portal.security.Role;
import ua.cooperation.portal.territory.AdminUnit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static ua.cooperation.portal.partnership.PartnershipRefusedException.Reason;

/**
 * Inter-municipal partnerships and their lifecycle. Every read goes through {@link CountryScope}: a liaison sees the
 * partnerships of their countries that are shared with partners, read-only, and any other id answers exactly like a
 * missing one. Officers and administrators record and move partnerships; only a head confirms SIGNED, after an
 * officer has proposed it with the agreement document and the signed date.
 */
@Service
public class PartnershipService {

    /** Sort keys the list may ask for; anything else sorts by the Ukrainian side's name. */
    public static final String SORT_NAME = "name";
    public static final String SORT_COUNTRY = "country";
    public static final String SORT_STATUS = "status";
    public static final String SORT_SIGNED = "signed";
    public static final String SORT_VALID_UNTIL = "validUntil";
    public static final String SORT_LAST_CONTACT = "lastContact";

    static final List<String> HISTORY_FIELDS = List.of("ukrainianMunicipality", "partnerMunicipality",
            "partnerOrganisation", "countryCode", "type", "status", "awaitingConfirmation", "areas", "ukrainianFocalPerson",
            "partnerFocalPerson", "signedOn", "validUntil", "notes", "sharedWithPartners");
    private static final String UKRAINE = "UA";

    private final PartnershipRepository partnerships;
    private final VisiblePartnerships visiblePartnerships;
    private final PartnershipStatusChangeRepository statusChanges;
    private final EntityManager entityManager;
    private final MunicipalityService municipalities;
    private final DocumentService documents;
    private final CountryScope scope;
    private final AccessPolicy policy;
    private final OutOfScopeRequests outOfScope;
    private final CurrentUser currentUser;
    private final Validator validator;
    private final RecordHistory history;
    private final PortalTime time;
    private final PartnershipSortKeys sortKeys;

    PartnershipService(PartnershipRepository partnerships, VisiblePartnerships visiblePartnerships,
                       PartnershipStatusChangeRepository statusChanges,
                       EntityManager entityManager, MunicipalityService municipalities, DocumentService documents,
                       CountryScope scope, AccessPolicy policy, OutOfScopeRequests outOfScope,
                       CurrentUser currentUser, Validator validator,
                       RecordHistory history, PortalTime time, PartnershipSortKeys sortKeys) {
        this.partnerships = partnerships;
        this.visiblePartnerships = visiblePartnerships;
        this.statusChanges = statusChanges;
        this.entityManager = entityManager;
        this.municipalities = municipalities;
        this.documents = documents;
        this.scope = scope;
        this.policy = policy;
        this.outOfScope = outOfScope;
        this.currentUser = currentUser;
        this.validator = validator;
        this.history = history;
        this.time = time;
        this.sortKeys = sortKeys;
    }

    // ---------------------------------------------------------------------------------------------------- reads

    /**
     * One page of the partnerships the current user may see, matching {@code filter}, named and sorted in
     * {@code language}. Reads only the requested rows: the sides are fetched with the page (to-one joins), the
     * areas of the page in one more query; no count.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<PartnershipListItem> findVisible(PartnershipFilter filter, Pageable page, Locale language) {
        if (refersToHidden(filter)) {
            return List.of();
        }
        var cb = entityManager.getCriteriaBuilder();
        var query = cb.createQuery(Partnership.class);
        var root = query.from(Partnership.class);
        fetchSides(root);
        query.select(root).where(visible().and(matching(filter)).toPredicate(root, query, cb))
                .orderBy(listOrder(root, cb, page.getSort(), language));
        var rows = entityManager.createQuery(query)
                .setFirstResult((int) page.getOffset())
                .setMaxResults(page.getPageSize())
                .getResultList();
        return toListItems(rows, language);
    }

    /**
     * The ids of all the partnerships {@link #findVisible} lists for {@code filter}, {@code sort} and
     * {@code language}, in its order: for exports, which then read the rows with {@link #findVisibleByIds} (ADR 0024).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long[] findVisibleIds(PartnershipFilter filter, Sort sort, Locale language) {
        if (refersToHidden(filter)) {
            return new long[0];
        }
        var cb = entityManager.getCriteriaBuilder();
        var query = cb.createQuery(Long.class);
        var root = query.from(Partnership.class);
        query.select(root.get("id")).where(visible().and(matching(filter)).toPredicate(root, query, cb))
                .orderBy(listOrder(root, cb, sort, language));
        return OrderedIds.read(entityManager.createQuery(query));
    }

    /** The partnerships with these ids that the current user may see, as the list shows them, in no order. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<PartnershipListItem> findVisibleByIds(Collection<Long> ids, Locale language) {
        if (ids.isEmpty()) {
            return List.of();
        }
        var cb = entityManager.getCriteriaBuilder();
        var query = cb.createQuery(Partnership.class);
        var root = query.from(Partnership.class);
        fetchSides(root);
        query.select(root).where(cb.and(visible().toPredicate(root, query, cb), root.get("id").in(ids)));
        return toListItems(entityManager.createQuery(query).getResultList(), language);
    }

    /** Both sides' names are on every list row: read with the partnerships, not one query per row. */
    private static void fetchSides(Root<Partnership> root) {
        root.fetch("ukrainianMunicipality", JoinType.INNER);
        root.fetch("partnerMunicipality", JoinType.LEFT);
        root.fetch("partnerOrganisation", JoinType.LEFT);
    }

    private static List<Order> listOrder(Root<Partnership> root, CriteriaBuilder cb, Sort sort, Locale language) {
        // the stored sort keys (PartnershipSortKeys, ADR 0025): the sides' names in the reader's language
        var suffix = switch (language.getLanguage()) {
            case "uk" -> "Uk";
            case "en" -> "En";
            default -> "Lt";
        };
        Expression<String> ukrainianName = root.get("sortUkrainian" + suffix);
        Expression<String> partnerName = root.get("sortPartner" + suffix);
        var orders = new ArrayList<Order>();
        var sortedByName = false;
        for (var order : sort) {
            Expression<?> expression = switch (order.getProperty()) {
                case SORT_COUNTRY -> root.get("countryCode");
                case SORT_STATUS -> root.get("status");
                case SORT_SIGNED -> root.get("signedOn");
                case SORT_VALID_UNTIL -> root.get("validUntil");
                case SORT_LAST_CONTACT -> root.get("lastContactOn");
                default -> ukrainianName;
            };
            if (expression == ukrainianName) {
                if (sortedByName) {
                    continue;
                }
                sortedByName = true;
            }
            orders.add(order.getDirection() == Sort.Direction.DESC ? cb.desc(expression) : cb.asc(expression));
        }
        // ties: the Ukrainian side's name, the partner's name, the id, all ascending as ever; in the default order
        // the index (sort_ukrainian_*, sort_partner_*, id) gives the whole order and the page stops after its rows
        if (!sortedByName) {
            orders.add(cb.asc(ukrainianName));
        }
        orders.add(cb.asc(partnerName));
        orders.add(cb.asc(root.get("id")));
        return orders;
    }

    private List<PartnershipListItem> toListItems(List<Partnership> rows, Locale language) {
        var areas = areasOf(rows.stream().map(Partnership::getId).toList());
        var today = today();
        return rows.stream().map(p -> new PartnershipListItem(p.getId(),
                        nameOf(p.getUkrainianMunicipality(), language), partnerName(p, language), p.getCountryCode(),
                        p.getType(), p.getStatus(), p.isAwaitingConfirmation(),
                        areas.getOrDefault(p.getId(), EnumSet.noneOf(CooperationArea.class)), p.getSignedOn(),
                        p.getValidUntil(), p.getLastContactOn(),
                        PartnershipHealth.of(p.getStatus(), p.getLastContactOn(), today)))
                .toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long countVisible(PartnershipFilter filter) {
        if (refersToHidden(filter)) {
            return 0;
        }
        return partnerships.count(visible().and(matching(filter)));
    }

    /**
     * Whether the filter names a municipality the current user may not see: its partnerships are then none, so that a
     * liaison cannot tell a municipality of another country (or a Ukrainian hromada's record) from a missing one.
     */
    private boolean refersToHidden(PartnershipFilter filter) {
        return filter.municipalityId() != null
                && municipalities.findVisibleById(filter.municipalityId(), Locale.ENGLISH).isEmpty();
    }

    /**
     * The KATOTTH code of the Ukrainian hromada of each of these partnerships that the current user may see (others
     * are left out). One query; for the "where" of exports.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<Long, String> visibleHromadaCodes(Collection<Long> ids) {
        var codes = new HashMap<Long, String>();
        if (ids.isEmpty()) {
            return codes;
        }
        var cb = entityManager.getCriteriaBuilder();
        var query = cb.createTupleQuery();
        var root = query.from(Partnership.class);
        var ukrainian = root.join("ukrainianMunicipality", JoinType.INNER);
        query.multiselect(root.get("id"), ukrainian.get("hromadaCode"))
                .where(cb.and(visible().toPredicate(root, query, cb), root.get("id").in(ids),
                        cb.isNotNull(ukrainian.get("hromadaCode"))));
        entityManager.createQuery(query).getResultList()
                .forEach(t -> codes.put(t.get(0, Long.class), t.get(1, String.class)));
        return codes;
    }

    /** The partnership if it exists and the current user may see it; empty otherwise (the two are not told apart). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<PartnershipDetails> findVisibleById(long id, Locale language) {
        var found = findVisibleEntity(id);
        if (found.isEmpty()) {
            outOfScope.report("partnership", id, () -> partnerships.existsById(id));
        }
        return found.map(p -> toDetails(p, language));
    }

    /**
     * The name of a visible partnership ("hromada — partner") in {@code language}; empty for a missing or out-of-scope
     * id. For records that link partnerships (meetings, programmes) without reading them whole.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<String> findVisibleName(long id, Locale language) {
        return findVisibleEntity(id).map(p -> nameOf(p.getUkrainianMunicipality(), language) + " — "
                + partnerName(p, language));
    }

    /**
     * The status history of a visible partnership, newest first, as the reader may read it: a partner reads only the
     * notes marked for partners and no staff names ({@link AccessPolicy}).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<StatusChangeItem> statusHistoryOf(long id) {
        requireVisible(id);
        var rows = statusChanges.findByPartnershipIdOrderByChangedAtDescIdDesc(id);
        var author = policy.authors(rows.stream().map(PartnershipStatusChange::getChangedBy).toList());
        return rows.stream().map(row -> row.toItem(policy.note(row.getNote(), row.isNoteForPartners()),
                author.apply(row.getChangedBy()))).toList();
    }

    /**
     * Every change of a visible partnership's fields, and the uploads and deletions of its documents, newest first.
     * Internal notes are left out of a liaison's history as they are of the record.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<HistoryEntry> historyOf(long id) {
        requireVisible(id);
        var fields = policy.showsInternal()
                ? HISTORY_FIELDS : HISTORY_FIELDS.stream().filter(f -> !f.equals("notes")).toList();
        // a partner's history begins when the partnership became visible to her (shared, of her country)
        var seen = policy.historyStates(state -> scope.canSeeShared(((Partnership) state).getCountryCode(),
                ((Partnership) state).isSharedWithPartners()));
        var own = history.historyOf(Partnership.class, id, fields, seen).stream()
                .filter(entry -> entry.kind() != HistoryEntry.Kind.CHANGED || !entry.changes().isEmpty())
                .toList();
        return policy.authorsForReader(RecordHistory.mergeSeen(own,
                documents.historyFor(DocumentOwnerKind.PARTNERSHIP, id)));
    }

    // --------------------------------------------------------------------------------------------------- writes

    /**
     * Records a new partnership in status PROPOSED, with the first row of its status history. Refuses invalid input
     * ({@link jakarta.validation.ConstraintViolationException}) and unknown or unfit sides
     * ({@link PartnershipRefusedException}) before anything is stored.
     */
    @RolesAllowed({Role.Names.OFFICER, Role.Names.ADMIN})
    @Transactional
    public PartnershipDetails create(PartnershipChanges changes, Locale language) {
        Validation.requireValid(validator, changes);
        var partnership = new Partnership(today());
        applyChanges(partnership, changes);
        partnerships.saveAndFlush(partnership);
        sortKeys.refresh(partnership.getId());
        record(partnership, PartnershipStatusChange.Kind.MOVED, null, PartnershipStatus.PROPOSED, today(), null);
        return toDetails(partnership, language);
    }

    /**
     * Saves changes to a partnership's fields (not its status). Refuses invalid input and changes made on top of a
     * stale version ({@link ConcurrentEditException}); stored data stays as it was in every case.
     */
    @RolesAllowed({Role.Names.OFFICER, Role.Names.ADMIN})
    @Transactional
    public PartnershipDetails update(PartnershipChanges changes, Locale language) {
        Validation.requireValid(validator, changes);
        if (changes.id() == null) {
            throw new IllegalArgumentException("An update needs the id of the partnership");
        }
        var partnership = requireCurrent(changes.id(), changes.version());
        applyChanges(partnership, changes);
        var saved = flush(partnership, changes.version());
        sortKeys.refresh(saved.getId());
        return toDetails(saved, language);
    }

    /**
     * Moves a partnership to another status, with the date it took effect and an optional note. SIGNED is refused
     * here: it is proposed with {@link #proposeSigning} and confirmed by a head.
     */
    @RolesAllowed({Role.Names.OFFICER, Role.Names.ADMIN})
    @Transactional
    public PartnershipDetails changeStatus(long id, long version, PartnershipStatus target, LocalDate effectiveOn,
                                           Remark note, Locale language) {
        var partnership = requireCurrent(id, version);
        if (target == PartnershipStatus.SIGNED) {
            throw new PartnershipRefusedException(Reason.SIGNING_NEEDS_CONFIRMATION);
        }
        if (partnership.isAwaitingConfirmation()) {
            // a head decides on the proposal first; a move now would silently drop it
            throw new PartnershipRefusedException(Reason.ALREADY_AWAITING_CONFIRMATION);
        }
        if (!partnership.getStatus().mayMoveTo(target)) {
            throw new PartnershipRefusedException(Reason.MOVE_NOT_ALLOWED);
        }
        var effective = effectiveOn == null ? today() : effectiveOn;
        if (effective.isAfter(today())) {
            throw new PartnershipRefusedException(Reason.EFFECTIVE_ON_IN_FUTURE);
        }
        var from = partnership.getStatus();
        partnership.moveTo(target, effective, username(), time.now());
        flush(partnership, version);
        record(partnership, PartnershipStatusChange.Kind.MOVED, from, target, effective, checkedNote(note, false));
        return toDetails(partnership, language);
    }

    /**
     * An officer proposes SIGNED: needs an agreement document on the partnership and the date it was signed (not in
     * the future, not after "valid until"). The status stays until a head confirms.
     */
    @RolesAllowed({Role.Names.OFFICER, Role.Names.ADMIN})
    @Transactional
    public PartnershipDetails proposeSigning(long id, long version, LocalDate signedOn, Remark note,
                                             Locale language) {
        var partnership = requireCurrent(id, version);
        if (!partnership.getStatus().beforeSigning()) {
            throw new PartnershipRefusedException(Reason.MOVE_NOT_ALLOWED);
        }
        if (partnership.isAwaitingConfirmation()) {
            throw new PartnershipRefusedException(Reason.ALREADY_AWAITING_CONFIRMATION);
        }
        if (signedOn == null) {
            throw new PartnershipRefusedException(Reason.SIGNED_ON_REQUIRED);
        }
        if (signedOn.isAfter(today())) {
            throw new PartnershipRefusedException(Reason.SIGNED_ON_IN_FUTURE);
        }
        if (partnership.getValidUntil() != null && partnership.getValidUntil().isBefore(signedOn)) {
            throw new PartnershipRefusedException(Reason.VALID_UNTIL_BEFORE_SIGNED);
        }
        requireAgreement(id);
        var text = checkedNote(note, false);
        partnership.awaitConfirmation(signedOn, username(), time.now());
        flush(partnership, version);
        record(partnership, PartnershipStatusChange.Kind.SIGNING_PROPOSED, partnership.getStatus(),
                PartnershipStatus.SIGNED, signedOn, text);
        return toDetails(partnership, language);
    }

    /** A head confirms the proposed SIGNED; the agreement is checked again (it may have been deleted meanwhile). */
    @RolesAllowed(Role.Names.HEAD)
    @Transactional
    public PartnershipDetails confirmSigning(long id, long version, Remark note, Locale language) {
        var partnership = requireCurrent(id, version);
        if (!partnership.isAwaitingConfirmation()) {
            throw new PartnershipRefusedException(Reason.NOT_AWAITING_CONFIRMATION);
        }
        requireAgreement(id);
        var text = checkedNote(note, false);
        var from = partnership.getStatus();
        partnership.moveTo(PartnershipStatus.SIGNED, partnership.getSignedOn(), username(), time.now());
        flush(partnership, version);
        record(partnership, PartnershipStatusChange.Kind.SIGNING_CONFIRMED, from, PartnershipStatus.SIGNED,
                partnership.getSignedOn(), text);
        return toDetails(partnership, language);
    }

    /** A head returns the proposal to the officers; the note saying why is required. */
    @RolesAllowed(Role.Names.HEAD)
    @Transactional
    public PartnershipDetails returnSigning(long id, long version, Remark note, Locale language) {
        var partnership = requireCurrent(id, version);
        if (!partnership.isAwaitingConfirmation()) {
            throw new PartnershipRefusedException(Reason.NOT_AWAITING_CONFIRMATION);
        }
        var text = checkedNote(note, true);
        partnership.confirmationReturned(username(), time.now());
        flush(partnership, version);
        record(partnership, PartnershipStatusChange.Kind.SIGNING_RETURNED, partnership.getStatus(),
                partnership.getStatus(), today(), text);
        return toDetails(partnership, language);
    }

    /**
     * A contact with the partners took place on {@code date} (a meeting linked to the partnership): the last contact
     * moves forward, never back. For the meetings feature, called inside its own secured write; refuses a partnership
     * the current user may not see.
     */
    @RolesAllowed({Role.Names.OFFICER, Role.Names.ADMIN})
    @Transactional
    public void recordContact(long id, LocalDate date) {
        requireVisible(id);
        if (date != null && !date.isAfter(today())) {
            // a bulk update: a meeting does not bump the partnership's version under an officer editing it
            partnerships.moveLastContactForward(id, date);
        }
    }

    // ------------------------------------------------------------------------------------------------- internals

    private Optional<Partnership> findVisibleEntity(long id) {
        return visiblePartnerships.find(id);
    }

    private void requireVisible(long id) {
        if (findVisibleEntity(id).isEmpty()) {
            throw new RecordNotFoundException("Partnership " + id);
        }
    }

    private Partnership requireCurrent(long id, long version) {
        var partnership = findVisibleEntity(id).orElseThrow(() -> new RecordNotFoundException("Partnership " + id));
        if (partnership.getVersion() != version) {
            throw new ConcurrentEditException("Partnership " + id, version, partnership.getVersion());
        }
        return partnership;
    }

    private Partnership flush(Partnership partnership, long version) {
        try {
            return partnerships.saveAndFlush(partnership);
        } catch (ObjectOptimisticLockingFailureException e) {
            // someone saved between our read and our write; the database's version check caught it
            throw new ConcurrentEditException("Partnership " + partnership.getId(), version, version + 1);
        }
    }

    private void requireAgreement(long id) {
        if (!documents.hasDocument(DocumentOwnerKind.PARTNERSHIP, id, DocumentType.AGREEMENT)) {
            throw new PartnershipRefusedException(Reason.AGREEMENT_MISSING);
        }
    }

    private void applyChanges(Partnership partnership, PartnershipChanges changes) {
        var ukrainian = entityManager.find(Municipality.class,
                ukrainianMunicipalityId(changes.ukrainianHromadaCode()));
        boolean byMunicipality = changes.partnerMunicipalityId() != null;
        if (byMunicipality == (changes.partnerOrganisationId() != null)) {
            throw new PartnershipRefusedException(Reason.PARTNER_REQUIRED);
        }
        Municipality partnerMunicipality = null;
        Organisation partnerOrganisation = null;
        String country;
        if (byMunicipality) {
            partnerMunicipality = Optional.ofNullable(entityManager.find(Municipality.class,
                            changes.partnerMunicipalityId()))
                    .orElseThrow(() -> new PartnershipRefusedException(Reason.PARTNER_UNKNOWN));
            country = partnerMunicipality.getCountryCode();
        } else {
            partnerOrganisation = Optional.ofNullable(entityManager.find(Organisation.class,
                            changes.partnerOrganisationId()))
                    .orElseThrow(() -> new PartnershipRefusedException(Reason.PARTNER_UNKNOWN));
            country = partnerOrganisation.getCountryCode();
        }
        if (UKRAINE.equals(country)) {
            throw new PartnershipRefusedException(Reason.PARTNER_IS_UKRAINIAN);
        }
        if (changes.validUntil() != null && partnership.getSignedOn() != null
                && changes.validUntil().isBefore(partnership.getSignedOn())) {
            throw new PartnershipRefusedException(Reason.VALID_UNTIL_BEFORE_SIGNED);
        }
        partnership.apply(ukrainian, partnerMunicipality, partnerOrganisation, country, changes,
                person(changes.ukrainianFocalPersonId()), person(changes.partnerFocalPersonId()), username(),
                time.now());
    }

    /** The municipality record of the chosen hromada, created on its first partnership. */
    private long ukrainianMunicipalityId(String hromadaCode) {
        try {
            return municipalities.ensureHromada(hromadaCode, Locale.ENGLISH).id();
        } catch (MunicipalityService.InvalidMunicipalityException notAHromada) {
            throw new PartnershipRefusedException(Reason.HROMADA_UNKNOWN);
        }
    }

    private Person person(Long id) {
        if (id == null) {
            return null;
        }
        return Optional.ofNullable(entityManager.find(Person.class, id))
                .orElseThrow(() -> new PartnershipRefusedException(Reason.FOCAL_PERSON_UNKNOWN));
    }

    /** The note stripped, or null for none; whether it is for partners stays as the writer chose. */
    private Remark checkedNote(Remark note, boolean required) {
        var raw = Remark.textOf(note);
        var text = raw == null || raw.isBlank() ? null : raw.strip();
        if (required && text == null) {
            throw new PartnershipRefusedException(Reason.NOTE_REQUIRED);
        }
        if (text != null && text.length() > PartnershipStatusChange.NOTE_MAX_LENGTH) {
            throw new PartnershipRefusedException(Reason.NOTE_TOO_LONG);
        }
        return text == null ? null : new Remark(text, Remark.sharedOf(note));
    }

    private void record(Partnership partnership, PartnershipStatusChange.Kind kind, PartnershipStatus from,
                        PartnershipStatus to, LocalDate effectiveOn, Remark note) {
        statusChanges.save(new PartnershipStatusChange(partnership.getId(), kind, from, to, effectiveOn,
                Remark.textOf(note), Remark.sharedOf(note), username(), time.now()));
    }

    private String username() {
        return currentUser.require().username();
    }

    private LocalDate today() {
        return time.today();
    }

    private Specification<Partnership> visible() {
        return scope.sharedCountryCodeIn(root -> root.get("countryCode"), root -> root.get("sharedWithPartners"));
    }

    private static Specification<Partnership> matching(PartnershipFilter filter) {
        return (root, query, cb) -> {
            var predicates = new ArrayList<jakarta.persistence.criteria.Predicate>();
            if (filter.countryCode() != null && !filter.countryCode().isBlank()) {
                predicates.add(cb.equal(root.get("countryCode"), filter.countryCode()));
            }
            if (filter.status() != null) {
                predicates.add(cb.equal(root.get("status"), filter.status()));
            }
            if (filter.awaitingConfirmation()) {
                predicates.add(cb.isTrue(root.get("awaitingConfirmation")));
            }
            if (filter.municipalityId() != null) {
                predicates.add(cb.or(cb.equal(root.get("ukrainianMunicipality").get("id"), filter.municipalityId()),
                        cb.equal(root.get("partnerMunicipality").get("id"), filter.municipalityId())));
            }
            if (filter.area() != null) {
                var sub = query.subquery(Long.class);
                var other = sub.from(Partnership.class);
                sub.select(other.get("id")).where(cb.equal(other.get("id"), root.get("id")),
                        cb.isMember(filter.area(), other.<Set<CooperationArea>>get("areas")));
                predicates.add(cb.exists(sub));
            }
            if (filter.unitCode() != null && !filter.unitCode().isBlank()) {
                // the hromada itself, or a hromada inside the chosen raion or oblast
                var sub = query.subquery(String.class);
                var unit = sub.from(AdminUnit.class);
                var code = filter.unitCode();
                sub.select(unit.get("code")).where(cb.or(cb.equal(unit.get("code"), code),
                        cb.equal(unit.get("raion").get("code"), code), cb.equal(unit.get("oblast").get("code"), code)));
                predicates.add(root.get("ukrainianMunicipality").get("hromadaCode").in(sub));
            }
            if (filter.text() != null && !filter.text().isBlank()) {
                var pattern = "%" + LikePattern.escape(filter.text().strip().toLowerCase(Locale.ROOT)) + "%";
                var ukrainian = root.join("ukrainianMunicipality", JoinType.INNER);
                var partnerMunicipality = root.join("partnerMunicipality", JoinType.LEFT);
                var partnerOrganisation = root.join("partnerOrganisation", JoinType.LEFT);
                var names = new ArrayList<jakarta.persistence.criteria.Predicate>();
                for (var side : List.<From<?, ?>>of(ukrainian, partnerMunicipality, partnerOrganisation)) {
                    for (var field : List.of("nameOriginal", "nameUk", "nameEn")) {
                        names.add(cb.like(cb.lower(side.get(field)), pattern, '\\'));
                    }
                }
                predicates.add(cb.or(names.toArray(jakarta.persistence.criteria.Predicate[]::new)));
            }
            return cb.and(predicates.toArray(jakarta.persistence.criteria.Predicate[]::new));
        };
    }


    private Map<Long, Set<CooperationArea>> areasOf(List<Long> ids) {
        var result = new HashMap<Long, Set<CooperationArea>>();
        if (ids.isEmpty()) {
            return result;
        }
        entityManager.createQuery("select p.id, a from Partnership p join p.areas a where p.id in :ids",
                        Object[].class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(row -> result.computeIfAbsent((Long) row[0], k -> EnumSet.noneOf(CooperationArea.class))
                        .add((CooperationArea) row[1]));
        return result;
    }

    private static String nameOf(Municipality m, Locale language) {
        return RegistryNames.nameIn(m.getNameOriginal(), m.getNameUk(), m.getNameEn(), language);
    }

    private static String nameOf(Organisation o, Locale language) {
        return RegistryNames.nameIn(o.getNameOriginal(), o.getNameUk(), o.getNameEn(), language);
    }

    private static String partnerName(Partnership p, Locale language) {
        return p.getPartnerMunicipality() != null ? nameOf(p.getPartnerMunicipality(), language)
                : nameOf(p.getPartnerOrganisation(), language);
    }

    private PartnershipDetails toDetails(Partnership p, Locale language) {
        boolean staff = policy.showsInternal();
        var ukrainian = p.getUkrainianMunicipality();
        var location = municipalities.findVisibleLocation(ukrainian.getId(), language).orElse(null);
        var partnerMunicipality = p.getPartnerMunicipality() == null ? null
                : new PartnershipDetails.Party(p.getPartnerMunicipality().getId(),
                nameOf(p.getPartnerMunicipality(), language),
                scope.canSeeCountry(p.getPartnerMunicipality().getCountryCode()));
        var partnerOrganisation = p.getPartnerOrganisation() == null ? null
                : new PartnershipDetails.Party(p.getPartnerOrganisation().getId(),
                nameOf(p.getPartnerOrganisation(), language),
                scope.canSeeCountry(p.getPartnerOrganisation().getCountryCode()));
        return new PartnershipDetails(p.getId(), p.getVersion(),
                new PartnershipDetails.Party(ukrainian.getId(), nameOf(ukrainian, language), staff),
                ukrainian.getHromadaCode(), location, partnerMunicipality, partnerOrganisation, p.getCountryCode(),
                p.getType(), p.getStatus(), p.isAwaitingConfirmation(), p.getAreas(),
                focal(p.getUkrainianFocalPerson()), focal(p.getPartnerFocalPerson()), p.getSignedOn(),
                p.getValidUntil(), policy.internal(p.getNotes()), p.isSharedWithPartners(), p.getLastContactOn(),
                PartnershipHealth.of(p.getStatus(), p.getLastContactOn(), today()), p.getUpdatedAt(),
                policy.author(p.getUpdatedBy()), policy.permissions());
    }

    /** What the reader may do with partnerships: create and edit (officers), confirm signings (heads). */
    public Permissions permissions() {
        return policy.permissions();
    }

    private PartnershipDetails.Party focal(Person person) {
        return person == null ? null : new PartnershipDetails.Party(person.getId(), person.fullName(),
                scope.canSeeCountry(person.getCountryCode()));
    }
}
