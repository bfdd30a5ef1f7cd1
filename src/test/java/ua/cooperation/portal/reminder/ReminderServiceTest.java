package ua.cooperation.portal.reminder;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ua.cooperation.portal.document.DocumentOwnerKind;
import ua.cooperation.portal.document.DocumentService;
import ua.cooperation.portal.document.DocumentType;
import ua.cooperation.portal.document.NewDocument;
import ua.cooperation.portal.meeting.ActionItemChanges;
import ua.cooperation.portal.meeting.ActionItemService;
import ua.cooperation.portal.meeting.ActionItemStatus;
import ua.cooperation.portal.meeting.MeetingService;
import ua.cooperation.portal.partnership.CooperationArea;
import ua.cooperation.portal.partnership.PartnershipChanges;
import ua.cooperation.portal.partnership.PartnershipService;
import ua.cooperation.portal.partnership.PartnershipType;
import ua.cooperation.portal.testsupport.IntegrationTest;
import ua.cooperation.portal.testsupport.TestFiles;
import ua.cooperation.portal.testsupport.TestMeetings;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static ua.cooperation.portal.testsupport.SignedIn.as;

@IntegrationTest
class ReminderServiceTest {

    private static final Locale UK = Locale.forLanguageTag("uk");
    private static final long OFFICER_USER = 2;
    /** A Luhansk-region hromada (KATOTTH) that no other test uses: Bilokurakyne. */
    private static final String BILOKURAKYNE = "UA44100010000048313";

    @Autowired
    ReminderService reminders;
    @Autowired
    MeetingService meetings;
    @Autowired
    ActionItemService actionItemService;
    @Autowired
    PartnershipService partnerships;
    @Autowired
    DocumentService documents;

    @Test
    void my_items_due_within_three_days_and_overdue_ones_are_reminded_others_not() {
        var today = actionItemService.today();
        try (var ignored = as("officer")) {
            long meeting = TestMeetings.newInternalMeeting(meetings, "Нагадування");
            for (var entry : new Object[][]{{"Прострочене", today.minusDays(1)}, {"За два дні", today.plusDays(2)},
                    {"За три дні", today.plusDays(3)}, {"За чотири дні", today.plusDays(4)}}) {
                actionItemService.saveActionItem(new ActionItemChanges(null, 0, meeting, null, (String) entry[0], OFFICER_USER,
                        null, (LocalDate) entry[1], ActionItemStatus.OPEN, null, null, null), UK);
            }
            actionItemService.saveActionItem(new ActionItemChanges(null, 0, meeting, null, "Виконане прострочене",
                    OFFICER_USER, null, today.minusDays(5), ActionItemStatus.DONE, null, null, null), UK);
            actionItemService.saveActionItem(new ActionItemChanges(null, 0, meeting, null, "Послові", null, 1L,
                    today.plusDays(1), ActionItemStatus.OPEN, null, null, null), UK);

            var mine = reminders.forCurrentUser(UK);
            assertThat(mine).filteredOn(r -> r.href().equals("meetings/" + meeting)).extracting(Reminder::subject)
                    .containsExactly("Прострочене", "За два дні", "За три дні");
            assertThat(mine.getFirst().kind()).isEqualTo(ReminderKind.ACTION_ITEM_OVERDUE);
        }
        try (var ignored = as("head")) {
            // someone else's items are not the head's reminders
            assertThat(reminders.forCurrentUser(UK)).extracting(Reminder::subject)
                    .doesNotContain("За два дні", "Прострочене");
        }
    }

    @Test
    void signed_agreements_ending_within_sixty_days_are_reminded_within_the_readers_scope() {
        var today = actionItemService.today();
        long id;
        try (var ignored = as("officer")) {
            var created = partnerships.create(new PartnershipChanges(null, 0, BILOKURAKYNE, 2L, null,
                    PartnershipType.COOPERATION_AGREEMENT, Set.of(CooperationArea.CULTURE), null, null,
                    today.plusDays(30), null, false), UK);
            documents.upload(new NewDocument(DocumentOwnerKind.PARTNERSHIP, created.id(), DocumentType.AGREEMENT,
                    "uk", "Угода", false, "ugoda.pdf"), TestFiles.PDF);
            partnerships.proposeSigning(created.id(), created.version(), today.minusDays(10), null, UK);
            id = created.id();
        }
        try (var ignored = as("head")) {
            var stored = partnerships.findVisibleById(id, UK).orElseThrow();
            partnerships.confirmSigning(id, stored.version(), null, UK);
            assertThat(reminders.forCurrentUser(UK)).filteredOn(r -> r.kind() == ReminderKind.AGREEMENT_EXPIRING)
                    .extracting(Reminder::href).contains("partnerships/" + id);
        }
        try (var ignored = as("liaison-lt")) {
            // internal (not shared): the Lithuanian liaison is not reminded of it
            assertThat(reminders.forCurrentUser(UK)).extracting(Reminder::href).doesNotContain("partnerships/" + id);
        }
    }

    @Test
    void a_national_day_falls_on_its_next_date_this_year_or_next() {
        var today = LocalDate.of(2026, 12, 28);
        assertThat(ReminderService.nextOccurrence(MonthDay.of(12, 28), today)).isEqualTo(today);
        assertThat(ReminderService.nextOccurrence(MonthDay.of(1, 1), today)).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(ReminderService.nextOccurrence(MonthDay.of(2, 29), LocalDate.of(2027, 2, 1)))
                .isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(ReminderService.nextOccurrence(null, today)).isNull();
    }
}
