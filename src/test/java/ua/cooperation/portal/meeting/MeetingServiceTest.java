package ua.cooperation.portal.meeting;

import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.authorization.AuthorizationDeniedException;
import ua.cooperation.portal.base.HistoryEntry;
import ua.cooperation.portal.base.ConcurrentEditException;
import ua.cooperation.portal.base.RecordNotFoundException;
import ua.cooperation.portal.document.DocumentOwnerKind;
import ua.cooperation.portal.document.DocumentService;
import ua.cooperation.portal.partnership.PartnershipService;
import ua.cooperation.portal.testsupport.IntegrationTest;
import ua.cooperation.portal.testsupport.TestMeetings;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ua.cooperation.portal.meeting.MeetingRefusedException.Reason;
import static ua.cooperation.portal.testsupport.SignedIn.as;

@IntegrationTest
class MeetingServiceTest {

    private static final Locale UK = Locale.forLanguageTag("uk");
    /** Demo meetings (db/changelog/demo/0960-demo-meetings.yaml). */
    private static final long EMBASSY_LT = TestMeetings.SHARED_WITH_LITHUANIA;
    private static final long DEFENCE_VISIT = TestMeetings.INTERNAL;
    private static final long IOM_CALL = 3;
    private static final long LIAISON_LT_USER = 4;
    private static final long OFFICER_USER = 2;
    /** Demo partnership 3 (Starobilsk–Alytus, internal), whose last contact no other test checks. */
    private static final long STAROBILSK_ALYTUS = 3;
    private static final Pageable ALL = PageRequest.of(0, 500, Sort.by(Sort.Direction.DESC, MeetingService.SORT_START));

    @Autowired
    MeetingService meetings;
    @Autowired
    DecisionService decisionService;
    @Autowired
    ActionItemService actionItemService;
    @Autowired
    PartnershipService partnerships;
    @Autowired
    DocumentService documents;

    private static MeetingChanges meeting(String title, Set<String> countries, boolean shared) {
        var start = Instant.parse("2026-01-15T08:00:00Z");
        return new MeetingChanges(null, 0, MeetingType.VIDEO_CALL, title, start, start.plus(1, ChronoUnit.HOURS), null,
                "https://meet.jit.si/test-" + title.hashCode(), countries, Set.of(3L), Set.of(OFFICER_USER),
                Set.of(), "Порядок денний", "Протокол", "Внутрішнє", shared);
    }

    private static ActionItemChanges item(long meetingId, String title, Long ownerUser, Long ownerPerson) {
        return new ActionItemChanges(null, 0, meetingId, null, title, ownerUser, ownerPerson, LocalDate.of(2026, 2, 1),
                ActionItemStatus.OPEN, null, null, null);
    }

    @Test
    void officer_records_a_meeting_with_countries_organisations_users_and_a_partnership_contact() {
        try (var ignored = as("officer")) {
            var changes = meeting("Відеозв’язок з Алітусом", Set.of("LT", "UA"), false);
            changes = new MeetingChanges(null, 0, changes.type(), changes.title(), changes.startsAt(),
                    changes.endsAt(), "Дніпро", changes.onlineLink(), changes.countryCodes(), changes.organisationIds(),
                    changes.userIds(), Set.of(STAROBILSK_ALYTUS), changes.agenda(), changes.minutes(),
                    changes.internalNotes(), false);
            var created = meetings.create(changes, UK);
            assertThat(created.countryCodes()).containsExactly("LT", "UA");
            assertThat(created.organisations()).extracting(MeetingDetails.Named::name)
                    .containsExactly("Посольство Литовської Республіки в Україні");
            assertThat(created.users()).extracting(MeetingDetails.Named::name).containsExactly("Ірина Коваленко");
            assertThat(created.partnerships()).extracting(MeetingDetails.Named::id).containsExactly(STAROBILSK_ALYTUS);
            assertThat(created.internalNotes()).isEqualTo("Внутрішнє");
            assertThat(partnerships.findVisibleById(STAROBILSK_ALYTUS, UK).orElseThrow().lastContactOn())
                    .isEqualTo(LocalDate.of(2026, 1, 15));

            var withParticipants = meetings.updateParticipants(created.id(), created.version(),
                    Map.of(1L, ParticipantRole.HOST, 7L, ParticipantRole.GUEST), UK);
            assertThat(withParticipants.participants()).extracting(MeetingDetails.Participant::name)
                    .containsExactly("Arūnas Kalvaitis", "Rūta Mockutė");
            assertThat(withParticipants.version()).isGreaterThan(created.version());
        }
    }

    @Test
    void an_end_not_after_the_start_a_plain_http_link_and_no_country_are_refused() {
        try (var ignored = as("officer")) {
            var good = meeting("Перевірка", Set.of("UA"), false);
            assertThatThrownBy(() -> meetings.create(new MeetingChanges(null, 0, good.type(), good.title(),
                    good.startsAt(), good.startsAt(), null, null, good.countryCodes(), Set.of(), Set.of(), Set.of(),
                    null, null, null, false), UK))
                    .isInstanceOfSatisfying(MeetingRefusedException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.END_NOT_AFTER_START));
            assertThatThrownBy(() -> meetings.create(new MeetingChanges(null, 0, good.type(), good.title(),
                    good.startsAt(), good.endsAt(), null, "http://meet.example.org/x", good.countryCodes(), Set.of(),
                    Set.of(), Set.of(), null, null, null, false), UK))
                    .isInstanceOfSatisfying(MeetingRefusedException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.LINK_NOT_HTTPS));
            assertThatThrownBy(() -> meetings.create(new MeetingChanges(null, 0, good.type(), good.title(),
                    good.startsAt(), good.endsAt(), null, null, Set.of(), Set.of(), Set.of(), Set.of(), null, null,
                    null, false), UK))
                    .isInstanceOf(ConstraintViolationException.class);
            assertThat(MeetingService.isHttpsUrl("https://meet.jit.si/abc")).isTrue();
            assertThat(MeetingService.isHttpsUrl("javascript:alert(1)")).isFalse();
        }
    }

    @Test
    void the_responsible_officer_is_the_recorder_then_a_chosen_staff_member_never_a_liaison_and_hidden_from_partners() {
        long id;
        try (var ignored = as("officer")) {
            var created = meetings.create(meeting("Відповідальний", Set.of("LT"), true), UK);
            id = created.id();
            assertThat(created.responsible().id()).isEqualTo(OFFICER_USER);
            assertThat(created.responsible().name()).isEqualTo("Ірина Коваленко");
            var changes = created.toChanges();
            assertThatThrownBy(() -> meetings.update(changes.withResponsible(LIAISON_LT_USER), UK))
                    .isInstanceOfSatisfying(MeetingRefusedException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.RESPONSIBLE_NOT_STAFF));
            var updated = meetings.update(changes.withResponsible(3L), UK);
            assertThat(updated.responsible().name()).isEqualTo("Олександр Бондар");
            // a partial change (no responsible named) keeps her
            assertThat(meetings.update(updated.toChanges(), UK).responsible().id()).isEqualTo(3L);
        }
        try (var ignored = as("liaison-lt")) {
            assertThat(meetings.findVisibleById(id, UK).orElseThrow().responsible()).isNull();
        }
    }

    @Test
    void decisions_are_numbered_one_two_three_within_their_meeting_and_keep_their_numbers() {
        try (var ignored = as("officer")) {
            long id = meetings.create(meeting("Рішення", Set.of("UA"), false), UK).id();
            var first = decisionService.saveDecision(id, new DecisionChanges(null, 0, "Перше", LocalDate.of(2026, 1, 15),
                    null));
            var second = decisionService.saveDecision(id, new DecisionChanges(null, 0, "Друге", LocalDate.of(2026, 1, 15),
                    LocalDate.of(2026, 2, 1)));
            var changed = decisionService.saveDecision(id, new DecisionChanges(first.id(), first.version(), "Перше, змінене",
                    LocalDate.of(2026, 1, 15), null));
            var third = decisionService.saveDecision(id, new DecisionChanges(null, 0, "Третє", LocalDate.of(2026, 1, 16),
                    null));
            assertThat(List.of(first.number(), second.number(), changed.number(), third.number()))
                    .containsExactly(1, 2, 1, 3);
            assertThat(decisionService.decisionsOf(id)).extracting(DecisionItem::text)
                    .containsExactly("Перше, змінене", "Друге", "Третє");
            assertThatThrownBy(() -> decisionService.saveDecision(id, new DecisionChanges(first.id(), first.version(), "x",
                    LocalDate.of(2026, 1, 15), null))).isInstanceOf(ConcurrentEditException.class);
        }
    }

    @Test
    void an_action_item_has_exactly_one_owner_and_a_decision_of_its_own_meeting() {
        try (var ignored = as("officer")) {
            long id = meetings.create(meeting("Власники", Set.of("UA"), false), UK).id();
            assertThatThrownBy(() -> actionItemService.saveActionItem(item(id, "Нікому", null, null), UK))
                    .isInstanceOfSatisfying(MeetingRefusedException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.OWNER_REQUIRED));
            assertThatThrownBy(() -> actionItemService.saveActionItem(item(id, "Обом", OFFICER_USER, 1L), UK))
                    .isInstanceOfSatisfying(MeetingRefusedException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.OWNER_REQUIRED));
            var foreignDecision = decisionService.decisionsOf(EMBASSY_LT).getFirst().id();
            assertThatThrownBy(() -> actionItemService.saveActionItem(new ActionItemChanges(null, 0, id, foreignDecision,
                    "Чуже рішення", OFFICER_USER, null, LocalDate.of(2026, 2, 1), null, null, null, null), UK))
                    .isInstanceOfSatisfying(MeetingRefusedException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.DECISION_UNKNOWN));
            var byPerson = actionItemService.saveActionItem(item(id, "Посол", null, 1L), UK);
            assertThat(byPerson.ownerName()).isEqualTo("Arūnas Kalvaitis");
            assertThat(byPerson.status()).isEqualTo(ActionItemStatus.OPEN);
        }
    }

    @Test
    void a_liaison_sees_only_shared_meetings_of_their_countries_and_others_answer_like_a_missing_id() {
        long internalLt;
        long sharedPl;
        try (var ignored = as("officer")) {
            internalLt = meetings.create(meeting("Внутрішня литовська", Set.of("LT"), false), UK).id();
            sharedPl = meetings.create(meeting("Спільна польська і українська", Set.of("PL", "UA"), true), UK).id();
        }
        try (var ignored = as("liaison-lt")) {
            var visible = meetings.findVisible(MeetingFilter.none(), ALL).stream().map(MeetingListItem::id).toList();
            assertThat(visible).contains(EMBASSY_LT).doesNotContain(DEFENCE_VISIT, IOM_CALL, internalLt, sharedPl);
            assertThat(meetings.countVisible(MeetingFilter.none())).isEqualTo(visible.size());
            var details = meetings.findVisibleById(EMBASSY_LT, UK).orElseThrow();
            assertThat(details.internalNotes()).isNull();
            assertThat(details.updatedBy()).isNull();
            assertThat(details.minutes()).isNotBlank();
            for (long outOfScope : new long[]{DEFENCE_VISIT, internalLt, sharedPl, TestMeetings.MISSING}) {
                assertThat(meetings.findVisibleById(outOfScope, UK)).as("meeting %d", outOfScope).isEmpty();
                assertThatThrownBy(() -> decisionService.decisionsOf(outOfScope)).isInstanceOf(RecordNotFoundException.class);
                assertThatThrownBy(() -> actionItemService.actionItemsOf(outOfScope, UK))
                        .isInstanceOf(RecordNotFoundException.class);
                assertThatThrownBy(() -> meetings.historyOf(outOfScope)).isInstanceOf(RecordNotFoundException.class);
                assertThatThrownBy(() -> documents.findFor(DocumentOwnerKind.MEETING, outOfScope))
                        .isInstanceOf(RecordNotFoundException.class);
            }
            assertThat(meetings.historyOf(EMBASSY_LT)).flatExtracting(HistoryEntry::changes)
                    .extracting(HistoryEntry.FieldChange::field).doesNotContain("internalNotes");
        }
        try (var ignored = as("liaison-pl")) {
            var visible = meetings.findVisible(MeetingFilter.none(), ALL).stream().map(MeetingListItem::id).toList();
            assertThat(visible).contains(sharedPl).doesNotContain(EMBASSY_LT, internalLt);
        }
        try (var ignored = as("head")) {
            assertThat(meetings.findVisible(MeetingFilter.ofCountry("LT"), ALL)).extracting(MeetingListItem::id)
                    .contains(EMBASSY_LT, internalLt).doesNotContain(sharedPl, DEFENCE_VISIT);
            assertThatThrownBy(() -> meetings.create(meeting("Голова", Set.of("UA"), false), UK))
                    .isInstanceOf(AuthorizationDeniedException.class);
        }
    }

    @Test
    void the_list_finds_the_same_meetings_whether_countries_are_probed_row_by_row_or_joined() {
        var filters = List.of(MeetingFilter.none(), MeetingFilter.ofCountry("LT"), MeetingFilter.ofCountry("PL"),
                MeetingFilter.ofCountry("UA"));
        int probedCases = 0;
        for (var user : List.of("officer", "liaison-lt", "liaison-pl")) {
            try (var ignored = as(user)) {
                for (var filter : filters) {
                    meetings.probeAbove(Integer.MAX_VALUE - 1);
                    var joined = meetings.findVisible(filter, ALL).stream().map(MeetingListItem::id).toList();
                    meetings.probeAbove(0);
                    boolean probed = meetings.probeInListOrder(filter);
                    var probedIds = meetings.findVisible(filter, ALL).stream().map(MeetingListItem::id).toList();
                    assertThat(probedIds).as(user + " " + filter).isEqualTo(joined);
                    probedCases += probed ? 1 : 0;
                }
            } finally {
                meetings.probeAbove(MeetingQueries.PROBE_THRESHOLD);
            }
        }
        assertThat(probedCases).isGreaterThan(4);
        try (var ignored = as("liaison-lt")) {
            meetings.probeAbove(0);
            assertThat(meetings.findVisible(MeetingFilter.none(), ALL)).extracting(MeetingListItem::id)
                    .contains(EMBASSY_LT).doesNotContain(DEFENCE_VISIT);
        } finally {
            meetings.probeAbove(MeetingQueries.PROBE_THRESHOLD);
        }
    }

    @Test
    void filters_narrow_by_period_type_organisation_and_text() {
        try (var ignored = as("officer")) {
            var september = MeetingFilter.period(Instant.parse("2025-08-31T21:00:00Z"),
                    Instant.parse("2025-09-30T21:00:00Z"));
            assertThat(meetings.findVisible(september, ALL)).extracting(MeetingListItem::id).contains(EMBASSY_LT)
                    .doesNotContain(DEFENCE_VISIT, IOM_CALL);
            assertThat(meetings.findVisible(new MeetingFilter(null, null, null, null, MeetingType.VIDEO_CALL, 6L,
                    null), ALL)).extracting(MeetingListItem::id).containsExactly(IOM_CALL);
            assertThat(meetings.findVisible(new MeetingFilter("міністерства оборони", null, null, null, null, null,
                    null), ALL)).extracting(MeetingListItem::id).containsExactly(DEFENCE_VISIT);
            assertThat(meetings.findVisible(MeetingFilter.ofPartnership(1), ALL)).extracting(MeetingListItem::id)
                    .contains(EMBASSY_LT);
        }
    }

    @Test
    void a_liaison_updates_the_status_and_note_of_their_own_item_and_nothing_else() {
        long shared;
        ActionItemView theirs;
        ActionItemView officers;
        try (var ignored = as("officer")) {
            shared = meetings.create(meeting("Спільна литовська", Set.of("LT"), true), UK).id();
            theirs = actionItemService.saveActionItem(item(shared, "Для посольства", LIAISON_LT_USER, null), UK);
            officers = actionItemService.saveActionItem(item(shared, "Для офіцера", OFFICER_USER, null), UK);
        }
        try (var ignored = as("liaison-lt")) {
            assertThat(actionItemService.myActionItems(false, UK)).extracting(ActionItemView::id).contains(theirs.id())
                    .doesNotContain(officers.id());
            assertThat(actionItemService.actionItemsOf(shared, UK)).filteredOn(ActionItemView::mine)
                    .extracting(ActionItemView::id).containsExactly(theirs.id());

            var done = actionItemService.updateMyActionItem(theirs.id(), theirs.version(), ActionItemStatus.DONE,
                    "Перелік надіслано", UK);
            assertThat(done.status()).isEqualTo(ActionItemStatus.DONE);
            assertThat(done.completionNote()).isEqualTo("Перелік надіслано");
            assertThat(done.title()).isEqualTo("Для посольства");
            assertThat(done.dueOn()).isEqualTo(theirs.dueOn());

            assertThatThrownBy(() -> actionItemService.updateMyActionItem(officers.id(), officers.version(),
                    ActionItemStatus.DONE, "не моє", UK)).isInstanceOf(RecordNotFoundException.class);
            assertThatThrownBy(() -> actionItemService.updateMyActionItem(Long.MAX_VALUE, 0, ActionItemStatus.DONE, null, UK))
                    .isInstanceOf(RecordNotFoundException.class);
            assertThatThrownBy(() -> actionItemService.updateMyActionItem(theirs.id(), theirs.version(),
                    ActionItemStatus.OPEN, null, UK)).isInstanceOf(ConcurrentEditException.class);
            assertThatThrownBy(() -> actionItemService.saveActionItem(theirs.toChanges(), UK))
                    .isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> decisionService.saveDecision(shared, new DecisionChanges(null, 0, "x",
                    LocalDate.of(2026, 1, 1), null))).isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> meetings.update(meetings.findVisibleById(shared, UK).orElseThrow().toChanges(),
                    UK)).isInstanceOf(AuthorizationDeniedException.class);
        }
        try (var ignored = as("officer")) {
            var history = meetings.historyOf(shared);
            assertThat(history).filteredOn(e -> "liaison-lt".equals(e.changedBy())).singleElement()
                    .satisfies(entry -> {
                        assertThat(entry.subject()).isEqualTo("Для посольства");
                        assertThat(entry.changes()).extracting(HistoryEntry.FieldChange::field)
                                .containsExactlyInAnyOrder("actionItem.status", "actionItem.completionNote");
                    });
        }
    }

    @Test
    void the_demo_embassy_meeting_has_two_decisions_and_three_action_items_one_for_the_liaison() {
        try (var ignored = as("officer")) {
            assertThat(decisionService.decisionsOf(EMBASSY_LT)).extracting(DecisionItem::number).startsWith(1, 2);
            var items = actionItemService.actionItemsOf(EMBASSY_LT, UK);
            assertThat(items).hasSizeGreaterThanOrEqualTo(3);
            assertThat(items).extracting(ActionItemView::ownerName)
                    .contains("Rasa Petrauskienė", "Ірина Коваленко", "Arūnas Kalvaitis");
        }
    }
}
