package ua.cooperation.portal.country;

import ua.cooperation.portal.base.text.LikePattern;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ua.cooperation.portal.base.PortalLanguages;
import ua.cooperation.portal.base.Validation;
import ua.cooperation.portal.base.HistoryEntry;
import ua.cooperation.portal.audit.RecordHistory;
import ua.cooperation.portal.base.ConcurrentEditException;
import ua.cooperation.portal.base.RecordNotFoundException;
import ua.cooperation.portal.security.AccessPolicy;
import ua.cooperation.portal.security.CountryScope;
import ua.cooperation.portal.security.OutOfScopeRequests;
import ua.cooperation.portal.security.CurrentUser;
import ua.cooperation.portal.security.Role;
import ua.cooperation.portal.translation.RecordTexts;
import ua.cooperation.portal.translation.TextOwnerKind;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Partner countries. Every read is narrowed by {@link CountryScope}: a liaison sees only their own countries, and
 * asking for another country answers exactly like asking for one that does not exist.
 */
@Service
public class CountryService {

    /** Sort keys the list view may ask for; anything else falls back to the name. */
    public static final String SORT_NAME = "name";
    public static final String SORT_CODE = "code";
    public static final String SORT_STATUS = "partnerStatus";
    public static final String SORT_NATIONAL_DAY = "nationalDay";

    private final CountryRepository countries;
    private final CountryScope scope;
    private final AccessPolicy policy;
    private final OutOfScopeRequests outOfScope;
    private final CurrentUser currentUser;
    private final Validator validator;
    private final Clock clock;
    private final RecordHistory recordHistory;
    private final PortalLanguages languages;
    private final RecordTexts texts;

    private final org.springframework.context.ApplicationEventPublisher events;

    CountryService(CountryRepository countries, CountryScope scope, AccessPolicy policy,
                   OutOfScopeRequests outOfScope, CurrentUser currentUser, Validator validator,
                   Clock clock, RecordHistory recordHistory, PortalLanguages languages, RecordTexts texts,
                   org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.languages = languages;
        this.texts = texts;
        this.recordHistory = recordHistory;
        this.countries = countries;
        this.scope = scope;
        this.policy = policy;
        this.outOfScope = outOfScope;
        this.currentUser = currentUser;
        this.validator = validator;
        this.clock = clock;
    }

    /**
     * Whether the reader may record and change countries ({@link AccessPolicy#mayEdit()}), for the views, which show or
     * hide their edit actions by it; every write checks its roles again.
     */
    @PreAuthorize("isAuthenticated()")
    public boolean mayEdit() {
        return policy.mayEdit();
    }

    /**
     * One page of the countries the current user may see, with names and name sorting in {@code language}.
     * Reads a slice (no count query), so a lazy grid can scroll without counting the table.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<CountryListItem> findVisible(CountryFilter filter, Pageable page, Locale language) {
        var spec = visible().and(matching(filter));
        var sorted = PageRequest.of(page.getPageNumber(), page.getPageSize(), toEntitySort(page.getSort(), language));
        return countries.findBy(spec, q -> q.slice(sorted)).stream()
                .map(c -> new CountryListItem(c.getCode(), CountryNames.nameIn(c, language), c.getPartnerStatus(),
                        c.getNationalDay()))
                .toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long countVisible(CountryFilter filter) {
        return countries.count(visible().and(matching(filter)));
    }

    /** The country if it exists and the current user may see it; empty otherwise (the two are not told apart). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<CountryDetails> findVisibleByCode(String code, Locale language) {
        if (code == null || !scope.canSeeCountry(code.toUpperCase(Locale.ROOT))) {
            if (code != null) {
                outOfScope.report("country", code, () -> countries.existsById(code.toUpperCase(Locale.ROOT)));
            }
            return Optional.empty();
        }
        return countries.findById(code.toUpperCase(Locale.ROOT)).map(c -> toDetails(c, language));
    }

    /** Visible countries per partner status (statuses with none are left out). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<PartnerStatus, Long> countVisibleByStatus() {
        var result = new EnumMap<PartnerStatus, Long>(PartnerStatus.class);
        for (var status : PartnerStatus.values()) {
            long n = countries.count(visible().and(matching(new CountryFilter(null, status))));
            if (n > 0) {
                result.put(status, n);
            }
        }
        return result;
    }

    /**
     * Saves an officer's changes. Refuses invalid input before touching the database
     * ({@link ConstraintViolationException}) and changes made on top of a stale version
     * ({@link ConcurrentEditException}); stored data stays as it was in both cases.
     */
    @RolesAllowed({Role.Names.OFFICER, Role.Names.ADMIN})
    @Transactional
    public CountryDetails update(CountryChanges changes, Locale language) {
        Validation.requireValid(validator, changes);
        if (changes.partnerLanguage() != null && !languages.supports(changes.partnerLanguage())) {
            throw new CountryRefusedException(CountryRefusedException.Reason.NOT_A_CONTENT_LANGUAGE);
        }
        var country = countries.findById(changes.code())
                .filter(c -> scope.canSeeCountry(c.getCode()))
                .orElseThrow(() -> new RecordNotFoundException("Country " + changes.code()));
        if (country.getVersion() != changes.version()) {
            throw new ConcurrentEditException("Country " + country.getCode(), changes.version(), country.getVersion());
        }
        var notesBefore = country.getNotesForPartners();
        country.applyChanges(changes, currentUser.require().username(), clock.instant());
        if (!java.util.Objects.equals(notesBefore, country.getNotesForPartners())) {
            // the embassy's translation may no longer say what the office now says
            texts.originalsChanged(TextOwnerKind.COUNTRY, CountryTextOwner.idOf(country.getCode()),
                    List.of(CountryTextOwner.NOTES_FOR_PARTNERS));
        }
        try {
            var saved = countries.saveAndFlush(country);
            // its followers hear of it (ADR 0041)
            events.publishEvent(new CountrySaved(saved.getCode()));
            return toDetails(saved, language);
        } catch (ObjectOptimisticLockingFailureException e) {
            // Someone saved between our read and our write; the database's version check caught it.
            throw new ConcurrentEditException("Country " + country.getCode(), changes.version(), changes.version() + 1);
        }
    }

    /** The audited properties shown in a country's history, in display order. */
    public static final List<String> HISTORY_FIELDS = List.of("partnerStatus", "nationalDay", "partnerLanguage",
            "notesForPartners", "notes");

    /**
     * The change history of a country the current user may see, newest first; not-found semantics as
     * {@link #findVisibleByCode}.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<HistoryEntry> historyOf(String code) {
        var normalised = code == null ? "" : code.toUpperCase(Locale.ROOT);
        if (!scope.canSeeCountry(normalised) || !countries.existsById(normalised)) {
            throw new RecordNotFoundException("Country " + code);
        }
        // the notes are internal, and so are their old values
        var fields = policy.showsInternal() ? HISTORY_FIELDS
                : HISTORY_FIELDS.stream().filter(f -> !f.equals("notes")).toList();
        var id = CountryTextOwner.idOf(normalised);
        var language = texts.originalLanguages(TextOwnerKind.COUNTRY, List.of(id)).get(id);
        // the notes for partners name their language, and their translations' changes are part of the history
        var own = recordHistory.historyOf(Country.class, normalised, fields).stream()
                .map(e -> new HistoryEntry(e.revision(), e.changedAt(), e.changedBy(), e.kind(), e.subject(),
                        e.changes().stream().map(c -> c.field().equals(CountryTextOwner.NOTES_FOR_PARTNERS)
                                ? c.inLanguage(language) : c).toList()))
                .toList();
        return policy.authorsForReader(RecordHistory.merge(own,
                texts.historyOf(TextOwnerKind.COUNTRY, List.of(id), "", owner -> null)));
    }

    private Specification<Country> visible() {
        return scope.countryCodeIn(root -> root.get("code"));
    }

    private static Specification<Country> matching(CountryFilter filter) {
        return (root, query, cb) -> {
            var predicate = cb.conjunction();
            if (filter.partnerStatus() != null) {
                predicate = cb.and(predicate, cb.equal(root.get("partnerStatus"), filter.partnerStatus()));
            }
            if (filter.text() != null && !filter.text().isBlank()) {
                var pattern = "%" + LikePattern.escape(filter.text().strip().toLowerCase(Locale.ROOT)) + "%";
                predicate = cb.and(predicate, cb.or(
                        cb.like(cb.lower(root.get("nameUk")), pattern, '\\'),
                        cb.like(cb.lower(root.get("nameEn")), pattern, '\\'),
                        cb.like(cb.lower(root.get("nameLt")), pattern, '\\'),
                        cb.like(cb.lower(root.get("code")), pattern, '\\')));
            }
            return predicate;
        };
    }


    private static Sort toEntitySort(Sort requested, Locale language) {
        var orders = requested.stream().map(order -> switch (order.getProperty()) {
            case SORT_CODE -> new Sort.Order(order.getDirection(), "code");
            case SORT_STATUS -> new Sort.Order(order.getDirection(), "partnerStatus");
            case SORT_NATIONAL_DAY -> new Sort.Order(order.getDirection(), "nationalDay");
            default -> new Sort.Order(order.getDirection(), CountryNames.nameProperty(language));
        }).toList();
        // the code breaks ties so that paging is stable
        return Sort.by(orders).and(Sort.by(CountryNames.nameProperty(language))).and(Sort.by("code"));
    }

    /**
     * The office's notes on a country are internal, and so is who changed it last: a liaison (or an officer previewing
     * as one) never gets them ({@link AccessPolicy}).
     */
    private CountryDetails toDetails(Country c, Locale language) {
        return new CountryDetails(c.getCode(), c.getVersion(), CountryNames.nameIn(c, language), c.getPartnerStatus(),
                c.getNationalDay(), policy.internal(c.getNotes()), c.getPartnerLanguage(), c.getNotesForPartners(),
                texts.localize(TextOwnerKind.COUNTRY, CountryTextOwner.idOf(c.getCode()),
                        java.util.Collections.singletonMap(CountryTextOwner.NOTES_FOR_PARTNERS,
                                c.getNotesForPartners()), language),
                c.getUpdatedAt(), policy.author(c.getUpdatedBy()), policy.permissions());
    }
}
