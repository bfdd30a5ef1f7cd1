package ua.cooperation.portal.dashboard;

import ua.cooperation.portal.base.PortalTime;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ua.cooperation.portal.dashboard.DashboardRows.ActionItemRow;
import ua.cooperation.portal.dashboard.DashboardRows.ChangedRecord;
import ua.cooperation.portal.dashboard.DashboardRows.Count;
import ua.cooperation.portal.dashboard.DashboardRows.MeetingRow;
import ua.cooperation.portal.dashboard.DashboardRows.Money;
import ua.cooperation.portal.dashboard.DashboardRows.OwnerOverdue;
import ua.cooperation.portal.dashboard.DashboardRows.Period;
import ua.cooperation.portal.dashboard.DashboardRows.ProgrammeRow;
import ua.cooperation.portal.meeting.ActionItem;
import ua.cooperation.portal.meeting.ActionItemStatus;
import ua.cooperation.portal.meeting.Meeting;
import ua.cooperation.portal.meeting.MeetingService;
import ua.cooperation.portal.meeting.MeetingType;
import ua.cooperation.portal.partnership.Partnership;
import ua.cooperation.portal.partnership.PartnershipStatus;
import ua.cooperation.portal.programme.ActivityStatus;
import ua.cooperation.portal.programme.ApprovalState;
import ua.cooperation.portal.programme.Programme;
import ua.cooperation.portal.programme.Sector;
import ua.cooperation.portal.programme.TransactionType;
import ua.cooperation.portal.registry.Municipality;
import ua.cooperation.portal.registry.Organisation;
import ua.cooperation.portal.registry.RegistryNames;
import ua.cooperation.portal.security.CountryScope;
import ua.cooperation.portal.security.CurrentUser;
import ua.cooperation.portal.security.Role;
import ua.cooperation.portal.security.UserDirectory;

import ua.cooperation.portal.programme.ProgrammeTexts;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The figures of the start page, per role. Every figure is one aggregate query (GROUP BY over indexed columns, rows
 * projected to small records; no entity is loaded to be counted), narrowed by {@link CountryScope} exactly as the
 * list behind it is: the list a figure links to shows the rows the figure counted. Dates are Kyiv dates.
 */
@Service
public class DashboardService {

    /** How many rows a dashboard lists under a figure; the figure's link opens the whole list. */
    public static final int LIST_SIZE = 5;
    /** How many owners the head's "overdue by owner" panel lists, those with the most overdue items first. */
    public static final int OWNER_LIST_SIZE = 10;
    /** How many changed records the officer sees. */
    public static final int RECENT_SIZE = 8;
    /** How far ahead "upcoming" looks, in days after today. */
    public static final int VISIT_DAYS = 60;
    public static final int MEETING_DAYS = 30;

    private static final EnumSet<ActionItemStatus> OPEN = EnumSet.of(ActionItemStatus.OPEN,
            ActionItemStatus.IN_PROGRESS);

    private final EntityManager entityManager;
    private final CountryScope scope;
    private final CurrentUser currentUser;
    private final UserDirectory users;
    private final Clock clock;

    DashboardService(EntityManager entityManager, CountryScope scope, CurrentUser currentUser, UserDirectory users,
                     Clock clock) {
        this.entityManager = entityManager;
        this.scope = scope;
        this.currentUser = currentUser;
        this.users = users;
        this.clock = clock;
    }

    // ------------------------------------------------------------------------------------------------ dashboards

    /** The officer's figures: own items, this week's meetings, returned programmes, recent changes. */
    @RolesAllowed(Role.Names.OFFICER)
    @Transactional(readOnly = true)
    public OfficerDashboard officerDashboard(Locale language) {
        var today = today();
        var week = new Period(today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
                today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)));
        return new OfficerDashboard(countMyItems(today, false), countMyItems(today, true), myItems(today),
                week, countMeetings(week, null), meetings(week, null),
                countProgrammes(ApprovalState.RETURNED), programmes(ApprovalState.RETURNED, language),
                recentlyChanged(language));
    }

    /** The head's overview. */
    @RolesAllowed(Role.Names.HEAD)
    @Transactional(readOnly = true)
    public HeadDashboard headDashboard(Locale language) {
        var today = today();
        var visits = new Period(today, today.plusDays(VISIT_DAYS));
        var byType = new ArrayList<Count<MeetingType>>();
        for (var type : HeadDashboard.VISIT_TYPES) {
            byType.add(new Count<>(type, countMeetings(visits, type)));
        }
        return new HeadDashboard(partnershipsByStatus(), partnershipsByCountry(), programmesByStatus(),
                programmesBySector(), money(), overdueByOwner(today, language), visits, byType,
                meetings(visits, HeadDashboard.VISIT_TYPES), countProgrammes(ApprovalState.SUBMITTED),
                countPartnershipsAwaitingConfirmation());
    }

    /** The liaison's view of their own countries: every figure through the country scope. */
    @RolesAllowed(Role.Names.LIAISON)
    @Transactional(readOnly = true)
    public LiaisonDashboard liaisonDashboard(Locale language) {
        var today = today();
        var period = new Period(today, today.plusDays(MEETING_DAYS));
        return new LiaisonDashboard(partnershipsByStatus(), programmesByStatus(), period,
                countMeetings(period, null), meetings(period, null),
                countMyItems(today, false), countMyItems(today, true), myItems(today));
    }

    // ---------------------------------------------------------------------------------------------- partnerships

    private Specification<Partnership> partnershipScope() {
        return scope.sharedCountryCodeIn(root -> root.get("countryCode"), root -> root.get("sharedWithPartners"));
    }

    private List<Count<PartnershipStatus>> partnershipsByStatus() {
        var counts = grouped(Partnership.class, partnershipScope(), root -> root.get("status"));
        var rows = new ArrayList<Count<PartnershipStatus>>();
        for (var status : PartnershipStatus.values()) {
            rows.add(new Count<>(status, counts.getOrDefault(status, 0L)));
        }
        return rows;
    }

    private List<Count<String>> partnershipsByCountry() {
        var counts = grouped(Partnership.class, partnershipScope(), root -> root.get("countryCode"));
        return counts.entrySet().stream().map(e -> new Count<>((String) e.getKey(), e.getValue()))
                .sorted(Comparator.comparing((Count<String> c) -> -c.count()).thenComparing(Count::key))
                .toList();
    }

    private long countPartnershipsAwaitingConfirmation() {
        return count(Partnership.class, partnershipScope(),
                (root, cb) -> cb.isTrue(root.get("awaitingConfirmation")));
    }

    // ------------------------------------------------------------------------------------------------ programmes

    private Specification<Programme> programmeScope() {
        return scope.sharedAnyCountryIn("countryCodes", "sharedWithPartners");
    }

    private List<Count<ActivityStatus>> programmesByStatus() {
        var counts = grouped(Programme.class, programmeScope(), root -> root.get("activityStatus"));
        var rows = new ArrayList<Count<ActivityStatus>>();
        for (var status : ActivityStatus.values()) {
            rows.add(new Count<>(status, counts.getOrDefault(status, 0L)));
        }
        return rows;
    }

    /** Programmes per sector; a programme of several sectors counts once in each (as the sector filter finds it). */
    private List<Count<Sector>> programmesBySector() {
        if (!scope.isRestricted()) {
            // staff count every programme: the sectors' table alone, along its (sector, programme) index, instead of
            // joining each row to its programme (40–64 ms instead of 220–270 ms on 50,000 programmes)
            @SuppressWarnings("unchecked")
            List<Object[]> rows = entityManager.createNativeQuery("SELECT sector, COUNT(DISTINCT programme_id)"
                    + " FROM programme_sector GROUP BY sector").getResultList();
            return rows.stream()
                    .map(r -> new Count<>(Sector.valueOf((String) r[0]), ((Number) r[1]).longValue()))
                    .sorted(Comparator.comparing((Count<Sector> c) -> -c.count()).thenComparing(c -> c.key().ordinal()))
                    .toList();
        }
        var cb = entityManager.getCriteriaBuilder();
        var query = cb.createTupleQuery();
        var root = query.from(Programme.class);
        var sector = root.join("sectors").<Sector>get("sector");
        query.multiselect(sector, cb.countDistinct(root))
                .where(programmeScope().toPredicate(root, query, cb))
                .groupBy(sector);
        return entityManager.createQuery(query).getResultList().stream()
                .map(t -> new Count<>(t.get(0, Sector.class), t.get(1, Long.class)))
                .sorted(Comparator.comparing((Count<Sector> c) -> -c.count()).thenComparing(c -> c.key().ordinal()))
                .toList();
    }

    /** Committed and disbursed sums per country and currency, from the transactions of the visible programmes. */
    private List<Money> money() {
        // country, currency, transaction type, sum
        List<Object[]> rows;
        if (!scope.isRestricted()) {
            // staff sum every programme: the sums per programme that ProgrammeMoney keeps, added up along their
            // (country, currency, type, amount) index, instead of joining 50,000 programmes' countries with their
            // transactions at each view (330–700 ms)
            @SuppressWarnings("unchecked")
            List<Object[]> all = entityManager.createNativeQuery("SELECT country_code, currency, type, SUM(amount)"
                    + " FROM programme_money GROUP BY country_code, currency, type").getResultList();
            rows = all.stream().map(r -> new Object[] {r[0], r[1], TransactionType.valueOf((String) r[2]),
                    r[3] instanceof BigDecimal sum ? sum : new BigDecimal(r[3].toString())}).toList();
        } else {
            var cb = entityManager.getCriteriaBuilder();
            var query = cb.createTupleQuery();
            var root = query.from(Programme.class);
            Expression<String> country = root.join("countryCodes");
            var transaction = root.join("transactions");
            Expression<String> currency = transaction.get("currency");
            Expression<TransactionType> type = transaction.get("type");
            Expression<BigDecimal> amount = transaction.get("amount");
            query.multiselect(country, currency, type, cb.sum(amount))
                    .where(programmeScope().toPredicate(root, query, cb))
                    .groupBy(country, currency, type);
            rows = entityManager.createQuery(query).getResultList().stream()
                    .map(t -> new Object[] {t.get(0), t.get(1), t.get(2), t.get(3)}).toList();
        }
        var sums = new LinkedHashMap<List<String>, BigDecimal[]>();
        for (var row : rows) {
            var key = List.of((String) row[0], (String) row[1]);
            var pair = sums.computeIfAbsent(key, k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            pair[row[2] == TransactionType.COMMITMENT ? 0 : 1] = (BigDecimal) row[3];
        }
        return sums.entrySet().stream()
                .map(e -> new Money(e.getKey().get(0), e.getKey().get(1), e.getValue()[0], e.getValue()[1]))
                .sorted(Comparator.comparing(Money::currency).thenComparing(Money::countryCode))
                .toList();
    }

    private long countProgrammes(ApprovalState approval) {
        return count(Programme.class, programmeScope(), (root, cb) -> cb.equal(root.get("approval"), approval));
    }

    private List<ProgrammeRow> programmes(ApprovalState approval, Locale language) {
        var cb = entityManager.getCriteriaBuilder();
        var query = cb.createTupleQuery();
        var root = query.from(Programme.class);
        query.multiselect(root.get("id"), root.get("identifier"), root.get("titleUk"), root.get("titleEn"),
                        root.get("titleLt"))
                .where(cb.and(programmeScope().toPredicate(root, query, cb),
                        cb.equal(root.get("approval"), approval)))
                .orderBy(cb.desc(root.get("updatedAt")), cb.asc(root.get("id")));
        return entityManager.createQuery(query).setMaxResults(LIST_SIZE).getResultList().stream()
                .map(t -> new ProgrammeRow(t.get(0, Long.class), t.get(1, String.class),
                        ProgrammeTexts.pick(language, t.get(2, String.class), t.get(3, String.class),
                                t.get(4, String.class), t.get(1, String.class))))
                .toList();
    }

    // -------------------------------------------------------------------------------------------------- meetings

    private Specification<Meeting> meetingScope() {
        return scope.sharedAnyCountryIn("countryCodes", "sharedWithPartners");
    }

    /** The meetings list's own rule for a date period: meetings that overlap it (Kyiv days, both ends included). */
    private Predicate inPeriod(Root<Meeting> root, CriteriaBuilder cb, Period period, Collection<MeetingType> types) {
        var from = period.from().atStartOfDay(PortalTime.ZONE).toInstant();
        var to = period.to().plusDays(1).atStartOfDay(PortalTime.ZONE).toInstant();
        var predicates = new ArrayList<Predicate>();
        predicates.add(cb.greaterThan(root.get("endsAt"), from));
        // implied by the line above (a meeting lasts at most 31 days), and it bounds the start index's range from
        // below: without it every meeting that started before the period's end was read (2.5 s on a million)
        predicates.add(cb.greaterThan(root.get("startsAt"), MeetingService.startsAfterForEndsAfter(from)));
        predicates.add(cb.lessThan(root.get("startsAt"), to));
        if (types != null) {
            predicates.add(root.get("type").in(types));
        }
        return cb.and(predicates.toArray(Predicate[]::new));
    }

    private long countMeetings(Period period, MeetingType type) {
        return count(Meeting.class, meetingScope(),
                (root, cb) -> inPeriod(root, cb, period, type == null ? null : List.of(type)));
    }

    private List<MeetingRow> meetings(Period period, Collection<MeetingType> types) {
        var cb = entityManager.getCriteriaBuilder();
        var query = cb.createTupleQuery();
        var root = query.from(Meeting.class);
        query.multiselect(root.get("id"), root.get("title"), root.get("type"), root.get("startsAt"),
                        root.get("endsAt"))
                .where(cb.and(meetingScope().toPredicate(root, query, cb), inPeriod(root, cb, period, types)))
                .orderBy(cb.asc(root.get("startsAt")), cb.asc(root.get("id")));
        return entityManager.createQuery(query).setMaxResults(LIST_SIZE).getResultList().stream()
                .map(t -> new MeetingRow(t.get(0, Long.class), t.get(1, String.class), t.get(2, MeetingType.class),
                        t.get(3, Instant.class), t.get(4, Instant.class)))
                .toList();
    }

    // ---------------------------------------------------------------------------------------------- action items

    /**
     * The reader's own open items whose meeting they may see (the rule of "My action items"); only overdue ones when
     * asked.
     */
    private long countMyItems(LocalDate today, boolean overdueOnly) {
        var cb = entityManager.getCriteriaBuilder();
        var query = cb.createQuery(Long.class);
        var meeting = query.from(Meeting.class);
        var item = query.from(ActionItem.class);
        query.select(cb.count(item)).where(myOpenItems(query, cb, meeting, item, today, overdueOnly));
        return entityManager.createQuery(query).getSingleResult();
    }

    private List<ActionItemRow> myItems(LocalDate today) {
        var cb = entityManager.getCriteriaBuilder();
        var query = cb.createTupleQuery();
        var meeting = query.from(Meeting.class);
        var item = query.from(ActionItem.class);
        // due date ascending puts the overdue ones first, as "My action items" does
        query.multiselect(item.get("id"), item.get("title"), item.get("dueOn"), item.get("status"), meeting.get("id"),
                        meeting.get("title"))
                .where(myOpenItems(query, cb, meeting, item, today, false))
                .orderBy(cb.asc(item.get("dueOn")), cb.asc(item.get("id")));
        return entityManager.createQuery(query).setMaxResults(LIST_SIZE).getResultList().stream()
                .map(t -> {
                    var status = t.get(3, ActionItemStatus.class);
                    var due = t.get(2, LocalDate.class);
                    return new ActionItemRow(t.get(0, Long.class), t.get(1, String.class), due, status,
                            status.overdue(due, today), t.get(4, Long.class), t.get(5, String.class));
                })
                .toList();
    }

    private Predicate myOpenItems(CriteriaQuery<?> query, CriteriaBuilder cb, Root<Meeting> meeting,
                                  Root<ActionItem> item, LocalDate today, boolean overdueOnly) {
        var me = currentUser.require().id();
        var predicates = new ArrayList<Predicate>();
        predicates.add(cb.equal(item.get("meetingId"), meeting.get("id")));
        predicates.add(cb.equal(item.get("ownerUserId"), me));
        predicates.add(item.get("status").in(OPEN));
        if (overdueOnly) {
            predicates.add(cb.lessThan(item.get("dueOn"), today));
        }
        predicates.add(meetingScope().toPredicate(meeting, query, cb));
        return cb.and(predicates.toArray(Predicate[]::new));
    }

    /** Open items past their due date, per owner (a portal user or a registry person), most overdue first. */
    private List<OwnerOverdue> overdueByOwner(LocalDate today, Locale language) {
        var cb = entityManager.getCriteriaBuilder();
        var query = cb.createTupleQuery();
        var item = query.from(ActionItem.class);
        Expression<Long> userId = item.get("ownerUserId");
        Expression<Long> personId = item.get("ownerPersonId");
        var predicates = new ArrayList<Predicate>(List.of(item.get("status").in(OPEN),
                cb.lessThan(item.get("dueOn"), today)));
        if (scope.isRestricted()) {
            // the items of the meetings the user may see; staff see all, and without the join the count reads only
            // the (status, due date, owner) index: 35 ms instead of 650 ms on two million items
            var meeting = query.from(Meeting.class);
            predicates.add(cb.equal(item.get("meetingId"), meeting.get("id")));
            predicates.add(meetingScope().toPredicate(meeting, query, cb));
        }
        query.multiselect(userId, personId, cb.count(item))
                .where(predicates.toArray(Predicate[]::new))
                .groupBy(userId, personId);
        // the owners with the most overdue items (the panel is a summary; each owner's figure links to the list):
        // on a large office every owner's name and row would cost the page more than it tells
        var rows = entityManager.createQuery(query).getResultList().stream()
                .sorted(Comparator.comparing((Tuple t) -> -t.get(2, Long.class))
                        .thenComparing(t -> t.get(0, Long.class), Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(t -> t.get(1, Long.class), Comparator.nullsLast(Comparator.naturalOrder())))
                .limit(OWNER_LIST_SIZE)
                .toList();
        var userNames = users.displayNames(rows.stream().map(t -> t.get(0, Long.class)).filter(Objects::nonNull)
                .collect(HashSet::new, HashSet::add, HashSet::addAll));
        var personNames = personNames(rows.stream().map(t -> t.get(1, Long.class)).filter(Objects::nonNull)
                .toList(), language);
        return rows.stream().map(t -> {
                    var user = t.get(0, Long.class);
                    var person = t.get(1, Long.class);
                    var name = user != null ? userNames.get(user) : person != null ? personNames.get(person) : null;
                    return new OwnerOverdue(user, person, name, t.get(2, Long.class));
                })
                .sorted(Comparator.comparing((OwnerOverdue o) -> -o.overdue())
                        .thenComparing(o -> o.ownerName() == null ? "" : o.ownerName()))
                .toList();
    }

    private Map<Long, String> personNames(List<Long> ids, Locale language) {
        var names = new HashMap<Long, String>();
        if (ids.isEmpty()) {
            return names;
        }
        var latin = !language.getLanguage().equals("uk");
        entityManager.createQuery("select p.id, p.givenName, p.familyName, p.givenNameLatin, p.familyNameLatin"
                        + " from Person p where p.id in :ids", Tuple.class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(t -> {
                    var given = t.get(1, String.class);
                    var family = t.get(2, String.class);
                    if (latin && t.get(3, String.class) != null && t.get(4, String.class) != null) {
                        given = t.get(3, String.class);
                        family = t.get(4, String.class);
                    }
                    names.put(t.get(0, Long.class), given + " " + family);
                });
        return names;
    }

    // ------------------------------------------------------------------------------------------ recent changes

    /**
     * The latest revisions of partnerships, programmes and meetings (one row per record, its newest change), newest
     * first, as far as the reader may see the record.
     */
    private List<ChangedRecord> recentlyChanged(Locale language) {
        var reader = AuditReaderFactory.get(entityManager);
        record Revision(ChangedRecord.Kind kind, long id, long rev, long timestamp, String username,
                        RevisionType type) {
        }
        var latest = new ArrayList<Revision>();
        var kinds = Map.of(ChangedRecord.Kind.PARTNERSHIP, Partnership.class, ChangedRecord.Kind.PROGRAMME,
                Programme.class, ChangedRecord.Kind.MEETING, Meeting.class);
        for (var entry : kinds.entrySet()) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = reader.createQuery()
                    .forRevisionsOfEntity(entry.getValue(), false, true)
                    .addProjection(AuditEntity.id())
                    .addProjection(AuditEntity.revisionNumber())
                    .addProjection(AuditEntity.revisionProperty("timestamp"))
                    .addProjection(AuditEntity.revisionProperty("username"))
                    .addProjection(AuditEntity.revisionType())
                    .addOrder(AuditEntity.revisionNumber().desc())
                    .setMaxResults(RECENT_SIZE * 3)
                    .getResultList();
            var seen = new HashSet<Long>();
            for (var row : rows) {
                var id = ((Number) row[0]).longValue();
                if (seen.add(id) && row[4] != RevisionType.DEL) {
                    latest.add(new Revision(entry.getKey(), id, ((Number) row[1]).longValue(),
                            ((Number) row[2]).longValue(), (String) row[3], (RevisionType) row[4]));
                }
            }
        }
        latest.sort(Comparator.comparingLong(Revision::rev).reversed());
        var names = new HashMap<ChangedRecord.Kind, Map<Long, String>>();
        for (var kind : ChangedRecord.Kind.values()) {
            var ids = latest.stream().filter(r -> r.kind() == kind).map(Revision::id).toList();
            names.put(kind, ids.isEmpty() ? Map.of() : switch (kind) {
                case PARTNERSHIP -> partnershipNames(ids, language);
                case PROGRAMME -> programmeNames(ids, language);
                case MEETING -> meetingNames(ids);
            });
        }
        // a record the reader may not see (or one deleted since) has no name here and is left out
        return latest.stream()
                .filter(r -> names.get(r.kind()).containsKey(r.id()))
                .limit(RECENT_SIZE)
                .map(r -> new ChangedRecord(r.kind(), r.id(), names.get(r.kind()).get(r.id()),
                        Instant.ofEpochMilli(r.timestamp()), r.username(), r.type() == RevisionType.ADD))
                .toList();
    }

    private Map<Long, String> partnershipNames(List<Long> ids, Locale language) {
        var cb = entityManager.getCriteriaBuilder();
        var query = cb.createTupleQuery();
        var root = query.from(Partnership.class);
        var ukrainian = root.join("ukrainianMunicipality");
        var partnerMunicipality = root.join("partnerMunicipality", jakarta.persistence.criteria.JoinType.LEFT);
        var partnerOrganisation = root.join("partnerOrganisation", jakarta.persistence.criteria.JoinType.LEFT);
        query.multiselect(root.get("id"), ukrainian, partnerMunicipality, partnerOrganisation)
                .where(cb.and(root.get("id").in(ids), partnershipScope().toPredicate(root, query, cb)));
        var names = new HashMap<Long, String>();
        for (var t : entityManager.createQuery(query).getResultList()) {
            var ua = t.get(1, Municipality.class);
            var pm = t.get(2, Municipality.class);
            var po = t.get(3, Organisation.class);
            var partner = pm != null ? RegistryNames.nameIn(pm.getNameOriginal(), pm.getNameUk(), pm.getNameEn(),
                    language) : po != null ? RegistryNames.nameIn(po.getNameOriginal(), po.getNameUk(),
                    po.getNameEn(), language) : "";
            names.put(t.get(0, Long.class), RegistryNames.nameIn(ua.getNameOriginal(), ua.getNameUk(),
                    ua.getNameEn(), language) + " — " + partner);
        }
        return names;
    }

    private Map<Long, String> programmeNames(List<Long> ids, Locale language) {
        var cb = entityManager.getCriteriaBuilder();
        var query = cb.createTupleQuery();
        var root = query.from(Programme.class);
        query.multiselect(root.get("id"), root.get("identifier"), root.get("titleUk"), root.get("titleEn"),
                        root.get("titleLt"))
                .where(cb.and(root.get("id").in(ids), programmeScope().toPredicate(root, query, cb)));
        var names = new HashMap<Long, String>();
        for (var t : entityManager.createQuery(query).getResultList()) {
            names.put(t.get(0, Long.class), ProgrammeTexts.pick(language, t.get(2, String.class),
                    t.get(3, String.class),
                    t.get(4, String.class), t.get(1, String.class)));
        }
        return names;
    }

    private Map<Long, String> meetingNames(List<Long> ids) {
        var cb = entityManager.getCriteriaBuilder();
        var query = cb.createTupleQuery();
        var root = query.from(Meeting.class);
        query.multiselect(root.get("id"), root.get("title"))
                .where(cb.and(root.get("id").in(ids), meetingScope().toPredicate(root, query, cb)));
        var names = new HashMap<Long, String>();
        for (var t : entityManager.createQuery(query).getResultList()) {
            names.put(t.get(0, Long.class), t.get(1, String.class));
        }
        return names;
    }

    // --------------------------------------------------------------------------------------------------- helpers

    /** The date today in Kyiv: the office's day. */
    LocalDate today() {
        return LocalDate.now(clock.withZone(PortalTime.ZONE));
    }

    private <T> Map<Object, Long> grouped(Class<T> type, Specification<T> scoped,
                                          Function<Root<T>, Expression<?>> key) {
        var cb = entityManager.getCriteriaBuilder();
        var query = cb.createTupleQuery();
        var root = query.from(type);
        var expression = key.apply(root);
        query.multiselect(expression, cb.count(root))
                .where(scoped.toPredicate(root, query, cb))
                .groupBy(expression);
        var counts = new HashMap<Object, Long>();
        for (var row : entityManager.createQuery(query).getResultList()) {
            counts.put(row.get(0), row.get(1, Long.class));
        }
        return counts;
    }

    private interface Condition<T> {
        Predicate on(Root<T> root, CriteriaBuilder cb);
    }

    private <T> long count(Class<T> type, Specification<T> scoped, Condition<T> condition) {
        var cb = entityManager.getCriteriaBuilder();
        var query = cb.createQuery(Long.class);
        var root = query.from(type);
        query.select(cb.count(root))
                .where(cb.and(scoped.toPredicate(root, query, cb), condition.on(root, cb)));
        return entityManager.createQuery(query).getSingleResult();
    }

}
