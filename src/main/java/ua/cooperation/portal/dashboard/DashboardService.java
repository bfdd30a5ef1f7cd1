package ua.cooperation.portal.dashboard;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ua.cooperation.portal.base.PortalTime;
import ua.cooperation.portal.dashboard.DashboardRows.Count;
import ua.cooperation.portal.dashboard.DashboardRows.MeetingRow;
import ua.cooperation.portal.dashboard.DashboardRows.Period;
import ua.cooperation.portal.meeting.Meeting;
import ua.cooperation.portal.meeting.MeetingService;
import ua.cooperation.portal.meeting.MeetingType;
import ua.cooperation.portal.partnership.Partnership;
import ua.cooperation.portal.partnership.PartnershipStatus;
import ua.cooperation.portal.programme.ApprovalState;
import ua.cooperation.portal.security.CountryScope;
import ua.cooperation.portal.security.CurrentUser;
import ua.cooperation.portal.security.Role;
import ua.cooperation.portal.translation.ContentTranslations;
import ua.cooperation.portal.translation.RecordTexts;
import ua.cooperation.portal.translation.TextOwnerKind;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;

/**
 * The figures of the start page, per role. Every figure is one aggregate query (GROUP BY over indexed columns, rows
 * projected to small records; no entity is loaded to be counted), narrowed by {@link CountryScope} exactly as the
 * list behind it is: the list a figure links to shows the rows the figure counted. Dates are Kyiv dates.
 *
 * <p>This class holds the three dashboards, which are the entry points (roles, transaction), and the partnership and
 * meeting figures; the programme figures, the action items and the recent changes have a class each, and the
 * scopes and aggregate shapes they share are in {@link DashboardQueries}.
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

    private final EntityManager entityManager;
    private final DashboardQueries queries;
    private final ProgrammeFigures programmes;
    private final ActionItemFigures items;
    private final RecentChanges recent;
    private final TopicFigures topics;
    private final PortalTime time;
    private final CurrentUser currentUser;
    private final RecordTexts texts;
    private final ContentTranslations translations;

    DashboardService(EntityManager entityManager, DashboardQueries queries, ProgrammeFigures programmes,
                     ActionItemFigures items, RecentChanges recent, PortalTime time, CurrentUser currentUser,
                     RecordTexts texts, ContentTranslations translations, TopicFigures topics) {
        this.topics = topics;
        this.texts = texts;
        this.translations = translations;
        this.entityManager = entityManager;
        this.queries = queries;
        this.programmes = programmes;
        this.items = items;
        this.recent = recent;
        this.time = time;
        this.currentUser = currentUser;
    }

    // ------------------------------------------------------------------------------------------------ dashboards

    /**
     * Which dashboards the start page shows the signed-in reader: one per role they hold, the same roles that the
     * dashboards themselves require. Any signed-in user may ask.
     */
    @PreAuthorize("isAuthenticated()")
    public DashboardSections sectionsForCurrentUser() {
        var user = currentUser.require();
        return new DashboardSections(user.hasRole(Role.OFFICER), user.hasRole(Role.HEAD), user.hasRole(Role.LIAISON),
                user.isCountryRestricted());
    }

    /**
     * The officer's figures: own items, this week's meetings, returned programmes, recent changes, translations to do.
     */
    @RolesAllowed(Role.Names.OFFICER)
    @Transactional(readOnly = true)
    public OfficerDashboard officerDashboard(Locale language) {
        var today = today();
        var week = new Period(today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
                today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)));
        return new OfficerDashboard(items.countMyItems(today, false), items.countMyItems(today, true),
                items.myItems(today, language), week, countMeetings(week, null), meetings(week, null, language),
                programmes.countProgrammes(ApprovalState.RETURNED), programmes.programmes(ApprovalState.RETURNED, language),
                recent.recentlyChanged(language), translations.workCounts());
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
        return new HeadDashboard(partnershipsByStatus(), partnershipsByCountry(), programmes.programmesByStatus(),
                programmes.programmesBySector(), programmes.money(), items.overdueByOwner(today, language), visits, byType,
                meetings(visits, HeadDashboard.VISIT_TYPES, language), programmes.countProgrammes(ApprovalState.SUBMITTED),
                countPartnershipsAwaitingConfirmation());
    }

    /** The liaison's view of their own countries: every figure through the country scope. */
    @RolesAllowed(Role.Names.LIAISON)
    @Transactional(readOnly = true)
    public LiaisonDashboard liaisonDashboard(Locale language) {
        var today = today();
        var period = new Period(today, today.plusDays(MEETING_DAYS));
        return new LiaisonDashboard(partnershipsByStatus(), programmes.programmesByStatus(), period,
                countMeetings(period, null), meetings(period, null, language),
                items.countMyItems(today, false), items.countMyItems(today, true), items.myItems(today, language));
    }

    /**
     * Meetings and decisions by cooperation area and by target group (issue 22), in the reader's scope: an officer and
     * a head count all, a liaison her countries' shared ones.
     */
    @RolesAllowed({Role.Names.OFFICER, Role.Names.HEAD, Role.Names.LIAISON})
    @Transactional(readOnly = true)
    public TopicCounts topicCounts() {
        return topics.counts();
    }

    // ---------------------------------------------------------------------------------------------- partnerships

    private List<Count<PartnershipStatus>> partnershipsByStatus() {
        var counts = queries.grouped(Partnership.class, queries.partnershipScope(), root -> root.get("status"));
        var rows = new ArrayList<Count<PartnershipStatus>>();
        for (var status : PartnershipStatus.values()) {
            rows.add(new Count<>(status, counts.getOrDefault(status, 0L)));
        }
        return rows;
    }

    private List<Count<String>> partnershipsByCountry() {
        var counts = queries.grouped(Partnership.class, queries.partnershipScope(), root -> root.get("countryCode"));
        return counts.entrySet().stream().map(e -> new Count<>((String) e.getKey(), e.getValue()))
                .sorted(Comparator.comparing((Count<String> c) -> -c.count()).thenComparing(Count::key))
                .toList();
    }

    private long countPartnershipsAwaitingConfirmation() {
        return queries.count(Partnership.class, queries.partnershipScope(),
                (root, cb) -> cb.isTrue(root.get("awaitingConfirmation")));
    }

    // -------------------------------------------------------------------------------------------------- meetings

    /** The meetings list's own rule for a date period: meetings that overlap it (Kyiv days, both ends included). */
    private Predicate inPeriod(Root<Meeting> root, CriteriaBuilder cb, Period period, Collection<MeetingType> types) {
        var from = PortalTime.startOf(period.from());
        var to = PortalTime.startOf(period.to().plusDays(1));
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
        return queries.count(Meeting.class, queries.meetingScope(),
                (root, cb) -> inPeriod(root, cb, period, type == null ? null : List.of(type)));
    }

    private List<MeetingRow> meetings(Period period, Collection<MeetingType> types, Locale language) {
        var cb = entityManager.getCriteriaBuilder();
        var query = cb.createTupleQuery();
        var root = query.from(Meeting.class);
        query.multiselect(root.get("id"), root.get("title"), root.get("type"), root.get("startsAt"),
                        root.get("endsAt"))
                .where(cb.and(queries.meetingScope().toPredicate(root, query, cb), inPeriod(root, cb, period, types)))
                .orderBy(cb.asc(root.get("startsAt")), cb.asc(root.get("id")));
        var rows = entityManager.createQuery(query).setMaxResults(LIST_SIZE).getResultList();
        var titles = new HashMap<Long, String>();
        rows.forEach(t -> titles.put(t.get(0, Long.class), t.get(1, String.class)));
        var shown = texts.localize(TextOwnerKind.MEETING, "title", titles, language);
        return rows.stream()
                .map(t -> new MeetingRow(t.get(0, Long.class), shown.get(t.get(0, Long.class)),
                        t.get(2, MeetingType.class), t.get(3, Instant.class), t.get(4, Instant.class)))
                .toList();
    }

    // --------------------------------------------------------------------------------------------------- helpers

    /** The date today in Kyiv: the office's day. */
    LocalDate today() {
        return time.today();
    }
}
