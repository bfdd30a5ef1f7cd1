package ua.cooperation.portal.programme;

import ua.cooperation.portal.base.text.LikePattern;

import ua.cooperation.portal.base.PortalTime;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.validation.Validator;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ua.cooperation.portal.base.HistoryEntry;
import ua.cooperation.portal.audit.RecordHistory;
import ua.cooperation.portal.base.ConcurrentEditException;
import ua.cooperation.portal.base.OrderedIds;
import ua.cooperation.portal.base.RecordNotFoundException;
import ua.cooperation.portal.base.Remark;
import ua.cooperation.portal.base.Validation;
import ua.cooperation.portal.country.Country;
import ua.cooperation.portal.document.DocumentOwnerKind;
import ua.cooperation.portal.document.DocumentService;
import ua.cooperation.portal.partnership.PartnershipService;
import ua.cooperation.portal.registry.Organisation;
import ua.cooperation.portal.registry.RegistryNames;
import ua.cooperation.portal.security.AccessPolicy;
import ua.cooperation.portal.security.CountryScope;
import ua.cooperation.portal.security.OutOfScopeRequests;
import ua.cooperation.portal.security.CurrentUser;
import ua.cooperation.portal.security.Role;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static ua.cooperation.portal.programme.ProgrammeRefusedException.Reason;

/**
 * Programmes and their approval. Every read goes through {@link CountryScope}: a liaison sees, read-only, the
 * programmes shared with partners that concern at least one of their countries, and any other id answers exactly like
 * a missing one. Officers and administrators record, change and submit programmes; only a head approves or returns
 * them. On an approved programme the key fields (budget, partner countries, participating organisations, indicator
 * targets) are refused until an officer starts a revision, which puts the programme back to draft.
 */
@Service
public class ProgrammeService {

    public static final String SORT_IDENTIFIER = "identifier";
    public static final String SORT_TITLE = "title";
    public static final String SORT_STATUS = "status";
    public static final String SORT_APPROVAL = "approval";
    public static final String SORT_START = "plannedStart";
    public static final String SORT_END = "plannedEnd";

    static final List<String> HISTORY_FIELDS = List.of("identifier", "titleUk", "titleEn", "titleLt", "summaryUk",
            "summaryEn", "summaryLt", "activityStatus", "approval", "plannedStart", "plannedEnd", "actualStart",
            "actualEnd", "countryCodes", "targetGroups", "supportAreas", "partnershipIds", "sectors", "participants",
            "budgetAmount", "budgetCurrency", "budgetStart", "budgetEnd", "transactions", "indicators", "periods",
            "beneficiaries", "sharedWithPartners");
    private static final String UKRAINE = "UA";

    /** The fields the history lists (each needs a {@code programme.history.FIELD} label). */
    public static List<String> historyFields() {
        return HISTORY_FIELDS;
    }

    private final ProgrammeRepository programmes;
    private final VisibleProgrammes visibleProgrammes;
    private final ProgrammeApprovalStepRepository steps;
    private final EntityManager entityManager;
    private final PartnershipService partnerships;
    private final DocumentService documents;
    private final CountryScope scope;
    private final AccessPolicy policy;
    private final OutOfScopeRequests outOfScope;
    private final CurrentUser currentUser;
    private final Validator validator;
    private final RecordHistory history;
    private final ProgrammeMoney money;
    private final PortalTime time;

    ProgrammeService(ProgrammeRepository programmes, VisibleProgrammes visibleProgrammes,
                     ProgrammeApprovalStepRepository steps, EntityManager entityManager,
                     PartnershipService partnerships, DocumentService documents, CountryScope scope, AccessPolicy policy,
                     OutOfScopeRequests outOfScope,
                     CurrentUser currentUser, Validator validator, RecordHistory history, ProgrammeMoney money,
                     PortalTime time) {
        this.programmes = programmes;
        this.visibleProgrammes = visibleProgrammes;
        this.steps = steps;
        this.entityManager = entityManager;
        this.partnerships = partnerships;
        this.documents = documents;
        this.scope = scope;
        this.policy = policy;
        this.outOfScope = outOfScope;
        this.currentUser = currentUser;
        this.validator = validator;
        this.history = history;
        this.money = money;
        this.time = time;
    }

    // ---------------------------------------------------------------------------------------------------- reads

    /**
     * One page of the programmes the current user may see, matching {@code filter}, titled and sorted in
     * {@code language}. Reads only the requested rows, and the countries of the page in one more query; no count.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ProgrammeListItem> findVisible(ProgrammeFilter filter, Pageable page, Locale language) {
        var cb = entityManager.getCriteriaBuilder();
        var query = cb.createQuery(Programme.class);
        var root = query.from(Programme.class);
        query.select(root).where(visible().and(matching(filter)).toPredicate(root, query, cb))
                .orderBy(listOrder(root, cb, page.getSort(), filter, language));
        var rows = entityManager.createQuery(query)
                .setFirstResult((int) page.getOffset())
                .setMaxResults(page.getPageSize())
                .getResultList();
        return toListItems(rows, language);
    }

    /**
     * The ids of all the programmes {@link #findVisible} lists for {@code filter}, {@code sort} and {@code language},
     * in its order: for exports, which then read the rows with {@link #findVisibleByIds} (ADR 0024).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long[] findVisibleIds(ProgrammeFilter filter, Sort sort, Locale language) {
        var cb = entityManager.getCriteriaBuilder();
        var query = cb.createQuery(Long.class);
        var root = query.from(Programme.class);
        query.select(root.get("id")).where(visible().and(matching(filter)).toPredicate(root, query, cb))
                .orderBy(listOrder(root, cb, sort, filter, language));
        return OrderedIds.read(entityManager.createQuery(query));
    }

    /** The programmes with these ids that the current user may see, as the list shows them, in no order. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ProgrammeListItem> findVisibleByIds(Collection<Long> ids, Locale language) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Specification<Programme> withIds = (root, query, cb) -> root.get("id").in(ids);
        return toListItems(programmes.findAll(visible().and(withIds)), language);
    }

    private static List<Order> listOrder(Root<Programme> root, CriteriaBuilder cb, Sort sort, ProgrammeFilter filter,
                                         Locale language) {
        // With a text filter few rows match, and reading the whole key index in order to find them was slower
        // (measured) than filtering first and sorting the matches; the same key inside an expression keeps the order
        // and lets the database do that (ADR 0025).
        Expression<String> title = filter.text() == null || filter.text().isBlank() ? sortTitle(root, language)
                : cb.coalesce(sortTitle(root, language), "");
        var orders = new ArrayList<Order>();
        var sortedByTitle = false;
        var idDirection = Sort.Direction.ASC;
        for (var order : sort) {
            Expression<?> expression = switch (order.getProperty()) {
                case SORT_IDENTIFIER -> root.get("identifier");
                case SORT_STATUS -> root.get("activityStatus");
                case SORT_APPROVAL -> root.get("approval");
                case SORT_START -> root.get("plannedStart");
                case SORT_END -> root.get("plannedEnd");
                default -> title;
            };
            if (expression == title) {
                if (sortedByTitle) {
                    continue;
                }
                sortedByTitle = true;
                if (orders.isEmpty()) {
                    idDirection = order.getDirection();
                }
            }
            orders.add(order.getDirection() == Sort.Direction.DESC ? cb.desc(expression) : cb.asc(expression));
        }
        // the title and the id break ties so that paging is stable; sorted by title alone, the id follows its
        // direction so that the index (sort key, id) gives the whole order and the page stops after its rows
        if (!sortedByTitle) {
            orders.add(cb.asc(title));
        }
        orders.add(idDirection == Sort.Direction.DESC ? cb.desc(root.get("id")) : cb.asc(root.get("id")));
        return orders;
    }

    private List<ProgrammeListItem> toListItems(List<Programme> rows, Locale language) {
        var countries = countriesOf(rows.stream().map(Programme::getId).toList());
        return rows.stream().map(p -> new ProgrammeListItem(p.getId(), p.getIdentifier(),
                        ProgrammeTexts.pick(language, p.getTitleUk(), p.getTitleEn(), p.getTitleLt(), p.getIdentifier()),
                        countries.getOrDefault(p.getId(), Set.of()), p.getActivityStatus(), p.getApproval(),
                        p.getPlannedStart(), p.getPlannedEnd()))
                .toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long countVisible(ProgrammeFilter filter) {
        return programmes.count(visible().and(matching(filter)));
    }

    /** The programme if it exists and the current user may see it; empty otherwise (the two are not told apart). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<ProgrammeDetails> findVisibleById(long id, Locale language) {
        var found = visibleProgrammes.find(id);
        if (found.isEmpty()) {
            outOfScope.report("programme", id, () -> programmes.existsById(id));
        }
        return found.map(p -> toDetails(p, language));
    }

    /**
     * The title of a visible programme in {@code language} (falling back to another language, then the identifier);
     * empty for a missing or out-of-scope id. For records that link programmes (meetings) without reading them whole.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<String> findVisibleTitle(long id, Locale language) {
        return visibleProgrammes.find(id).map(p -> ProgrammeTexts.pick(language, p.getTitleUk(), p.getTitleEn(),
                p.getTitleLt(), p.getIdentifier()));
    }

    /**
     * The approval steps of a visible programme, newest first, as the reader may read them: a partner reads only the
     * comments marked for partners and no staff names ({@link AccessPolicy}).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ApprovalStepItem> approvalHistoryOf(long id) {
        requireVisible(id);
        var rows = steps.findByProgrammeIdOrderByChangedAtDescIdDesc(id);
        var author = policy.authors(rows.stream().map(ProgrammeApprovalStep::getChangedBy).toList());
        return rows.stream().map(row -> row.toItem(policy.note(row.getComment(), row.isCommentForPartners()),
                author.apply(row.getChangedBy()))).toList();
    }

    /** Every change of a visible programme's fields, and the uploads and deletions of its documents, newest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<HistoryEntry> historyOf(long id) {
        requireVisible(id);
        // a partner's history begins when the programme became visible to her (shared, of one of her countries)
        var seen = policy.historyStates(state -> scope.canSeeSharedAny(((Programme) state).getCountryCodes(),
                ((Programme) state).isSharedWithPartners()));
        var own = history.historyOf(Programme.class, id, HISTORY_FIELDS, seen).stream()
                .filter(entry -> entry.kind() != HistoryEntry.Kind.CHANGED || !entry.changes().isEmpty())
                .map(ProgrammeService::detached)
                .toList();
        return policy.authorsForReader(RecordHistory.mergeSeen(own,
                documents.historyFor(DocumentOwnerKind.PROGRAMME, id)));
    }

    // --------------------------------------------------------------------------------------------------- writes

    /** Records a new programme as a draft, with the first row of its approval history. */
    @RolesAllowed({Role.Names.OFFICER, Role.Names.ADMIN})
    @Transactional
    public ProgrammeDetails create(ProgrammeChanges changes, Locale language) {
        Validation.requireValid(validator, changes);
        if (programmes.existsByIdentifier(changes.identifier().strip())) {
            throw new ProgrammeRefusedException(Reason.IDENTIFIER_TAKEN);
        }
        check(changes);
        var programme = Programme.draft();
        programme.apply(changes, username(), time.now());
        programmes.saveAndFlush(programme);
        money.refresh(programme.getId());
        record(programme, null, ApprovalState.DRAFT, null);
        return toDetails(programme, language);
    }

    /**
     * Saves changes to a programme's fields (not its approval state). Refused while it waits for a head's decision,
     * and for the key fields of an approved programme; refuses invalid input and a stale version.
     */
    @RolesAllowed({Role.Names.OFFICER, Role.Names.ADMIN})
    @Transactional
    public ProgrammeDetails update(ProgrammeChanges changes, Locale language) {
        Validation.requireValid(validator, changes);
        if (changes.id() == null) {
            throw new IllegalArgumentException("An update needs the id of the programme");
        }
        var programme = requireCurrent(changes.id(), changes.version());
        if (programme.getApproval() == ApprovalState.SUBMITTED) {
            throw new ProgrammeRefusedException(Reason.NOT_EDITABLE_WHILE_SUBMITTED);
        }
        if (programme.getApproval() == ApprovalState.APPROVED && !sameKeyFields(programme.toChanges(), changes)) {
            throw new ProgrammeRefusedException(Reason.KEY_FIELDS_APPROVED);
        }
        if (programmes.existsByIdentifierAndIdNot(changes.identifier().strip(), programme.getId())) {
            throw new ProgrammeRefusedException(Reason.IDENTIFIER_TAKEN);
        }
        check(changes);
        programme.apply(changes, username(), time.now());
        var saved = flush(programme, changes.version());
        money.refresh(saved.getId());
        return toDetails(saved, language);
    }

    /**
     * An officer submits a draft or returned programme for approval. Needs the title and summary in Ukrainian and
     * English, at least one partner country, sectors adding up to 100 and a budget; every missing part is listed.
     */
    @RolesAllowed({Role.Names.OFFICER, Role.Names.ADMIN})
    @Transactional
    public ProgrammeDetails submit(long id, long version, Remark comment, Locale language) {
        var programme = requireCurrent(id, version);
        var from = programme.getApproval();
        if (from != ApprovalState.DRAFT && from != ApprovalState.RETURNED) {
            throw new ProgrammeRefusedException(Reason.MOVE_NOT_ALLOWED);
        }
        var input = programme.toChanges();
        var missing = new ArrayList<Reason>();
        if (blank(input.titleUk()) || blank(input.titleEn()) || blank(input.summaryUk()) || blank(input.summaryEn())) {
            missing.add(Reason.SUBMIT_NEEDS_TITLES);
        }
        if (input.countryCodes().isEmpty()) {
            missing.add(Reason.SUBMIT_NEEDS_COUNTRY);
        }
        if (input.sectors().isEmpty()) {
            missing.add(Reason.SUBMIT_NEEDS_SECTORS);
        }
        if (input.budgetAmount() == null || input.budgetCurrency() == null || input.budgetStart() == null
                || input.budgetEnd() == null) {
            missing.add(Reason.SUBMIT_NEEDS_BUDGET);
        }
        if (!missing.isEmpty()) {
            throw new ProgrammeRefusedException(missing);
        }
        return move(programme, version, ApprovalState.SUBMITTED, checkedComment(comment, false), language);
    }

    /** A head approves a submitted programme, with an optional comment. */
    @RolesAllowed(Role.Names.HEAD)
    @Transactional
    public ProgrammeDetails approve(long id, long version, Remark comment, Locale language) {
        var programme = requireCurrent(id, version);
        if (programme.getApproval() != ApprovalState.SUBMITTED) {
            throw new ProgrammeRefusedException(Reason.MOVE_NOT_ALLOWED);
        }
        return move(programme, version, ApprovalState.APPROVED, checkedComment(comment, false), language);
    }

    /** A head returns a submitted programme to the officers; the comment saying what to change is required. */
    @RolesAllowed(Role.Names.HEAD)
    @Transactional
    public ProgrammeDetails returnToOfficers(long id, long version, Remark comment, Locale language) {
        var programme = requireCurrent(id, version);
        if (programme.getApproval() != ApprovalState.SUBMITTED) {
            throw new ProgrammeRefusedException(Reason.MOVE_NOT_ALLOWED);
        }
        return move(programme, version, ApprovalState.RETURNED, checkedComment(comment, true), language);
    }

    /**
     * An officer starts a revision of an approved programme: it goes back to draft, so that its key fields may change,
     * and must be submitted and approved again.
     */
    @RolesAllowed({Role.Names.OFFICER, Role.Names.ADMIN})
    @Transactional
    public ProgrammeDetails startRevision(long id, long version, Remark comment, Locale language) {
        var programme = requireCurrent(id, version);
        if (programme.getApproval() != ApprovalState.APPROVED) {
            throw new ProgrammeRefusedException(Reason.MOVE_NOT_ALLOWED);
        }
        return move(programme, version, ApprovalState.DRAFT, checkedComment(comment, false), language);
    }

    // ------------------------------------------------------------------------------------------------- internals

    /** Every visible programme matching {@code filter}, by identifier; for the IATI export of the filtered set. */
    List<Programme> visibleEntities(ProgrammeFilter filter) {
        return programmes.findAll(visible().and(matching(filter)), Sort.by("identifier"));
    }

    private ProgrammeDetails move(Programme programme, long version, ApprovalState target, Remark comment,
                                  Locale language) {
        var from = programme.getApproval();
        programme.moveTo(target, username(), time.now());
        flush(programme, version);
        record(programme, from, target, comment);
        return toDetails(programme, language);
    }

    private void requireVisible(long id) {
        if (visibleProgrammes.find(id).isEmpty()) {
            throw new RecordNotFoundException("Programme " + id);
        }
    }

    private Programme requireCurrent(long id, long version) {
        var programme = visibleProgrammes.find(id).orElseThrow(() -> new RecordNotFoundException("Programme " + id));
        if (programme.getVersion() != version) {
            throw new ConcurrentEditException("Programme " + id, version, programme.getVersion());
        }
        return programme;
    }

    private Programme flush(Programme programme, long version) {
        try {
            return programmes.saveAndFlush(programme);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentEditException("Programme " + programme.getId(), version, version + 1);
        }
    }

    /** The rules across fields that Bean Validation cannot state; refuses with the first broken one. */
    private void check(ProgrammeChanges c) {
        if (endBeforeStart(c.plannedStart(), c.plannedEnd())) {
            throw new ProgrammeRefusedException(Reason.PLANNED_END_BEFORE_START);
        }
        if (endBeforeStart(c.actualStart(), c.actualEnd())) {
            throw new ProgrammeRefusedException(Reason.ACTUAL_END_BEFORE_START);
        }
        if (endBeforeStart(c.budgetStart(), c.budgetEnd())) {
            throw new ProgrammeRefusedException(Reason.BUDGET_END_BEFORE_START);
        }
        if ((c.budgetAmount() == null) != (c.budgetCurrency() == null)) {
            throw new ProgrammeRefusedException(Reason.BUDGET_INCOMPLETE);
        }
        for (var code : c.countryCodes()) {
            if (UKRAINE.equals(code)) {
                throw new ProgrammeRefusedException(Reason.COUNTRY_IS_UKRAINE);
            }
            if (entityManager.find(Country.class, code) == null) {
                throw new ProgrammeRefusedException(Reason.COUNTRY_UNKNOWN);
            }
        }
        if (!c.sectors().isEmpty()) {
            if (c.sectors().stream().map(ProgrammeChanges.SectorShare::sector).distinct().count()
                    != c.sectors().size()) {
                throw new ProgrammeRefusedException(Reason.SECTOR_TWICE);
            }
            if (c.sectors().stream().mapToInt(ProgrammeChanges.SectorShare::percentage).sum() != 100) {
                throw new ProgrammeRefusedException(Reason.SECTORS_NOT_100);
            }
        }
        var organisationIds = new HashSet<Long>();
        c.participants().forEach(p -> organisationIds.add(p.organisationId()));
        c.transactions().forEach(t -> {
            organisationIds.add(t.providerOrganisationId());
            organisationIds.add(t.receiverOrganisationId());
        });
        organisationIds.remove(null);
        for (var organisationId : organisationIds) {
            if (entityManager.find(Organisation.class, organisationId) == null) {
                throw new ProgrammeRefusedException(Reason.ORGANISATION_UNKNOWN);
            }
        }
        for (var partnershipId : c.partnershipIds()) {
            if (partnerships.findVisibleById(partnershipId, Locale.ENGLISH).isEmpty()) {
                throw new ProgrammeRefusedException(Reason.PARTNERSHIP_UNKNOWN);
            }
        }
        for (var indicator : c.indicators()) {
            for (var period : indicator.periods()) {
                if (period.end().isBefore(period.start())) {
                    throw new ProgrammeRefusedException(Reason.PERIOD_END_BEFORE_START);
                }
            }
        }
    }

    /** Budget, partner countries, participating organisations and indicator targets: changed only by a revision. */
    static boolean sameKeyFields(ProgrammeChanges stored, ProgrammeChanges entered) {
        return sameAmount(stored.budgetAmount(), entered.budgetAmount())
                && Objects.equals(stored.budgetCurrency(), entered.budgetCurrency())
                && Objects.equals(stored.budgetStart(), entered.budgetStart())
                && Objects.equals(stored.budgetEnd(), entered.budgetEnd())
                && stored.countryCodes().equals(entered.countryCodes())
                && new HashSet<>(stored.participants()).equals(new HashSet<>(entered.participants()))
                && targets(stored).equals(targets(entered));
    }

    private static List<String> targets(ProgrammeChanges changes) {
        var result = new ArrayList<String>();
        for (var indicator : changes.indicators()) {
            result.add(plain(indicator.target()));
            indicator.periods().forEach(p -> result.add(p.start() + "/" + p.end() + "=" + plain(p.target())));
        }
        return result;
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    private static boolean sameAmount(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static boolean endBeforeStart(java.time.LocalDate start, java.time.LocalDate end) {
        return start != null && end != null && end.isBefore(start);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** The comment stripped, or null for none; whether it is for partners stays as the writer chose. */
    private Remark checkedComment(Remark comment, boolean required) {
        var raw = Remark.textOf(comment);
        var text = blank(raw) ? null : raw.strip();
        if (required && text == null) {
            throw new ProgrammeRefusedException(Reason.COMMENT_REQUIRED);
        }
        if (text != null && text.length() > ProgrammeApprovalStep.COMMENT_MAX_LENGTH) {
            throw new ProgrammeRefusedException(Reason.COMMENT_TOO_LONG);
        }
        return text == null ? null : new Remark(text, Remark.sharedOf(comment));
    }

    private void record(Programme programme, ApprovalState from, ApprovalState to, Remark comment) {
        steps.save(new ProgrammeApprovalStep(programme.getId(), from, to, Remark.textOf(comment),
                Remark.sharedOf(comment), username(), time.now()));
    }

    private String username() {
        return currentUser.require().username();
    }

    private Specification<Programme> visible() {
        return scope.sharedAnyCountryIn("countryCodes", "sharedWithPartners");
    }

    private static Specification<Programme> matching(ProgrammeFilter filter) {
        return (root, query, cb) -> {
            var predicates = new ArrayList<Predicate>();
            if (filter.countryCode() != null && !filter.countryCode().isBlank()) {
                var sub = query.subquery(Integer.class);
                var other = sub.from(Programme.class);
                Expression<String> code = other.join("countryCodes");
                sub.select(cb.literal(1)).where(cb.equal(other, root), cb.equal(code, filter.countryCode()));
                predicates.add(cb.exists(sub));
            }
            if (filter.activityStatus() != null) {
                predicates.add(cb.equal(root.get("activityStatus"), filter.activityStatus()));
            }
            if (filter.approval() != null) {
                predicates.add(cb.equal(root.get("approval"), filter.approval()));
            }
            if (filter.sector() != null) {
                var sub = query.subquery(Integer.class);
                var other = sub.from(Programme.class);
                var sector = other.join("sectors");
                sub.select(cb.literal(1)).where(cb.equal(other, root), cb.equal(sector.get("sector"), filter.sector()));
                predicates.add(cb.exists(sub));
            }
            if (filter.targetGroup() != null) {
                var sub = query.subquery(Integer.class);
                var other = sub.from(Programme.class);
                Expression<TargetGroup> group = other.join("targetGroups");
                sub.select(cb.literal(1)).where(cb.equal(other, root), cb.equal(group, filter.targetGroup()));
                predicates.add(cb.exists(sub));
            }
            if (filter.text() != null && !filter.text().isBlank()) {
                var pattern = "%" + LikePattern.escape(filter.text().strip().toLowerCase(Locale.ROOT)) + "%";
                var texts = new ArrayList<Predicate>();
                for (var field : List.of("identifier", "titleUk", "titleEn", "titleLt")) {
                    texts.add(cb.like(cb.lower(root.get(field)), pattern, '\\'));
                }
                predicates.add(cb.or(texts.toArray(Predicate[]::new)));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }


    /**
     * The stored sort key of the title a reader of {@code language} sees (the first filled of that language's title,
     * the others, the identifier), generated by the database (Liquibase 0090) and indexed with the id.
     */
    private static Expression<String> sortTitle(Root<Programme> root, Locale language) {
        return root.get(switch (language.getLanguage()) {
            case "en" -> "sortTitleEn";
            case "lt" -> "sortTitleLt";
            default -> "sortTitleUk";
        });
    }

    private Map<Long, Set<String>> countriesOf(List<Long> ids) {
        var result = new HashMap<Long, Set<String>>();
        if (ids.isEmpty()) {
            return result;
        }
        entityManager.createQuery("select p.id, c from Programme p join p.countryCodes c where p.id in :ids",
                        Object[].class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(row -> result.computeIfAbsent((Long) row[0], k -> new TreeSet<>()).add((String) row[1]));
        return result;
    }

    private String organisationName(Long id, Locale language) {
        if (id == null) {
            return null;
        }
        var o = entityManager.find(Organisation.class, id);
        return o == null ? "#" + id : RegistryNames.nameIn(o.getNameOriginal(), o.getNameUk(), o.getNameEn(), language);
    }

    ProgrammeDetails toDetails(Programme p, Locale language) {
        boolean staff = policy.showsInternal();
        var stored = p.toChanges();
        var linked = new ArrayList<ProgrammeDetails.Linked>();
        for (var partnershipId : new TreeSet<>(stored.partnershipIds())) {
            // a liaison sees only the linked partnerships their scope allows
            partnerships.findVisibleName(partnershipId, language)
                    .ifPresent(name -> linked.add(new ProgrammeDetails.Linked(partnershipId, name)));
        }
        // not even the ids of linked partnerships the reader may not see leave the service
        var input = staff ? stored : stored.withPartnershipIds(linked.stream().map(ProgrammeDetails.Linked::id)
                .collect(java.util.stream.Collectors.toSet()));
        var participants = input.participants().stream().map(part -> {
            var o = entityManager.find(Organisation.class, part.organisationId());
            return new ProgrammeDetails.ParticipantItem(part.organisationId(),
                    organisationName(part.organisationId(), language), o == null ? null : o.getCountryCode(),
                    part.role());
        }).toList();
        var transactions = input.transactions().stream().map(t -> new ProgrammeDetails.TransactionItem(t.type(),
                t.date(), t.amount(), t.currency(), organisationName(t.providerOrganisationId(), language),
                organisationName(t.receiverOrganisationId(), language))).toList();
        return new ProgrammeDetails(p.getId(), p.getVersion(), input, p.getApproval(), linked, participants,
                transactions, sums(input.transactions()), p.getUpdatedAt(), policy.author(p.getUpdatedBy()));
    }

    /** The audited lists are lazy: copied here, inside the transaction, so that the view can read them later. */
    private static HistoryEntry detached(HistoryEntry entry) {
        var changes = entry.changes().stream().map(change -> new HistoryEntry.FieldChange(change.field(),
                copy(change.oldValue()), copy(change.newValue()))).toList();
        return new HistoryEntry(entry.revision(), entry.changedAt(), entry.changedBy(), entry.kind(),
                entry.subject(), changes);
    }

    private static Object copy(Object value) {
        return value instanceof java.util.Collection<?> collection ? List.copyOf(collection) : value;
    }

    /** Per transaction type, the sum per currency; amounts in different currencies are never added together. */
    static Map<TransactionType, Map<String, BigDecimal>> sums(List<ProgrammeChanges.Transaction> transactions) {
        var result = new EnumMap<TransactionType, Map<String, BigDecimal>>(TransactionType.class);
        for (var t : transactions) {
            result.computeIfAbsent(t.type(), k -> new TreeMap<>()).merge(t.currency(), t.amount(), BigDecimal::add);
        }
        return result;
    }
}
