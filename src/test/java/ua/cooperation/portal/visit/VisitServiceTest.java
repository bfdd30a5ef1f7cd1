package ua.cooperation.portal.visit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authorization.AuthorizationDeniedException;
import ua.cooperation.portal.base.ConcurrentEditException;
import ua.cooperation.portal.base.PortalTime;
import ua.cooperation.portal.base.RecordNotFoundException;
import ua.cooperation.portal.meeting.ActionItemChanges;
import ua.cooperation.portal.meeting.ActionItemStatus;
import ua.cooperation.portal.meeting.DecisionChanges;
import ua.cooperation.portal.meeting.MeetingChanges;
import ua.cooperation.portal.meeting.MeetingService;
import ua.cooperation.portal.meeting.MeetingType;
import ua.cooperation.portal.partnership.CooperationArea;
import ua.cooperation.portal.programme.TargetGroup;
import ua.cooperation.portal.testsupport.IntegrationTest;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ua.cooperation.portal.testsupport.SignedIn.as;

@IntegrationTest
class VisitServiceTest {

    private static final Locale UK = Locale.forLanguageTag("uk");
    private static final long OFFICER_USER = 2;
    /** Demo visit 1: the April 2025 working visit to Vilnius, shared with Lithuania; meeting 2 is on its programme. */
    private static final long VILNIUS_VISIT = 1;

    @Autowired
    VisitService visits;
    @Autowired
    VisitItineraryService itinerary;
    @Autowired
    VisitChecklistService checklist;
    @Autowired
    VisitReportService reports;
    @Autowired
    MeetingService meetings;
    @Autowired
    PortalTime time;

    static VisitChanges visit(String title, String host, LocalDate from, LocalDate to, boolean shared) {
        return new VisitChanges(null, 0, VisitDirection.OUTGOING, title, "Мета", host, "Місто", null, from, to,
                Set.of(), Set.of(CooperationArea.VETERANS), Set.of(TargetGroup.VETERANS), shared, null,
                "Внутрішнє");
    }

    private static MeetingChanges meetingOn(String title, LocalDate day, int hour, int hours, Set<String> countries) {
        var start = day.atTime(LocalTime.of(hour, 0)).atZone(PortalTime.ZONE).toInstant();
        return new MeetingChanges(null, 0, MeetingType.WORKING_VISIT, title, start, start.plusSeconds(3600L * hours),
                "Місце", null, countries, Set.of(), Set.of(), Set.of(), null, null, null, false);
    }

    @Test
    void liaison_sees_the_shared_lithuanian_visit_but_not_an_unshared_nor_a_polish_one() {
        long shared;
        long internal;
        long polish;
        var day = LocalDate.of(2030, 3, 3);
        try (var ignored = as("officer")) {
            shared = visits.create(visit("Scope: спільний литовський", "LT", day, day.plusDays(1), true), UK).id();
            internal = visits.create(visit("Scope: внутрішній литовський", "LT", day, day, false), UK).id();
            polish = visits.create(visit("Scope: польський", "PL", day, day, true), UK).id();
        }
        try (var ignored = as("liaison-lt")) {
            assertThat(visits.findVisibleById(shared, UK)).isPresent();
            assertThat(visits.findVisibleById(shared, UK).get().internalNotes()).isNull();
            assertThat(visits.findVisibleById(internal, UK)).isEmpty();
            assertThat(visits.findVisibleById(polish, UK)).isEmpty();
            assertThat(visits.findVisibleById(987_654, UK)).isEmpty();
            var listed = visits.findVisible(new VisitFilter("Scope:", null, null, null, null, null, null, null),
                    PageRequest.of(0, 50), UK);
            assertThat(listed).extracting(VisitListItem::id).containsExactly(shared);
            assertThat(visits.countVisible(new VisitFilter("Scope:", null, null, null, null, null, null, null)))
                    .isEqualTo(1);
            assertThatThrownBy(() -> itinerary.itineraryOf(internal, UK)).isInstanceOf(RecordNotFoundException.class);
            assertThatThrownBy(() -> checklist.checklistOf(shared)).isInstanceOf(RecordNotFoundException.class);
            assertThatThrownBy(() -> visits.create(visit("x", "LT", day, day, true), UK))
                    .isInstanceOf(AuthorizationDeniedException.class);
        }
        try (var ignored = as("officer")) {
            var found = visits.findVisibleById(shared, UK).orElseThrow();
            assertThat(found.internalNotes()).isEqualTo("Внутрішнє");
            assertThat(found.countryCodes()).containsExactly("LT");
        }
    }

    @Test
    void the_demo_visit_to_vilnius_has_its_head_of_delegation_and_its_meeting_on_the_first_day() {
        try (var ignored = as("liaison-lt")) {
            var found = visits.findVisibleById(VILNIUS_VISIT, UK).orElseThrow();
            assertThat(found.delegation()).extracting(VisitDetails.Member::name).contains("Сергій Мельник");
            // the staff member is the office for a partner: no name
            assertThat(found.delegation()).anyMatch(m -> m.name() == null && m.userId() == null);
            assertThat(found.responsible()).isNull();
            assertThat(visits.findVisible(VisitFilter.none(), PageRequest.of(0, 100), UK))
                    .extracting(VisitListItem::id).contains(VILNIUS_VISIT);
        }
        try (var ignored = as("officer")) {
            var days = itinerary.itineraryOf(VILNIUS_VISIT, UK);
            assertThat(days).extracting(ItineraryDay::day)
                    .containsExactly(LocalDate.of(2025, 4, 23), LocalDate.of(2025, 4, 24));
            assertThat(days.getFirst().meetings()).extracting(ItineraryDay.Entry::meetingId).containsExactly(2L);
            assertThat(days.getFirst().meetings().getFirst().place()).contains("Вільнюс");
        }
    }

    @Test
    void a_visit_ending_before_it_starts_or_longer_than_31_days_is_refused_at_its_end() {
        var day = LocalDate.of(2030, 5, 10);
        try (var ignored = as("officer")) {
            assertThatThrownBy(() -> visits.create(visit("Refused", "LT", day, day.minusDays(1), true), UK))
                    .isInstanceOfSatisfying(VisitRefusedException.class, e -> {
                        assertThat(e.reason()).isEqualTo(VisitRefusedException.Reason.END_BEFORE_START);
                        assertThat(e.refusals().getFirst().field()).isEqualTo("endsOn");
                    });
            assertThatThrownBy(() -> visits.create(visit("Refused", "LT", day, day.plusDays(31), true), UK))
                    .isInstanceOfSatisfying(VisitRefusedException.class,
                            e -> assertThat(e.reason()).isEqualTo(VisitRefusedException.Reason.TOO_LONG));
            // 31 days, both ends included, are allowed
            assertThat(visits.create(visit("31 днів", "LT", day, day.plusDays(30), false), UK).id()).isPositive();
        }
    }

    @Test
    void a_stale_version_is_refused_as_a_concurrent_edit() {
        var day = LocalDate.of(2030, 6, 1);
        try (var ignored = as("officer")) {
            var created = visits.create(visit("Конфлікт", "LT", day, day, false), UK);
            var changes = created.toChanges();
            visits.update(new VisitChanges(changes.id(), changes.version(), changes.direction(), "Конфлікт 2",
                    changes.purpose(), changes.hostCountryCode(), changes.city(), null, day, day, Set.of(), Set.of(),
                    Set.of(), false, null, null), UK);
            assertThatThrownBy(() -> visits.update(changes, UK)).isInstanceOf(ConcurrentEditException.class);
            assertThat(visits.findVisibleById(created.id(), UK).orElseThrow().title()).isEqualTo("Конфлікт 2");
        }
    }

    @Test
    void the_itinerary_lists_the_days_by_start_marks_overlaps_and_refuses_a_meeting_outside_the_days() {
        var day = LocalDate.of(2030, 7, 1);
        try (var ignored = as("officer")) {
            var created = visits.create(visit("Програма", "LT", day, day.plusDays(2), false), UK);
            long id = created.id();
            var late = itinerary.addMeeting(id, created.version(), meetingOn("Пізня", day, 15, 2, Set.of("LT")), UK);
            var version = visits.findVisibleById(id, UK).orElseThrow().version();
            var early = itinerary.addMeeting(id, version, meetingOn("Рання", day, 9, 1, Set.of("LT")), UK);
            version = visits.findVisibleById(id, UK).orElseThrow().version();
            var overlapping = itinerary.addMeeting(id, version, meetingOn("Накладка", day, 16, 1, Set.of("LT")), UK);
            version = visits.findVisibleById(id, UK).orElseThrow().version();
            var lastDay = itinerary.addMeeting(id, version,
                    meetingOn("Останній день", day.plusDays(2), 10, 1, Set.of("LT")), UK);
            long finalVersion = visits.findVisibleById(id, UK).orElseThrow().version();
            assertThatThrownBy(() -> itinerary.addMeeting(id, finalVersion,
                    meetingOn("Поза візитом", day.plusDays(3), 10, 1, Set.of("LT")), UK))
                    .isInstanceOfSatisfying(VisitRefusedException.class, e -> {
                        assertThat(e.reason()).isEqualTo(VisitRefusedException.Reason.MEETING_OUTSIDE_VISIT);
                        assertThat(e.refusals().getFirst().field()).isEqualTo("start");
                    });

            var days = itinerary.itineraryOf(id, UK);
            assertThat(days).hasSize(3);
            assertThat(days.get(0).meetings()).extracting(ItineraryDay.Entry::meetingId)
                    .containsExactly(early.id(), late.id(), overlapping.id());
            assertThat(days.get(0).meetings()).extracting(ItineraryDay.Entry::overlaps)
                    .containsExactly(false, true, true);
            assertThat(days.get(1).meetings()).isEmpty();
            assertThat(days.get(2).meetings()).extracting(ItineraryDay.Entry::meetingId).containsExactly(lastDay.id());

            // an existing meeting outside the days is refused; unlinking keeps the meeting
            var outside = meetings.create(meetingOn("Окрема", day.plusDays(5), 10, 1, Set.of("LT")), UK);
            assertThatThrownBy(() -> itinerary.linkMeeting(id, finalVersion, outside.id()))
                    .isInstanceOf(VisitRefusedException.class);
            itinerary.unlinkMeeting(id, finalVersion, lastDay.id());
            assertThat(itinerary.itineraryOf(id, UK).get(2).meetings()).isEmpty();
            assertThat(meetings.findVisibleById(lastDay.id(), UK)).isPresent();
            var relinkVersion = visits.findVisibleById(id, UK).orElseThrow().version();
            assertThat(itinerary.linkableMeetings(id, UK)).extracting(m -> m.id()).contains(lastDay.id());
            itinerary.linkMeeting(id, relinkVersion, lastDay.id());
            assertThat(itinerary.visitOfMeeting(lastDay.id())).contains(id);
        }
    }

    @Test
    void a_checklist_item_past_due_and_not_done_is_overdue_until_ticked() {
        var day = LocalDate.of(2030, 8, 1);
        try (var ignored = as("officer")) {
            long id = visits.create(visit("Логістика", "LT", day, day, false), UK).id();
            var yesterday = time.today().minusDays(1);
            checklist.saveItem(id, new ChecklistItemChanges(null, 0, "Візи", ChecklistKind.VISA, OFFICER_USER,
                    yesterday, false));
            checklist.saveItem(id, new ChecklistItemChanges(null, 0, "Подарунки", ChecklistKind.GIFTS, null,
                    time.today().plusDays(3), false));
            var items = checklist.checklistOf(id);
            assertThat(items).extracting(ChecklistItemView::title).containsExactly("Візи", "Подарунки");
            assertThat(items).extracting(ChecklistItemView::overdue).containsExactly(true, false);
            assertThat(items.getFirst().ownerName()).isEqualTo("Ірина Коваленко");
            var visa = items.getFirst();
            checklist.tick(id, visa.id(), visa.version(), true);
            var ticked = checklist.checklistOf(id).getFirst();
            assertThat(ticked.done()).isTrue();
            assertThat(ticked.doneOn()).isEqualTo(time.today());
            assertThat(ticked.overdue()).isFalse();
            assertThatThrownBy(() -> checklist.tick(id, visa.id(), visa.version(), false))
                    .isInstanceOf(ConcurrentEditException.class);
            checklist.deleteItem(id, ticked.id(), ticked.version());
            assertThat(checklist.checklistOf(id)).hasSize(1);
        }
    }

    @Test
    void the_first_outcome_creates_the_report_meeting_once_and_decisions_and_items_link_to_it() {
        var day = LocalDate.of(2030, 9, 1);
        try (var ignored = as("officer")) {
            var created = visits.create(visit("Звітний", "LT", day, day.plusDays(1), true), UK);
            long id = created.id();
            assertThat(reports.outcomesOf(id, UK).reportMeetingId()).isNull();
            var decision = reports.saveDecision(id, new DecisionChanges(null, 0, "Вивчити литовську модель",
                    day.plusDays(1), null));
            Long reportMeeting = reports.storedReportMeeting(id);
            assertThat(reportMeeting).isEqualTo(decision.meetingId());
            var meeting = meetings.findVisibleById(reportMeeting, UK).orElseThrow();
            assertThat(meeting.type()).isEqualTo(MeetingType.VISIT_REPORT);
            assertThat(meeting.title()).isEqualTo("Звіт про візит: Звітний");
            assertThat(meeting.startsAt().atZone(PortalTime.ZONE).toLocalDate()).isEqualTo(day.plusDays(1));
            assertThat(meeting.sharedWithPartners()).isTrue();
            assertThat(meeting.countryCodes()).containsExactly("LT");

            reports.saveDecision(id, new DecisionChanges(null, 0, "Друге рішення", day.plusDays(1), null));
            reports.saveActionItem(id, new ActionItemChanges(null, 0, 0, decision.id(), "Підготувати довідку",
                    OFFICER_USER, null, day.plusDays(10), ActionItemStatus.OPEN, null, null, null), UK);
            reports.saveActionItem(id, new ActionItemChanges(null, 0, 0, decision.id(), "Надіслати листа",
                    OFFICER_USER, null, day.plusDays(12), ActionItemStatus.OPEN, null, null, null), UK);
            assertThat(reports.storedReportMeeting(id)).isEqualTo(reportMeeting);
            var outcomes = reports.outcomesOf(id, UK);
            assertThat(outcomes.reportMeetingId()).isEqualTo(reportMeeting);
            assertThat(outcomes.decisions()).hasSize(2);
            assertThat(outcomes.decisions().getFirst().items()).extracting(i -> i.title())
                    .containsExactly("Підготувати довідку", "Надіслати листа");
            assertThat(outcomes.decisions().getFirst().items()).allMatch(i -> i.meetingId() == reportMeeting);

            var current = visits.findVisibleById(id, UK).orElseThrow();
            var saved = reports.saveReport(new VisitReportChanges(id, current.version(), "Звіт"), UK);
            assertThat(saved.reportText()).isEqualTo("Звіт");
            assertThat(saved.reportMeetingId()).isEqualTo(reportMeeting);
        }
        try (var ignored = as("liaison-lt")) {
            assertThat(reports.outcomesOf(1, UK).decisions()).isEmpty();
        }
    }

    @Test
    void the_delegation_holds_registry_persons_and_staff_with_their_roles() {
        var day = LocalDate.of(2030, 10, 1);
        try (var ignored = as("officer")) {
            var created = visits.create(visit("Делегація", "LT", day, day, true), UK);
            var saved = visits.updateDelegation(created.id(), created.version(), Map.of(8L, DelegationRole.HEAD),
                    Map.of(OFFICER_USER, DelegationRole.INTERPRETER), UK);
            assertThat(saved.delegation()).extracting(VisitDetails.Member::role)
                    .containsExactly(DelegationRole.HEAD, DelegationRole.INTERPRETER);
            assertThat(saved.delegation().getFirst().organisation()).isEqualTo("Міністерство оборони України");
            assertThatThrownBy(() -> visits.updateDelegation(created.id(), saved.version(),
                    Map.of(999_999L, DelegationRole.HEAD), Map.of(), UK)).isInstanceOf(VisitRefusedException.class);
            assertThat(visits.historyOf(created.id())).isNotEmpty();
        }
        try (var ignored = as("liaison-lt")) {
            var shown = visits.findVisibleById(1, UK).orElseThrow();
            assertThat(shown.delegation()).noneMatch(m -> "Ірина Коваленко".equals(m.name()));
        }
        assertThat(List.of()).isEmpty();
    }
}
