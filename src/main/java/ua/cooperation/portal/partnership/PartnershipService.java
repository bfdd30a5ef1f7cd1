package ua.cooperation.portal.partnership;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.validation.Validator;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ua.cooperation.portal.base.HistoryEntry;
import ua.cooperation.portal.audit.RecordHistory;
import ua.cooperation.portal.base.ConcurrentEditException;
import ua.cooperation.portal.base.PortalTime;
import ua.cooperation.portal.base.Remark;
import ua.cooperation.portal.base.Validation;
import ua.cooperation.portal.document.DocumentOwnerKind;
import ua.cooperation.portal.document.DocumentService;
import ua.cooperation.portal.registry.Municipality;
import ua.cooperation.portal.registry.MunicipalityService;
import ua.cooperation.portal.registry.Organisation;
import ua.cooperation.portal.registry.Person;
import ua.cooperation.portal.security.AccessPolicy;
import ua.cooperation.portal.security.CountryScope;
import ua.cooperation.portal.security.OutOfScopeRequests;
import ua.cooperation.portal.security.Permissions;
import ua.cooperation.portal.security.CurrentUser;
import ua.cooperation.portal.security.Role;
import ua.cooperation.portal.translation.ChangedTexts;
import ua.cooperation.portal.translation.RecordTexts;
import ua.cooperation.portal.translation.TextOwnerKind;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static ua.cooperation.portal.partnership.PartnershipRefusedException.Reason;

/**
 * Inter-municipal partnerships and their lifecycle. Every read goes through {@link CountryScope}: a liaison sees the
 * partnerships of their countries that are shared with partners, read-only, and any other id answers exactly like a
 * missing one. Officers and administrators record and move partnerships; only a head confirms SIGNED, after an
 * officer has proposed it with the agreement document and the signed date.
 *
 * <p>This class is the feature's one way in: every entry point states its roles and transaction here. The lists
 * ({@link PartnershipLists}) and the status lifecycle ({@link PartnershipLifecycle}) are worked out in their own
 * package-private classes; the record itself (create, update, details, history) stays here.
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

    static final List<String> HISTORY_FIELDS = List.of("kind", "ukrainianMunicipality",
            "ukrainianOrganisation", "partnerMunicipality",
            "partnerOrganisation", "countryCode", "type", "status", "awaitingConfirmation", "areas", "ukrainianFocalPerson",
            "partnerFocalPerson", "signedOn", "validUntil", "notes", "description", "sharedWithPartners");
    private static final String UKRAINE = "UA";

    private final PartnershipRepository partnerships;
    private final VisiblePartnerships visible;
    private final PartnershipLists lists;
    private final PartnershipLifecycle lifecycle;
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
    private final RecordTexts texts;
    private final PartnershipNames names;

    PartnershipService(PartnershipRepository partnerships, VisiblePartnerships visible, PartnershipLists lists,
                       PartnershipLifecycle lifecycle, EntityManager entityManager,
                       MunicipalityService municipalities, DocumentService documents, CountryScope scope,
                       AccessPolicy policy, OutOfScopeRequests outOfScope, CurrentUser currentUser,
                       Validator validator, RecordHistory history, PortalTime time, PartnershipSortKeys sortKeys,
                       RecordTexts texts, PartnershipNames names) {
        this.partnerships = partnerships;
        this.visible = visible;
        this.lists = lists;
        this.lifecycle = lifecycle;
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
        this.texts = texts;
        this.names = names;
    }

    // ---------------------------------------------------------------------------------------------------- reads

    /** What the reader may do with partnerships: create and edit (officers), confirm signings (heads). */
    public Permissions permissions() {
        return policy.permissions();
    }

    /**
     * One page of the partnerships the current user may see, matching {@code filter}, named and sorted in
     * {@code language}. Reads only the requested rows: the sides are fetched with the page (to-one joins), the
     * areas of the page in one more query; no count.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<PartnershipListItem> findVisible(PartnershipFilter filter, Pageable page, Locale language) {
        return lists.findVisible(filter, page, language);
    }

    /**
     * The ids of all the partnerships {@link #findVisible} lists for {@code filter}, {@code sort} and
     * {@code language}, in its order: for exports, which then read the rows with {@link #findVisibleByIds} (ADR 0024).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long[] findVisibleIds(PartnershipFilter filter, Sort sort, Locale language) {
        return lists.findVisibleIds(filter, sort, language);
    }

    /** The partnerships with these ids that the current user may see, as the list shows them, in no order. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<PartnershipListItem> findVisibleByIds(Collection<Long> ids, Locale language) {
        return lists.findVisibleByIds(ids, language);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long countVisible(PartnershipFilter filter) {
        return lists.countVisible(filter);
    }

    /**
     * The KATOTTH code of the Ukrainian hromada of each of these partnerships that the current user may see (others
     * are left out). One query; for the "where" of exports.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<Long, String> visibleHromadaCodes(Collection<Long> ids) {
        return lists.visibleHromadaCodes(ids);
    }

    /** The partnership if it exists and the current user may see it; empty otherwise (the two are not told apart). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<PartnershipDetails> findVisibleById(long id, Locale language) {
        var found = visible.find(id);
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
        return visible.find(id).map(p -> names.of(p, language));
    }

    /**
     * The names ("hromada — partner") of those of these partnerships the current user may see, in {@code language},
     * by id; missing and out-of-scope ids are left out. One query for the partnerships and one for their partners'
     * translated names: for records that link several partnerships, and the dashboard's feed.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<Long, String> findVisibleNames(Collection<Long> ids, Locale language) {
        return lists.findVisibleNames(ids, language);
    }

    /**
     * The status history of a visible partnership, newest first, as the reader may read it: a partner reads only the
     * notes marked for partners and no staff names ({@link AccessPolicy}).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<StatusChangeItem> statusHistoryOf(long id) {
        return lifecycle.statusHistoryOf(id);
    }

    /**
     * Every change of a visible partnership's fields, and the uploads and deletions of its documents, newest first.
     * Internal notes are left out of a liaison's history as they are of the record.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<HistoryEntry> historyOf(long id) {
        visible.require(id);
        var fields = policy.showsInternal()
                ? HISTORY_FIELDS : HISTORY_FIELDS.stream().filter(f -> !f.equals("notes")).toList();
        // a partner's history begins when the partnership became visible to her (shared, of her country)
        var seen = policy.historyStates(state -> scope.canSeeSharedAny(
                List.of(((Partnership) state).getCountryCode()), ((Partnership) state).organisationIds(),
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
        lifecycle.recordCreated(partnership);
        lifecycle.saved(partnership, true, false);
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
        var partnership = visible.requireCurrent(changes.id(), changes.version());
        var before = PartnershipTextOwner.originals(partnership);
        boolean sharedBefore = partnership.isSharedWithPartners();
        applyChanges(partnership, changes);
        var saved = partnerships.flushChecked(partnership, changes.version());
        // the partners' translations of a changed description may no longer say the same
        texts.originalsChanged(TextOwnerKind.PARTNERSHIP, saved.getId(),
                ChangedTexts.between(before, PartnershipTextOwner.originals(saved)));
        sortKeys.refresh(saved.getId());
        lifecycle.saved(saved, false, sharedBefore);
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
        return toDetails(lifecycle.changeStatus(id, version, target, effectiveOn, note), language);
    }

    /**
     * An officer proposes SIGNED: needs an agreement document on the partnership and the date it was signed (not in
     * the future, not after "valid until"). The status stays until a head confirms.
     */
    @RolesAllowed({Role.Names.OFFICER, Role.Names.ADMIN})
    @Transactional
    public PartnershipDetails proposeSigning(long id, long version, LocalDate signedOn, Remark note,
                                             Locale language) {
        return toDetails(lifecycle.proposeSigning(id, version, signedOn, note), language);
    }

    /** A head confirms the proposed SIGNED; the agreement is checked again (it may have been deleted meanwhile). */
    @RolesAllowed(Role.Names.HEAD)
    @Transactional
    public PartnershipDetails confirmSigning(long id, long version, Remark note, Locale language) {
        return toDetails(lifecycle.confirmSigning(id, version, note), language);
    }

    /** A head returns the proposal to the officers; the note saying why is required. */
    @RolesAllowed(Role.Names.HEAD)
    @Transactional
    public PartnershipDetails returnSigning(long id, long version, Remark note, Locale language) {
        return toDetails(lifecycle.returnSigning(id, version, note), language);
    }

    /**
     * A contact with the partners took place on {@code date} (a meeting linked to the partnership): the last contact
     * moves forward, never back. For the meetings feature, called inside its own secured write; refuses a partnership
     * the current user may not see.
     */
    @RolesAllowed({Role.Names.OFFICER, Role.Names.ADMIN})
    @Transactional
    public void recordContact(long id, LocalDate date) {
        visible.require(id);
        if (date != null && !date.isAfter(today())) {
            // a bulk update: a meeting does not bump the partnership's version under an officer editing it
            partnerships.moveLastContactForward(id, date);
        }
    }

    // ------------------------------------------------------------------------------------------------- internals

    private void applyChanges(Partnership partnership, PartnershipChanges changes) {
        boolean institutional = changes.kind() == PartnershipKind.INSTITUTIONAL;
        if (institutional ? changes.ukrainianHromadaCode() != null : changes.ukrainianOrganisationId() != null) {
            throw new PartnershipRefusedException(Reason.UKRAINIAN_SIDE_TWICE);
        }
        var ukrainian = institutional ? null : entityManager.find(Municipality.class,
                ukrainianMunicipalityId(changes.ukrainianHromadaCode()));
        var ukrainianOrganisation = institutional ? ukrainianOrganisation(changes.ukrainianOrganisationId()) : null;
        boolean byMunicipality = changes.partnerMunicipalityId() != null;
        if (byMunicipality == (changes.partnerOrganisationId() != null)) {
            throw new PartnershipRefusedException(Reason.PARTNER_REQUIRED);
        }
        if (institutional && byMunicipality) {
            throw new PartnershipRefusedException(Reason.INSTITUTION_PARTNER_NOT_ORGANISATION);
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
        partnership.apply(ukrainian, ukrainianOrganisation, partnerMunicipality, partnerOrganisation, country, changes,
                person(changes.ukrainianFocalPersonId()), person(changes.partnerFocalPersonId()), username(),
                time.now());
    }

    /** The Ukrainian institution of an institutional partnership: a registry organisation of Ukraine. */
    private Organisation ukrainianOrganisation(Long id) {
        if (id == null) {
            throw new PartnershipRefusedException(Reason.UKRAINIAN_ORGANISATION_REQUIRED);
        }
        var organisation = Optional.ofNullable(entityManager.find(Organisation.class, id))
                .orElseThrow(() -> new PartnershipRefusedException(Reason.UKRAINIAN_ORGANISATION_UNKNOWN));
        if (!UKRAINE.equals(organisation.getCountryCode())) {
            throw new PartnershipRefusedException(Reason.UKRAINIAN_ORGANISATION_NOT_UKRAINIAN);
        }
        return organisation;
    }

    /** The municipality record of the chosen hromada, created on its first partnership. */
    private long ukrainianMunicipalityId(String hromadaCode) {
        if (hromadaCode == null) {
            throw new PartnershipRefusedException(Reason.HROMADA_REQUIRED);
        }
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

    private String username() {
        return currentUser.require().username();
    }

    private LocalDate today() {
        return time.today();
    }

    private PartnershipDetails toDetails(Partnership p, Locale language) {
        boolean staff = policy.showsInternal();
        var ukrainian = p.getUkrainianMunicipality();
        var institution = p.getUkrainianOrganisation();
        var location = ukrainian == null ? null
                : municipalities.findVisibleLocation(ukrainian.getId(), language).orElse(null);
        var sides = names.of(List.of(p), language);
        var ukrainianSide = ukrainian != null
                ? new PartnershipDetails.Party(ukrainian.getId(), sides.ukrainian(p), staff)
                : new PartnershipDetails.Party(institution.getId(), sides.ukrainian(p),
                scope.canSeeOrganisation(institution.getCountryCode(), institution.getId()));
        var partnerMunicipality = p.getPartnerMunicipality() == null ? null
                : new PartnershipDetails.Party(p.getPartnerMunicipality().getId(), sides.partner(p),
                scope.canSeeCountry(p.getPartnerMunicipality().getCountryCode()));
        var partnerOrganisation = p.getPartnerOrganisation() == null ? null
                : new PartnershipDetails.Party(p.getPartnerOrganisation().getId(), sides.partner(p),
                scope.canSeeOrganisation(p.getPartnerOrganisation().getCountryCode(), p.getPartnerOrganisation().getId()));
        return new PartnershipDetails(p.getId(), p.getVersion(),
                ukrainianSide, ukrainian == null ? null : ukrainian.getHromadaCode(), location, partnerMunicipality, partnerOrganisation, p.getCountryCode(),
                p.getType(), p.getStatus(), p.isAwaitingConfirmation(), p.getAreas(),
                focal(p.getUkrainianFocalPerson()), focal(p.getPartnerFocalPerson()), p.getSignedOn(),
                p.getValidUntil(), policy.internal(p.getNotes()), p.getDescription(), p.isSharedWithPartners(),
                p.getLastContactOn(), PartnershipHealth.of(p.getStatus(), p.getLastContactOn(), today()),
                p.getUpdatedAt(), policy.author(p.getUpdatedBy()), policy.permissions(),
                texts.localize(TextOwnerKind.PARTNERSHIP, p.getId(), PartnershipTextOwner.originals(p), language),
                p.getKind());
    }

    private PartnershipDetails.Party focal(Person person) {
        return person == null ? null : new PartnershipDetails.Party(person.getId(), person.fullName(),
                scope.canSeeCountry(person.getCountryCode()));
    }
}
