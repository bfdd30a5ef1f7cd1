package ua.cooperation.portal.programme;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ua.cooperation.portal.base.HistoryEntry;
import ua.cooperation.portal.audit.RecordHistory;
import ua.cooperation.portal.base.PortalTime;
import ua.cooperation.portal.base.Validation;
import ua.cooperation.portal.document.DocumentOwnerKind;
import ua.cooperation.portal.document.DocumentService;
import ua.cooperation.portal.security.AccessPolicy;
import ua.cooperation.portal.security.CountryScope;
import ua.cooperation.portal.security.OutOfScopeRequests;
import ua.cooperation.portal.security.Permissions;
import ua.cooperation.portal.security.Role;
import ua.cooperation.portal.base.text.LocalizedText;
import ua.cooperation.portal.translation.ChangedTexts;
import ua.cooperation.portal.translation.RecordTexts;
import ua.cooperation.portal.translation.TextOwnerKind;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static ua.cooperation.portal.programme.ProgrammeRefusedException.Reason;

/**
 * Programmes: their lists, records and history. Every read goes through {@link CountryScope}: a liaison sees,
 * read-only, the programmes shared with partners that concern at least one of their countries, and any other id
 * answers exactly like a missing one. Officers and administrators record and change programmes; their approval moves
 * through {@link ProgrammeApprovalService}. On an approved programme the key fields (budget, partner countries,
 * participating organisations, indicator targets) are refused until an officer starts a revision, which puts the
 * programme back to draft.
 */
@Service
public class ProgrammeService {

    public static final String SORT_IDENTIFIER = "identifier";
    public static final String SORT_TITLE = "title";
    public static final String SORT_STATUS = "status";
    public static final String SORT_APPROVAL = "approval";
    public static final String SORT_START = "plannedStart";
    public static final String SORT_END = "plannedEnd";

    static final List<String> HISTORY_FIELDS = List.of("identifier", "title", "summary", "activityStatus", "approval", "plannedStart", "plannedEnd", "actualStart",
            "actualEnd", "countryCodes", "targetGroups", "supportAreas", "partnershipIds", "sectors", "participants",
            "budgetAmount", "budgetCurrency", "budgetStart", "budgetEnd", "transactions", "indicators", "periods",
            "beneficiaries", "sharedWithPartners");

    /** The fields the history lists (each needs a {@code programme.history.FIELD} label). */
    public static List<String> historyFields() {
        return HISTORY_FIELDS;
    }

    private final ProgrammeRepository programmes;
    private final VisibleProgrammes visibleProgrammes;
    private final ProgrammeQueries queries;
    private final ProgrammeStore store;
    private final ProgrammeRules rules;
    private final ProgrammeDetailsAssembler details;
    private final DocumentService documents;
    private final CountryScope scope;
    private final AccessPolicy policy;
    private final OutOfScopeRequests outOfScope;
    private final Validator validator;
    private final RecordHistory history;
    private final ProgrammeMoney money;
    private final PortalTime time;
    private final RecordTexts texts;
    private final ApplicationEventPublisher events;

    ProgrammeService(ProgrammeRepository programmes, VisibleProgrammes visibleProgrammes, ProgrammeQueries queries,
                     ProgrammeStore store, ProgrammeRules rules, ProgrammeDetailsAssembler details,
                     DocumentService documents, CountryScope scope, AccessPolicy policy, OutOfScopeRequests outOfScope,
                     Validator validator, RecordHistory history, ProgrammeMoney money, PortalTime time,
                     RecordTexts texts, ApplicationEventPublisher events) {
        this.events = events;
        this.programmes = programmes;
        this.visibleProgrammes = visibleProgrammes;
        this.queries = queries;
        this.store = store;
        this.rules = rules;
        this.details = details;
        this.documents = documents;
        this.scope = scope;
        this.policy = policy;
        this.outOfScope = outOfScope;
        this.validator = validator;
        this.history = history;
        this.money = money;
        this.time = time;
        this.texts = texts;
    }

    // ---------------------------------------------------------------------------------------------------- reads

    /**
     * One page of the programmes the current user may see, matching {@code filter}, titled and sorted in
     * {@code language}. Reads only the requested rows, and the countries of the page in one more query; no count.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ProgrammeListItem> findVisible(ProgrammeFilter filter, Pageable page, Locale language) {
        return queries.page(filter, page, language);
    }

    /**
     * The ids of all the programmes {@link #findVisible} lists for {@code filter}, {@code sort} and {@code language},
     * in its order: for exports, which then read the rows with {@link #findVisibleByIds} (ADR 0024).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long[] findVisibleIds(ProgrammeFilter filter, Sort sort, Locale language) {
        return queries.ids(filter, sort, language);
    }

    /** The programmes with these ids that the current user may see, as the list shows them, in no order. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ProgrammeListItem> findVisibleByIds(Collection<Long> ids, Locale language) {
        return queries.byIds(ids, language);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long countVisible(ProgrammeFilter filter) {
        return queries.count(filter);
    }

    /** The programme if it exists and the current user may see it; empty otherwise (the two are not told apart). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<ProgrammeDetails> findVisibleById(long id, Locale language) {
        var found = visibleProgrammes.find(id);
        if (found.isEmpty()) {
            outOfScope.report("programme", id, () -> programmes.existsById(id));
        }
        return found.map(p -> details.toDetails(p, language));
    }

    /**
     * The title of a visible programme in {@code language} (else the original, then the identifier); empty for a
     * missing or out-of-scope id. For records that link programmes (meetings) without reading them whole.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<String> findVisibleTitle(long id, Locale language) {
        return visibleProgrammes.find(id).map(p -> titlesOf(List.of(p), language).get(p.getId()).text());
    }

    /**
     * The titles of the visible programmes among {@code ids} in {@code language}, each marked when it is the original
     * in another language (else the identifier); ids out of scope or missing are left out. For the dashboard's
     * lists, in one query for the translations.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<Long, LocalizedText> findVisibleTitles(Collection<Long> ids, Locale language) {
        return titlesOf(queries.visibleByIds(ids), language);
    }

    /** The titles of programmes already read in the reader's scope, in her language (ADR 0040). */
    Map<Long, LocalizedText> titlesOf(Collection<Programme> found, Locale language) {
        var originals = new HashMap<Long, String>();
        var identifiers = new HashMap<Long, String>();
        for (var p : found) {
            originals.put(p.getId(), p.getTitle());
            identifiers.put(p.getId(), p.getIdentifier());
        }
        var shown = new HashMap<Long, LocalizedText>();
        texts.localize(TextOwnerKind.PROGRAMME, ProgrammeTextOwner.TITLE, originals, language).forEach((id, text) ->
                shown.put(id, text.isEmpty() ? LocalizedText.original(identifiers.get(id), text.language()) : text));
        return shown;
    }

    /** Every change of a visible programme's fields, and the uploads and deletions of its documents, newest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<HistoryEntry> historyOf(long id) {
        store.requireVisible(id);
        // a partner's history begins when the programme became visible to her (shared, of one of her countries)
        var seen = policy.historyStates(state -> scope.canSeeSharedAny(((Programme) state).getCountryCodes(),
                ((Programme) state).participantOrganisationIds(), ((Programme) state).isSharedWithPartners()));
        // the title and summary name their language: the originals' (Envers) and the translations' (ADR 0040)
        var language = texts.originalLanguages(TextOwnerKind.PROGRAMME, List.of(id)).get(id);
        var own = history.historyOf(Programme.class, id, HISTORY_FIELDS, seen).stream()
                .filter(entry -> entry.kind() != HistoryEntry.Kind.CHANGED || !entry.changes().isEmpty())
                .map(entry -> detached(entry, language))
                .toList();
        return policy.authorsForReader(RecordHistory.mergeSeen(own, RecordHistory.merge(
                documents.historyFor(DocumentOwnerKind.PROGRAMME, id),
                texts.historyOf(TextOwnerKind.PROGRAMME, List.of(id), "", owner -> null))));
    }

    /** What the reader may do with programmes: record and change them (officers), approve or return them (heads). */
    public Permissions permissions() {
        return policy.permissions();
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
        rules.check(changes);
        var programme = Programme.draft();
        programme.apply(changes, store.username(), time.now());
        programmes.saveAndFlush(programme);
        money.refresh(programme.getId());
        store.recordStep(programme, null, ApprovalState.DRAFT, null);
        events.publishEvent(new ProgrammeSaved(programme.getId(), true, programme.getCountryCodes(),
                programme.isSharedWithPartners(), programme.isSharedWithPartners()));
        return details.toDetails(programme, language);
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
        var programme = store.requireCurrent(changes.id(), changes.version());
        if (programme.getApproval() == ApprovalState.SUBMITTED) {
            throw new ProgrammeRefusedException(Reason.NOT_EDITABLE_WHILE_SUBMITTED);
        }
        if (programme.getApproval() == ApprovalState.APPROVED
                && !ProgrammeRules.sameKeyFields(programme.toChanges(), changes)) {
            throw new ProgrammeRefusedException(Reason.KEY_FIELDS_APPROVED);
        }
        if (programmes.existsByIdentifierAndIdNot(changes.identifier().strip(), programme.getId())) {
            throw new ProgrammeRefusedException(Reason.IDENTIFIER_TAKEN);
        }
        rules.check(changes);
        var before = ProgrammeTextOwner.originals(programme);
        boolean sharedBefore = programme.isSharedWithPartners();
        programme.apply(changes, store.username(), time.now());
        var saved = store.flush(programme, changes.version());
        var after = ProgrammeTextOwner.originals(saved);
        // a changed original: its translations may no longer say the same (ADR 0040); an indicator keeps its key, so
        // its title is compared with its own, and a removed indicator's translations go with it
        texts.originalsChanged(TextOwnerKind.PROGRAMME, saved.getId(), ChangedTexts.between(before, after));
        texts.originalsRemoved(TextOwnerKind.PROGRAMME, saved.getId(), before.keySet().stream()
                .filter(field -> !after.containsKey(field)).toList());
        money.refresh(saved.getId());
        events.publishEvent(new ProgrammeSaved(saved.getId(), false, saved.getCountryCodes(),
                saved.isSharedWithPartners(), saved.isSharedWithPartners() && !sharedBefore));
        return details.toDetails(saved, language);
    }

    // ------------------------------------------------------------------------------------------------- internals

    /**
     * The audited lists are lazy: copied here, inside the transaction, so that the view can read them later. The
     * original texts are said to be in {@code textLanguage}.
     */
    private static HistoryEntry detached(HistoryEntry entry, String textLanguage) {
        var changes = entry.changes().stream().map(change -> new HistoryEntry.FieldChange(change.field(),
                copy(change.oldValue()), copy(change.newValue()),
                ProgrammeTextOwner.TEXT_FIELDS.contains(change.field()) ? textLanguage : null)).toList();
        return new HistoryEntry(entry.revision(), entry.changedAt(), entry.changedBy(), entry.kind(),
                entry.subject(), changes);
    }

    private static Object copy(Object value) {
        return value instanceof Collection<?> collection ? List.copyOf(collection) : value;
    }
}
