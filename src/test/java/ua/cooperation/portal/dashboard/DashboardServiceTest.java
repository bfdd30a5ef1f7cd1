package ua.cooperation.portal.dashboard;

import ua.cooperation.portal.base.PortalTime;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import ua.cooperation.portal.dashboard.DashboardRows.Count;
import ua.cooperation.portal.dashboard.DashboardRows.Money;
import ua.cooperation.portal.dashboard.DashboardRows.Period;
import ua.cooperation.portal.meeting.ActionItemChanges;
import ua.cooperation.portal.meeting.ActionItemService;
import ua.cooperation.portal.meeting.ActionItemStatus;
import ua.cooperation.portal.meeting.ActionItemView;
import ua.cooperation.portal.meeting.MeetingChanges;
import ua.cooperation.portal.meeting.MeetingFilter;
import ua.cooperation.portal.meeting.MeetingService;
import ua.cooperation.portal.meeting.MeetingType;
import ua.cooperation.portal.partnership.CooperationArea;
import ua.cooperation.portal.partnership.PartnershipChanges;
import ua.cooperation.portal.partnership.PartnershipFilter;
import ua.cooperation.portal.partnership.PartnershipService;
import ua.cooperation.portal.partnership.PartnershipStatus;
import ua.cooperation.portal.partnership.PartnershipType;
import ua.cooperation.portal.programme.ActivityStatus;
import ua.cooperation.portal.programme.ProgrammeChanges;
import ua.cooperation.portal.programme.ProgrammeFilter;
import ua.cooperation.portal.programme.ProgrammeService;
import ua.cooperation.portal.programme.Sector;
import ua.cooperation.portal.programme.TransactionType;
import ua.cooperation.portal.registry.MunicipalityService;
import ua.cooperation.portal.registry.PersonChanges;
import ua.cooperation.portal.registry.PersonService;
import ua.cooperation.portal.testsupport.IntegrationTest;
import ua.cooperation.portal.translation.ContentTranslations;
import ua.cooperation.portal.translation.TextOwnerKind;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ua.cooperation.portal.testsupport.SignedIn.as;

/**
 * The dashboard figures: against the demo data (db/changelog/demo), against records made here, through the liaison
 * scope, and — the promise of every figure — equal to the count of the list its link opens with the same filter.
 * The tests share one database with others, so figures about demo data are checked as lower bounds or as equal to
 * the lists, and figures about own records as differences.
 */
@IntegrationTest
class DashboardServiceTest {

    private static final Locale UK = Locale.forLanguageTag("uk");
    private static final Locale LT = Locale.forLanguageTag("lt");
    private static final long OFFICER_ID = 2;
    /** Hromadas of Luhansk oblast (KATOTTH 2025-05-16) that no other test uses. */
    private static final String DOVZHANSK = "UA44040010000091230";
    private static final String ALCHEVSK = "UA44020010000067642";

    @Autowired
    DashboardService dashboards;
    @Autowired
    ContentTranslations translations;
    @Autowired
    PartnershipService partnerships;
    @Autowired
    ProgrammeService programmes;
    @Autowired
    PersonService people;
    @Autowired
    MeetingService meetings;
    @Autowired
    ActionItemService actionItemService;
    @Autowired
    MunicipalityService municipalities;

    @Test
    void every_head_figure_equals_the_count_of_the_list_it_links_to() {
        try (var ignored = as("head")) {
            var head = dashboards.headDashboard(UK);
            for (var c : head.partnershipsByStatus()) {
                assertThat(c.count()).as("partnerships?status=" + c.key())
                        .isEqualTo(partnerships.countVisible(statusFilter(c.key())));
            }
            for (var c : head.partnershipsByCountry()) {
                assertThat(c.count()).as("partnerships?country=" + c.key())
                        .isEqualTo(partnerships.countVisible(PartnershipFilter.ofCountry(c.key())));
            }
            for (var c : head.programmesByStatus()) {
                assertThat(c.count()).as("programmes?status=" + c.key())
                        .isEqualTo(programmes.countVisible(new ProgrammeFilter(null, null, c.key(), null, null, null)));
            }
            for (var c : head.programmesBySector()) {
                assertThat(c.count()).as("programmes?sector=" + c.key())
                        .isEqualTo(programmes.countVisible(new ProgrammeFilter(null, null, null, null, c.key(), null)));
            }
            assertThat(head.programmesAwaitingApproval())
                    .isEqualTo(programmes.countVisible(ProgrammeFilter.awaitingApproval()));
            assertThat(head.partnershipsAwaitingConfirmation())
                    .isEqualTo(partnerships.countVisible(PartnershipFilter.awaitingConfirmationOnly()));
            for (var c : head.visitsByType()) {
                assertThat(c.count()).as("meetings?type=" + c.key())
                        .isEqualTo(meetings.countVisible(periodFilter(head.visitPeriod(), c.key())));
            }
            assertThat(head.visits()).allSatisfy(m -> assertThat(HeadDashboard.VISIT_TYPES).contains(m.type()));
        }
    }

    @Test
    void head_figures_hold_the_demo_records_and_never_mix_currencies() {
        try (var ignored = as("head")) {
            var head = dashboards.headDashboard(UK);
            // demo: Sievierodonetsk–Druskininkai ACTIVE (LT), –Lublin NEGOTIATING (PL), Starobilsk–Alytus PROPOSED
            assertThat(count(head.partnershipsByStatus(), PartnershipStatus.ACTIVE)).isGreaterThanOrEqualTo(1);
            assertThat(count(head.partnershipsByStatus(), PartnershipStatus.NEGOTIATING)).isGreaterThanOrEqualTo(1);
            assertThat(head.partnershipsByStatus()).extracting(Count::key)
                    .containsExactly(PartnershipStatus.values());
            assertThat(count(head.partnershipsByCountry(), "LT")).isGreaterThanOrEqualTo(2);
            assertThat(count(head.partnershipsByCountry(), "PL")).isGreaterThanOrEqualTo(1);
            // demo programmes: two sectors shared by 1 and 2 (basic health care), the submitted Polish programme
            assertThat(count(head.programmesBySector(), Sector.BASIC_HEALTH_CARE)).isGreaterThanOrEqualTo(2);
            assertThat(head.programmesAwaitingApproval()).isGreaterThanOrEqualTo(1);
            assertThat(head.programmesByStatus().stream().mapToLong(Count::count).sum())
                    .isEqualTo(programmes.countVisible(ProgrammeFilter.none()));
            // demo programme 1 (LT): committed 120,000 EUR, disbursed 60,000 + 35,000 EUR and 150,000 UAH
            var ltEur = money(head.money(), "LT", "EUR");
            assertThat(ltEur.committed()).isGreaterThanOrEqualTo(new BigDecimal("120000"));
            assertThat(ltEur.disbursed()).isGreaterThanOrEqualTo(new BigDecimal("95000"));
            var ltUah = money(head.money(), "LT", "UAH");
            assertThat(ltUah.disbursed()).isGreaterThanOrEqualTo(new BigDecimal("150000"));
            assertThat(head.money()).doesNotHaveDuplicates()
                    .extracting(m -> m.countryCode() + "/" + m.currency()).doesNotHaveDuplicates();
        }
    }

    @Test
    void the_heads_money_per_country_follows_a_programmes_transactions_and_countries_as_they_are_saved() {
        // a currency no demo programme uses, so that these sums are this programme's alone
        var identifier = "UA-TEST-MONEY-" + System.nanoTime();
        long id;
        long version;
        try (var ignored = as("officer")) {
            var created = programmes.create(moneyChanges(null, 0, identifier, Set.of("LT", "PL"), List.of(
                    new ProgrammeChanges.Transaction(TransactionType.COMMITMENT, LocalDate.of(2026, 3, 1),
                            new BigDecimal("1000.00"), "ISK", null, null),
                    new ProgrammeChanges.Transaction(TransactionType.DISBURSEMENT, LocalDate.of(2026, 4, 1),
                            new BigDecimal("250.50"), "ISK", null, null))), UK);
            id = created.id();
            version = created.version();
        }
        try (var ignored = as("head")) {
            var money = dashboards.headDashboard(UK).money();
            for (var country : List.of("LT", "PL")) {
                assertThat(money(money, country, "ISK").committed()).isEqualByComparingTo("1000.00");
                assertThat(money(money, country, "ISK").disbursed()).isEqualByComparingTo("250.50");
            }
        }
        try (var ignored = as("officer")) {
            programmes.update(moneyChanges(id, version, identifier, Set.of("LT"), List.of(
                    new ProgrammeChanges.Transaction(TransactionType.DISBURSEMENT, LocalDate.of(2026, 4, 1),
                            new BigDecimal("300.00"), "ISK", null, null))), UK);
        }
        try (var ignored = as("head")) {
            var money = dashboards.headDashboard(UK).money();
            assertThat(money(money, "LT", "ISK").committed()).isEqualByComparingTo("0");
            assertThat(money(money, "LT", "ISK").disbursed()).isEqualByComparingTo("300.00");
            // the country left the programme, and with it the programme's money there
            assertThat(money).noneMatch(m -> m.countryCode().equals("PL") && m.currency().equals("ISK"));
        }
    }

    @Test
    void the_heads_overdue_panel_lists_the_owners_with_the_most_overdue_items_first_and_ten_at_most() {
        long busiest;
        try (var ignored = as("officer")) {
            var today = dashboards.today();
            var start = today.atStartOfDay(PortalTime.ZONE).toInstant().minus(20, ChronoUnit.DAYS);
            var meetingId = meetings.create(new MeetingChanges(null, 0, MeetingType.EMBASSY_MEETING,
                    "Дашборд: доручення багатьом", start, start.plus(1, ChronoUnit.HOURS), "Київ", null,
                    Set.of("LT"), Set.of(), Set.of(), Set.of(), null, null, null, true), UK).id();
            var owners = new java.util.ArrayList<Long>();
            for (int i = 0; i <= DashboardService.OWNER_LIST_SIZE; i++) {
                owners.add(people.create(new PersonChanges(null, 0, "Власник" + i, "Дашборд-" + System.nanoTime(),
                        null, null, "LT", null, null, null)).id());
            }
            busiest = owners.getFirst();
            for (int i = 0; i < owners.size(); i++) {
                // the first owner has three overdue items (more than any other owner the test data gives), the rest one
                for (int n = 0; n < (i == 0 ? 3 : 1); n++) {
                    actionItemService.saveActionItem(new ActionItemChanges(null, 0, meetingId, null, "Прострочене " + i + "/" + n,
                            null, owners.get(i), today.minusDays(2), ActionItemStatus.OPEN, null, null, null), UK);
                }
            }
        }
        try (var ignored = as("head")) {
            var panel = dashboards.headDashboard(UK).overdueByOwner();
            // eleven new owners with overdue items and more in the test data: the panel keeps ten
            assertThat(panel).hasSize(DashboardService.OWNER_LIST_SIZE);
            assertThat(panel).extracting(DashboardRows.OwnerOverdue::overdue)
                    .isSortedAccordingTo(java.util.Comparator.reverseOrder());
            assertThat(panel).filteredOn(o -> Long.valueOf(busiest).equals(o.ownerPersonId()))
                    .singleElement().satisfies(o -> assertThat(o.overdue()).isEqualTo(3));
        }
    }

    private static ProgrammeChanges moneyChanges(Long id, long version, String identifier, Set<String> countries,
                                                 List<ProgrammeChanges.Transaction> transactions) {
        return new ProgrammeChanges(id, version, identifier, "Гроші", null,
                ActivityStatus.PIPELINE, null, null, null, null, countries, Set.of(), Set.of(), Set.of(), List.of(),
                List.of(), null, null, null, null, transactions, List.of(), List.of(), true);
    }

    @Test
    void liaison_figures_count_only_shared_records_of_their_countries() {
        long druskininkai;
        long lublin;
        try (var ignored = as("officer")) {
            druskininkai = municipalities.findVisible("Druskinink", null, 0, 1, UK).getFirst().id();
            lublin = municipalities.findVisible("Lublin", null, 0, 1, UK).getFirst().id();
        }
        var liaisonBefore = liaisonProposed();
        var headBefore = headProposed();
        try (var ignored = as("officer")) {
            partnerships.create(newPartnership(DOVZHANSK, druskininkai, true), UK);   // LT, shared: counts
            partnerships.create(newPartnership(DOVZHANSK, druskininkai, false), UK);  // LT, internal: not for her
            partnerships.create(newPartnership(ALCHEVSK, lublin, true), UK);          // PL: not her country
        }
        assertThat(liaisonProposed()).isEqualTo(liaisonBefore + 1);
        assertThat(headProposed()).isEqualTo(headBefore + 3);

        try (var ignored = as("liaison-lt")) {
            var liaison = dashboards.liaisonDashboard(UK);
            for (var c : liaison.partnershipsByStatus()) {
                assertThat(c.count()).isEqualTo(partnerships.countVisible(statusFilter(c.key())));
            }
            for (var c : liaison.programmesByStatus()) {
                assertThat(c.count()).isEqualTo(programmes.countVisible(
                        new ProgrammeFilter(null, null, c.key(), null, null, null)));
            }
            // her countries' shared partnerships only: never the Polish or the internal ones
            assertThat(liaison.partnershipsByStatus().stream().mapToLong(Count::count).sum())
                    .isEqualTo(partnerships.countVisible(PartnershipFilter.ofCountry("LT")))
                    .isEqualTo(partnerships.countVisible(PartnershipFilter.none()));
            assertThat(partnerships.countVisible(PartnershipFilter.ofCountry("PL"))).isZero();
            // demo programmes: only programme 1 is shared with Lithuania (2 is Polish, 3 is internal)
            assertThat(liaison.programmesByStatus().stream().mapToLong(Count::count).sum())
                    .isEqualTo(programmes.countVisible(ProgrammeFilter.none()));
            // a programme of Poland is hers only when it is Lithuania's too (other tests make such joint ones)
            assertThat(programmes.findVisible(new ProgrammeFilter(null, "PL", null, null, null, null),
                    org.springframework.data.domain.PageRequest.of(0, 500), UK))
                    .allSatisfy(p -> assertThat(p.countryCodes()).contains("LT"));
            assertThat(liaison.upcomingMeetings())
                    .isEqualTo(meetings.countVisible(periodFilter(liaison.meetingPeriod(), null)));
        }
        try (var ignored = as("liaison-pl")) {
            var polish = dashboards.liaisonDashboard(UK);
            assertThat(count(polish.partnershipsByStatus(), PartnershipStatus.PROPOSED))
                    .isEqualTo(partnerships.countVisible(statusFilter(PartnershipStatus.PROPOSED)));
            assertThat(polish.programmesByStatus().stream().mapToLong(Count::count).sum())
                    .isEqualTo(programmes.countVisible(ProgrammeFilter.none()));
        }
    }

    @Test
    void officer_sees_own_open_items_overdue_first_and_the_figures_equal_my_action_items() {
        long meetingId;
        String overdueTitle = "Дашборд: прострочене доручення " + System.nanoTime();
        OfficerDashboard before;
        try (var ignored = as("officer")) {
            before = dashboards.officerDashboard(UK);
            var today = dashboards.today();
            var start = today.atStartOfDay(PortalTime.ZONE).toInstant().plus(10, ChronoUnit.HOURS);
            meetingId = meetings.create(new MeetingChanges(null, 0, MeetingType.EMBASSY_MEETING,
                    "Дашборд: зустріч цього тижня", start, start.plus(1, ChronoUnit.HOURS), "Київ", null,
                    Set.of("LT"), Set.of(), Set.of(), Set.of(), null, null, null, true), UK).id();
            actionItemService.saveActionItem(item(meetingId, overdueTitle, today.minusDays(3), ActionItemStatus.OPEN), UK);
            actionItemService.saveActionItem(item(meetingId, "Дашборд: на потім", today.plusDays(20),
                    ActionItemStatus.IN_PROGRESS), UK);
            actionItemService.saveActionItem(item(meetingId, "Дашборд: виконано", today.minusDays(9),
                    ActionItemStatus.DONE), UK);

            var after = dashboards.officerDashboard(UK);
            assertThat(after.openItems()).isEqualTo(before.openItems() + 2);
            assertThat(after.overdueItems()).isEqualTo(before.overdueItems() + 1);
            var mine = actionItemService.myActionItems(false, UK);
            assertThat(after.openItems()).isEqualTo(mine.size());
            assertThat(after.overdueItems()).isEqualTo(mine.stream().filter(ActionItemView::overdue).count());
            // overdue first, like the list
            assertThat(after.items()).isNotEmpty();
            assertThat(after.items().getFirst().overdue()).isTrue();
            assertThat(after.items()).extracting(DashboardRows.ActionItemRow::id)
                    .containsExactlyElementsOf(mine.stream().limit(DashboardService.LIST_SIZE)
                            .map(ActionItemView::id).toList());

            assertThat(after.meetingsThisWeek()).isEqualTo(before.meetingsThisWeek() + 1)
                    .isEqualTo(meetings.countVisible(periodFilter(after.week(), null)));
            assertThat(after.week().from().getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY);
            assertThat(after.week().to()).isEqualTo(after.week().from().plusDays(6));
            assertThat(after.returnedProgrammes()).isEqualTo(programmes.countVisible(
                    new ProgrammeFilter(null, null, null, ua.cooperation.portal.programme.ApprovalState.RETURNED,
                            null, null)));
            // the meeting just made is the newest change
            assertThat(after.recentlyChanged()).isNotEmpty();
            assertThat(after.recentlyChanged().getFirst().kind()).isEqualTo(DashboardRows.ChangedRecord.Kind.MEETING);
            assertThat(after.recentlyChanged().getFirst().id()).isEqualTo(meetingId);
            assertThat(after.recentlyChanged().getFirst().changedBy()).isEqualTo("officer");
        }
        // the same items are the liaison's business only if she owns them: her figures are her own
        try (var ignored = as("liaison-lt")) {
            var liaison = dashboards.liaisonDashboard(UK);
            assertThat(liaison.openItems()).isEqualTo(actionItemService.myActionItems(false, UK).size());
            assertThat(liaison.items()).noneMatch(i -> i.title().text().equals(overdueTitle));
        }
        try (var ignored = as("head")) {
            var head = dashboards.headDashboard(UK);
            var officerRow = head.overdueByOwner().stream().filter(o -> Long.valueOf(OFFICER_ID).equals(o.ownerUserId()))
                    .findFirst().orElseThrow();
            assertThat(officerRow.ownerName()).isEqualTo("Ірина Коваленко");
            assertThat(officerRow.overdue()).isGreaterThanOrEqualTo(1);
        }
    }

    @Test
    void the_officer_sees_the_translations_to_do_and_a_liaison_her_items_in_her_language() {
        try (var ignored = as("officer")) {
            var toDo = dashboards.officerDashboard(UK).translationsToDo();
            // the demo leaves action item 3 of the ambassador's meeting untranslated on purpose
            assertThat(toDo).containsKey("lt").isEqualTo(translations.workCounts());
            // counted up to the lists' limit: exact below it, "more than" beyond (the work list reads them all)
            var listed = translations.workList("lt", 100_000);
            assertThat(listed).anyMatch(work -> work.record().kind() == TextOwnerKind.ACTION_ITEM
                    && work.record().id() == 3);
            var lithuanian = toDo.get("lt");
            if (listed.size() > ua.cooperation.portal.base.ListCount.LABEL_LIMIT) {
                assertThat(lithuanian.atLeast()).isTrue();
                assertThat(lithuanian.value()).isEqualTo(ua.cooperation.portal.base.ListCount.LABEL_LIMIT);
            } else {
                assertThat(lithuanian).isEqualTo(ua.cooperation.portal.base.ListCount.exactly(listed.size()));
            }
            assertThat(toDo).doesNotContainKey("uk");
        }
        try (var ignored = as("liaison-lt")) {
            // demo item 1 is hers, and the office translated it and its meeting into Lithuanian
            var item = dashboards.liaisonDashboard(LT).items().stream().filter(i -> i.id() == 1).findFirst()
                    .orElseThrow();
            assertThat(item.title().text()).isEqualTo("Atsiųsti sąrašą Lietuvos mokyklų, pasirengusių partnerystei");
            assertThat(item.title().fallback()).isFalse();
            assertThat(item.meetingTitle().text()).startsWith("Luhansko srities karinės administracijos vadovo");
            // read in English, where the item has no translation: the Ukrainian original, marked as such
            var english = dashboards.liaisonDashboard(Locale.ENGLISH).items().stream().filter(i -> i.id() == 1)
                    .findFirst().orElseThrow();
            assertThat(english.title().text()).startsWith("Надіслати перелік литовських шкіл");
            assertThat(english.title().fallback()).isTrue();
            assertThat(english.title().language()).isEqualTo("uk");
            assertThat(english.meetingTitle().text()).startsWith("Meeting of the Head of the Regional Military");
        }
    }

    @Test
    void each_dashboard_is_for_its_role_only() {
        try (var ignored = as("liaison-lt")) {
            assertThatThrownBy(() -> dashboards.headDashboard(UK)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> dashboards.officerDashboard(UK)).isInstanceOf(AccessDeniedException.class);
        }
        try (var ignored = as("officer")) {
            assertThatThrownBy(() -> dashboards.headDashboard(UK)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> dashboards.liaisonDashboard(UK)).isInstanceOf(AccessDeniedException.class);
        }
        try (var ignored = as("head")) {
            assertThatThrownBy(() -> dashboards.officerDashboard(UK)).isInstanceOf(AccessDeniedException.class);
        }
        try (var ignored = as("admin")) {
            assertThatThrownBy(() -> dashboards.headDashboard(UK)).isInstanceOf(AccessDeniedException.class);
        }
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private long liaisonProposed() {
        try (var ignored = as("liaison-lt")) {
            return count(dashboards.liaisonDashboard(UK).partnershipsByStatus(), PartnershipStatus.PROPOSED);
        }
    }

    private long headProposed() {
        try (var ignored = as("head")) {
            return count(dashboards.headDashboard(UK).partnershipsByStatus(), PartnershipStatus.PROPOSED);
        }
    }

    private static PartnershipFilter statusFilter(PartnershipStatus status) {
        return new PartnershipFilter(null, null, null, status, null, null, false);
    }

    /** The meetings list's filter for a period in its address (Kyiv days, both included). */
    private static MeetingFilter periodFilter(Period period, MeetingType type) {
        Instant from = period.from().atStartOfDay(PortalTime.ZONE).toInstant();
        Instant to = period.to().plusDays(1).atStartOfDay(PortalTime.ZONE).toInstant();
        return new MeetingFilter(null, from, to, null, type, null, null);
    }

    private static PartnershipChanges newPartnership(String hromada, long partner, boolean shared) {
        return new PartnershipChanges(null, 0, hromada, partner, null, PartnershipType.MEMORANDUM,
                Set.of(CooperationArea.CULTURE), null, null, LocalDate.of(2031, 1, 1), null, shared);
    }

    private static ActionItemChanges item(long meetingId, String title, LocalDate due, ActionItemStatus status) {
        return new ActionItemChanges(null, 0, meetingId, null, title, OFFICER_ID, null, due, status,
                status.closed() ? "зроблено" : null, null, null);
    }

    private static <K> long count(List<Count<K>> counts, K key) {
        return counts.stream().filter(c -> c.key().equals(key)).mapToLong(Count::count).findFirst().orElse(0);
    }

    private static Money money(List<Money> rows, String country, String currency) {
        return rows.stream().filter(m -> m.countryCode().equals(country) && m.currency().equals(currency))
                .findFirst().orElseThrow();
    }
}
