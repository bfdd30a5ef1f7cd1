package ua.cooperation.portal.registry;

import ua.cooperation.portal.base.PortalTime;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.validation.Validator;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.query.QueryUtils;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ua.cooperation.portal.base.Validation;
import ua.cooperation.portal.registry.RegistryRefusedException.Reason;
import ua.cooperation.portal.base.HistoryEntry;
import ua.cooperation.portal.audit.RecordHistory;
import ua.cooperation.portal.base.ConcurrentEditException;
import ua.cooperation.portal.base.OrderedIds;
import ua.cooperation.portal.base.RecordNotFoundException;
import ua.cooperation.portal.country.CountryService;
import ua.cooperation.portal.security.AccessPolicy;
import ua.cooperation.portal.security.Permissions;
import ua.cooperation.portal.security.CountryScope;
import ua.cooperation.portal.security.OutOfScopeRequests;
import ua.cooperation.portal.security.CurrentUser;
import ua.cooperation.portal.security.Role;
import ua.cooperation.portal.territory.AdminUnitOption;
import ua.cooperation.portal.territory.TerritoryService;
import ua.cooperation.portal.territory.UnitLevel;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Municipalities on both sides of partnerships. Reads are narrowed by {@link CountryScope} (a Ukrainian hromada is a
 * Ukrainian record, so a liaison of another country does not see it); officers and admins create and edit.
 */
@Service
public class MunicipalityService {

    public static final List<String> HISTORY_FIELDS = List.of("side", "countryCode", "hromadaCode", "nameOriginal",
            "nameUk", "nameEn", "nationalCode");
    private static final String UKRAINE = "UA";

    /** The input breaks a rule that Bean Validation cannot express; {@code field} names the form field. */
    public static class InvalidMunicipalityException extends RegistryRefusedException {

        InvalidMunicipalityException(Reason reason, String message) {
            super(reason, message);
        }

        public String field() {
            return reason().field();
        }
    }

    private final MunicipalityRepository municipalities;
    private final EntityManager entityManager;
    private final TerritoryService territory;
    private final CountryService countries;
    private final CountryScope scope;
    private final AccessPolicy policy;
    private final OutOfScopeRequests outOfScope;
    private final CurrentUser currentUser;
    private final Validator validator;
    private final RecordHistory history;
    private final PortalTime time;
    private final ApplicationEventPublisher events;

    MunicipalityService(MunicipalityRepository municipalities, EntityManager entityManager, TerritoryService territory,
                        CountryService countries, CountryScope scope, AccessPolicy policy, OutOfScopeRequests outOfScope, CurrentUser currentUser, Validator validator,
                        RecordHistory history, PortalTime time, ApplicationEventPublisher events) {
        this.municipalities = municipalities;
        this.entityManager = entityManager;
        this.territory = territory;
        this.countries = countries;
        this.scope = scope;
        this.policy = policy;
        this.outOfScope = outOfScope;
        this.currentUser = currentUser;
        this.validator = validator;
        this.history = history;
        this.time = time;
        this.events = events;
    }

    /**
     * What the reader may do with municipalities ({@link AccessPolicy#permissions()}), for the list, which shows "new"
     * by it; every write checks its roles again.
     */
    @PreAuthorize("isAuthenticated()")
    public Permissions permissions() {
        return policy.permissions();
    }

    /** One page of visible municipalities whose names or code contain {@code text}, optionally of one side. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<MunicipalityItem> findVisible(String text, Municipality.Side side, int page, int size,
                                              Locale language) {
        return municipalities.findBy(visibleMatching(text, side),
                        q -> q.slice(PageRequest.of(page, size, listOrder(language))))
                .getContent().stream().map(m -> toItem(m, language)).toList();
    }

    /**
     * The ids of all the municipalities {@link #findVisible} lists for {@code text}, {@code side} and
     * {@code language}, in its order: for exports, which then read the rows with {@link #findVisibleByIds} (ADR 0024).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long[] findVisibleIds(String text, Municipality.Side side, Locale language) {
        var cb = entityManager.getCriteriaBuilder();
        var query = cb.createQuery(Long.class);
        var root = query.from(Municipality.class);
        query.select(root.get("id")).where(visibleMatching(text, side).toPredicate(root, query, cb))
                .orderBy(QueryUtils.toOrders(listOrder(language), root, cb));
        return OrderedIds.read(entityManager.createQuery(query));
    }

    /** The municipalities with these ids that the current user may see, as the list shows them, in no order. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<MunicipalityItem> findVisibleByIds(Collection<Long> ids, Locale language) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Specification<Municipality> withIds = (root, query, cb) -> root.get("id").in(ids);
        return municipalities.findAll(visibleMatching(null, null).and(withIds)).stream()
                .map(m -> toItem(m, language)).toList();
    }

    private static Sort listOrder(Locale language) {
        return Sort.by(language.getLanguage().equals("uk") ? "nameUk" : "nameEn").and(Sort.by("id"));
    }

    /** How many visible municipalities {@link #findVisible} finds for the same text and side (exports' progress). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long countVisible(String text, Municipality.Side side) {
        return municipalities.count(visibleMatching(text, side));
    }

    private Specification<Municipality> visibleMatching(String text, Municipality.Side side) {
        Specification<Municipality> spec = scope.countryCodeIn(root -> root.get("countryCode"));
        if (side != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("side"), side));
        }
        if (text != null && !text.isBlank()) {
            var pattern = "%" + text.strip().toLowerCase(Locale.ROOT) + "%";
            spec = spec.and((root, query, cb) -> cb.or(
                    cb.like(cb.lower(root.get("nameUk")), pattern),
                    cb.like(cb.lower(root.get("nameEn")), pattern),
                    cb.like(cb.lower(root.get("nameOriginal")), pattern),
                    cb.like(cb.lower(root.get("nationalCode")), pattern)));
        }
        return spec;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<MunicipalityDetails> findVisibleById(long id, Locale language) {
        var found = municipalities.findById(id);
        var visible = found.filter(m -> scope.canSeeCountry(m.getCountryCode()));
        if (visible.isEmpty()) {
            outOfScope.report("municipality", id, found::isPresent);
        }
        return visible.map(m -> toDetails(m, language));
    }

    /**
     * Where a visible municipality lies (for hromadas: raion and oblast) in {@code language}; empty for a missing or
     * out-of-scope id, and for a partner municipality. For records that name a municipality without reading it whole.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<String> findVisibleLocation(long id, Locale language) {
        return municipalities.findById(id).filter(m -> scope.canSeeCountry(m.getCountryCode()))
                .map(m -> toItem(m, language).location());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<HistoryEntry> historyOf(long id) {
        if (municipalities.findById(id).filter(m -> scope.canSeeCountry(m.getCountryCode())).isEmpty()) {
            throw new RecordNotFoundException("Municipality " + id);
        }
        return policy.authorsForReader(history.historyOf(Municipality.class, id, HISTORY_FIELDS));
    }

    /**
     * Creates ({@code id} null) or updates a municipality. Refuses bad input before touching the database and a
     * save on top of a stale version.
     */
    @RolesAllowed({Role.Names.OFFICER, Role.Names.ADMIN})
    @Transactional
    public MunicipalityDetails save(MunicipalityChanges changes, Locale language) {
        Validation.requireValid(validator, changes);
        Municipality municipality;
        if (changes.id() == null) {
            municipality = new Municipality(changes.side());
        } else {
            municipality = municipalities.findById(changes.id())
                    .filter(m -> scope.canSeeCountry(m.getCountryCode()))
                    .orElseThrow(() -> new RecordNotFoundException("Municipality " + changes.id()));
            if (municipality.getVersion() != changes.version()) {
                throw new ConcurrentEditException("Municipality " + changes.id(), changes.version(),
                        municipality.getVersion());
            }
            if (municipality.getSide() != changes.side()) {
                throw new InvalidMunicipalityException(Reason.SIDE_FIXED, "The side of a municipality cannot change");
            }
        }
        var user = currentUser.require().username();
        var now = time.now();
        if (changes.side() == Municipality.Side.UKRAINIAN) {
            var hromada = Optional.ofNullable(changes.hromadaCode()).flatMap(territory::findByCode)
                    .filter(unit -> unit.level() == UnitLevel.HROMADA)
                    .orElseThrow(() -> new InvalidMunicipalityException(Reason.HROMADA_REQUIRED, "Choose a hromada"));
            boolean sameAsBefore = hromada.code().equals(municipality.getHromadaCode());
            if (!sameAsBefore && municipalities.existsByHromadaCode(hromada.code())) {
                throw new InvalidMunicipalityException(Reason.HROMADA_TAKEN, "This hromada is already recorded");
            }
            municipality.apply(UKRAINE, hromada.code(), hromada.name(), hromada.name(), hromada.nameLatin(),
                    null, user, now);
        } else {
            var country = changes.countryCode();
            if (country == null || UKRAINE.equals(country) || countries.findVisibleByCode(country, language).isEmpty()) {
                throw new InvalidMunicipalityException(Reason.PARTNER_COUNTRY_REQUIRED, "Choose the partner country");
            }
            if (isBlank(changes.nameOriginal()) && isBlank(changes.nameUk()) && isBlank(changes.nameEn())) {
                throw new InvalidMunicipalityException(Reason.NAME_REQUIRED, "At least one name is required");
            }
            municipality.apply(country, null, strip(changes.nameOriginal()), strip(changes.nameUk()),
                    strip(changes.nameEn()), strip(changes.nationalCode()), user, now);
        }
        try {
            var saved = municipalities.saveAndFlush(municipality);
            if (changes.id() != null) {
                events.publishEvent(new RegistryNamesChanged(RegistryNamesChanged.Kind.MUNICIPALITY, saved.getId()));
            }
            return toDetails(saved, language);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentEditException("Municipality " + changes.id(), changes.version(), changes.version() + 1);
        }
    }

    /**
     * The municipality record of a Ukrainian hromada, created from the codifier on first use (a partnership names a
     * hromada by its KATOTTH code). Refuses a code that is not a current hromada.
     */
    @RolesAllowed({Role.Names.OFFICER, Role.Names.ADMIN})
    @Transactional
    public MunicipalityDetails ensureHromada(String hromadaCode, Locale language) {
        var existing = municipalities.findByHromadaCode(hromadaCode);
        if (existing.isPresent()) {
            return toDetails(existing.get(), language);
        }
        return save(new MunicipalityChanges(null, 0, Municipality.Side.UKRAINIAN, hromadaCode, null, null, null, null,
                null), language);
    }

    private MunicipalityDetails toDetails(Municipality m, Locale language) {
        return MunicipalityDetails.of(toItem(m, language), policy.permissions());
    }

    private MunicipalityItem toItem(Municipality m, Locale language) {
        String location = null;
        if (m.getSide() == Municipality.Side.UKRAINIAN && m.getHromadaCode() != null) {
            location = territory.findByCode(m.getHromadaCode()).map(MunicipalityService::location).orElse(null);
        }
        var name = RegistryNames.nameIn(m.getNameOriginal(), m.getNameUk(), m.getNameEn(), language);
        return new MunicipalityItem(m.getId(), m.getVersion(), m.getSide(), m.getCountryCode(), name,
                m.getHromadaCode(), location, m.getNameOriginal(), m.getNameUk(), m.getNameEn(), m.getNationalCode(),
                m.getUpdatedAt(), policy.author(m.getUpdatedBy()));
    }

    private static String location(AdminUnitOption unit) {
        return java.util.stream.Stream.of(unit.raionName(), unit.oblastName())
                .filter(s -> s != null && !s.isBlank()).reduce((a, b) -> a + ", " + b).orElse(null);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static String strip(String value) {
        return isBlank(value) ? null : value.strip();
    }
}
