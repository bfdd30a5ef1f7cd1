package ua.cooperation.portal.notification;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import ua.cooperation.portal.base.RecordNotFoundException;
import ua.cooperation.portal.base.Remark;
import ua.cooperation.portal.meeting.ActionItemChanges;
import ua.cooperation.portal.meeting.ActionItemService;
import ua.cooperation.portal.meeting.ActionItemStatus;
import ua.cooperation.portal.meeting.MeetingChanges;
import ua.cooperation.portal.meeting.MeetingService;
import ua.cooperation.portal.meeting.MeetingType;
import ua.cooperation.portal.programme.ProgrammeApprovalService;
import ua.cooperation.portal.programme.ProgrammeService;
import ua.cooperation.portal.testsupport.IntegrationTest;
import ua.cooperation.portal.translation.ContentTranslations;
import ua.cooperation.portal.translation.TextOwnerKind;
import ua.cooperation.portal.translation.TranslationChange;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ua.cooperation.portal.notification.TestNotifications.ADMIN;
import static ua.cooperation.portal.notification.TestNotifications.HEAD;
import static ua.cooperation.portal.notification.TestNotifications.LIAISON_LT;
import static ua.cooperation.portal.notification.TestNotifications.LIAISON_PL;
import static ua.cooperation.portal.notification.TestNotifications.OFFICER;
import static ua.cooperation.portal.testsupport.SignedIn.as;

/**
 * Who is told of what (issue 20): exactly the people the rules name, once each, never the actor, and a liaison only
 * of records shared with partners of her countries, then and when she reads.
 */
@IntegrationTest
class NotificationServiceTest {

    private static final Locale UK = Locale.forLanguageTag("uk");

    @Autowired
    ProgrammeService programmes;
    @Autowired
    ProgrammeApprovalService approvals;
    @Autowired
    MeetingService meetings;
    @Autowired
    ActionItemService actionItems;
    @Autowired
    NotificationService notifications;
    @Autowired
    FollowService follows;
    @Autowired
    ContentTranslations translations;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_programme_shared_with_lithuania_is_told_to_its_liaison_once_and_to_nobody_else() {
        long id;
        try (var ignored = as("officer")) {
            id = programmes.create(TestNotifications.programme(Set.of("LT"), true), UK).id();
        }
        // other tests add Lithuanian guests of their own (the digest's, the feed's): each liaison of Lithuania is told
        // once, and nobody else
        var lithuanianLiaisons = jdbc.queryForList("select r.user_id from user_role r join user_country c"
                + " on c.user_id = r.user_id where r.role = 'LIAISON' and c.country_code = 'LT'", Long.class);
        assertThat(lithuanianLiaisons).contains(LIAISON_LT);
        var told = recipients(NotificationKind.RECORD_SHARED, TextOwnerKind.PROGRAMME, id);
        assertThat(told).containsEntry(LIAISON_LT, 1L).doesNotContainKeys(OFFICER, HEAD, LIAISON_PL);
        assertThat(told.keySet()).allMatch(lithuanianLiaisons::contains);
        assertThat(told.values()).containsOnly(1L);
        // the officer who created it follows it
        try (var ignored = as("officer")) {
            assertThat(follows.isFollowing(TextOwnerKind.PROGRAMME, id)).isTrue();
        }
    }

    @Test
    void submitted_tells_the_heads_returned_tells_the_submitter_with_the_heads_remark() {
        long id;
        long version;
        try (var ignored = as("officer")) {
            var created = programmes.create(TestNotifications.programme(Set.of("LT"), false), UK);
            translate(created.id(), "en", "Camp for children");
            version = approvals.submit(created.id(), created.version(), null, UK).version();
            id = created.id();
        }
        assertThat(recipients(NotificationKind.PROGRAMME_SUBMITTED, TextOwnerKind.PROGRAMME, id))
                .containsExactlyInAnyOrderEntriesOf(Map.of(HEAD, 1L));
        try (var ignored = as("head")) {
            approvals.returnToOfficers(id, version, Remark.internal("Додайте бюджет"), UK);
        }
        assertThat(recipients(NotificationKind.PROGRAMME_RETURNED, TextOwnerKind.PROGRAMME, id))
                .containsExactlyInAnyOrderEntriesOf(Map.of(OFFICER, 1L));
        try (var ignored = as("officer")) {
            var returned = notifications.inbox(true, NotificationKind.PROGRAMME_RETURNED, null, 50, UK).stream()
                    .filter(n -> n.subjectId() == id).toList();
            assertThat(returned).singleElement().satisfies(n -> {
                assertThat(n.remark()).isEqualTo("Додайте бюджет");
                assertThat(n.actorName()).isEqualTo("Олександр Бондар");
                assertThat(n.href()).isEqualTo("programmes/" + id);
            });
        }
    }

    @Test
    void an_assigned_item_tells_its_owner_and_the_responsible_officer_and_her_update_only_the_officer() {
        long meeting;
        try (var ignored = as("officer")) {
            meeting = sharedMeeting("LT", "Зустріч для сповіщень");
        }
        long item;
        try (var ignored = as("admin")) {
            item = actionItems.saveActionItem(new ActionItemChanges(null, 0, meeting, null, "Надіслати список",
                    LIAISON_LT, null, actionItems.today().plusDays(10), ActionItemStatus.OPEN, null, null, null),
                    UK).id();
        }
        assertThat(recipients(NotificationKind.ACTION_ITEM_ASSIGNED, TextOwnerKind.ACTION_ITEM, item))
                .containsExactlyInAnyOrderEntriesOf(Map.of(LIAISON_LT, 1L, OFFICER, 1L));
        try (var ignored = as("liaison-lt")) {
            var mine = actionItems.myActionItemsByIds(List.of(item), UK).getFirst();
            actionItems.updateMyActionItem(item, mine.version(), ActionItemStatus.IN_PROGRESS, "Готую", UK);
        }
        assertThat(recipients(NotificationKind.ACTION_ITEM_UPDATED_BY_OWNER, TextOwnerKind.ACTION_ITEM, item))
                .containsExactlyInAnyOrderEntriesOf(Map.of(OFFICER, 1L));
        assertThat(recipients(null, TextOwnerKind.ACTION_ITEM, item)).doesNotContainKeys(ADMIN, LIAISON_PL, HEAD);
    }

    @Test
    void polish_liaison_hears_nothing_of_lithuanian_records_even_as_a_follower() {
        long id;
        try (var ignored = as("officer")) {
            id = sharedMeeting("LT", "Литовська зустріч");
        }
        // she cannot follow what she may not open
        try (var ignored = as("liaison-pl")) {
            assertThatThrownBy(() -> follows.follow(TextOwnerKind.MEETING, id))
                    .isInstanceOf(RecordNotFoundException.class);
        }
        // even a row that names her (a follow written behind the service's back) is not written for her
        jdbc.update("insert into notification_follow (account_id, subject_kind, subject_id, created_at)"
                + " values (?, 'MEETING', ?, current_timestamp)", LIAISON_PL, id);
        try (var ignored = as("officer")) {
            var details = meetings.findVisibleById(id, UK).orElseThrow();
            meetings.update(details.toChanges().withResponsible(null), UK);
        }
        assertThat(recipients(null, TextOwnerKind.MEETING, id)).doesNotContainKey(LIAISON_PL)
                .containsKey(LIAISON_LT);
    }

    @Test
    void a_following_liaison_stops_seeing_the_notification_once_the_record_is_unshared() {
        var input = TestNotifications.programme(Set.of("LT"), true);
        long id;
        try (var ignored = as("officer")) {
            id = programmes.create(input, UK).id();
        }
        try (var ignored = as("liaison-lt")) {
            follows.follow(TextOwnerKind.PROGRAMME, id);
            notifications.markAllRead();
        }
        try (var ignored = as("officer")) {
            var details = programmes.findVisibleById(id, UK).orElseThrow();
            programmes.update(TestNotifications.withSharing(input, id, details.version(), true), UK);
        }
        int before;
        try (var ignored = as("liaison-lt")) {
            before = notifications.countUnread();
            assertThat(notifications.inbox(true, null, null, 50, UK))
                    .filteredOn(n -> n.subjectKind() == TextOwnerKind.PROGRAMME).extracting(NotificationItem::subjectId)
                    .containsExactly(id);
        }
        try (var ignored = as("officer")) {
            var details = programmes.findVisibleById(id, UK).orElseThrow();
            programmes.update(TestNotifications.withSharing(input, id, details.version(), false), UK);
        }
        try (var ignored = as("liaison-lt")) {
            // ids of other kinds may equal the programme's: only the programme's notifications count
            assertThat(notifications.inbox(false, null, null, 50, UK))
                    .filteredOn(n -> n.subjectKind() == TextOwnerKind.PROGRAMME).extracting(NotificationItem::subjectId)
                    .doesNotContain(id);
            assertThat(notifications.countUnread()).isEqualTo(before - 1);
        }
    }

    @Test
    void the_inbox_names_the_record_in_the_readers_language_and_another_users_notification_is_not_found() {
        long id;
        try (var ignored = as("officer")) {
            id = programmes.create(TestNotifications.programme(Set.of("LT"), true), UK).id();
            translate(id, "lt", "Vaikų stovykla");
        }
        var mine = jdbc.queryForObject("select id from notification where recipient_id = ? and subject_id = ?"
                + " and subject_kind = 'PROGRAMME'", Long.class, LIAISON_LT, id);
        try (var ignored = as("liaison-lt")) {
            var shown = notifications.inbox(false, NotificationKind.RECORD_SHARED, null, 50, Locale.of("lt"))
                    .stream().filter(n -> n.id() == mine).toList();
            assertThat(shown).singleElement().satisfies(n -> {
                assertThat(n.title()).isEqualTo("Vaikų stovykla");
                // partners never read staff names
                assertThat(n.actorName()).isNull();
            });
        }
        try (var ignored = as("liaison-pl")) {
            assertThatThrownBy(() -> notifications.markRead(mine)).isInstanceOf(RecordNotFoundException.class);
        }
        try (var ignored = as("liaison-lt")) {
            notifications.markRead(mine);
            assertThat(notifications.inbox(true, null, null, 200, UK)).extracting(NotificationItem::id)
                    .doesNotContain(mine);
        }
    }

    /** Recipient account → number of notifications of {@code kind} (any kind when null) about the record. */
    private Map<Long, Long> recipients(NotificationKind kind, TextOwnerKind subjectKind, long subjectId) {
        var result = new java.util.HashMap<Long, Long>();
        jdbc.query("select recipient_id, count(*) from notification where subject_kind = ? and subject_id = ?"
                        + (kind == null ? " and ? is null" : " and event_kind = ?") + " group by recipient_id",
                rs -> {
                    result.put(rs.getLong(1), rs.getLong(2));
                }, subjectKind.name(), subjectId, kind == null ? null : kind.name());
        return result;
    }

    private long sharedMeeting(String country, String title) {
        var start = Instant.parse("2026-03-02T07:00:00Z");
        return meetings.create(new MeetingChanges(null, 0, MeetingType.WORKING_VISIT, title, start,
                start.plus(2, ChronoUnit.HOURS), "Київ", null, Set.of(country), Set.of(), Set.of(), Set.of(),
                Set.of(), "Порядок денний", null, null, true), UK).id();
    }

    private void translate(long programmeId, String language, String title) {
        translations.save(TextOwnerKind.PROGRAMME, programmeId, language, List.of(
                new TranslationChange("title", title, false, null),
                new TranslationChange("summary", "Summary " + title, false, null)));
    }
}
