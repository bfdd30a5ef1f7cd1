package ua.cooperation.portal.comment;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import ua.cooperation.portal.audit.SecurityAuditLog;
import ua.cooperation.portal.audit.SecurityEventType;
import ua.cooperation.portal.base.ConcurrentEditException;
import ua.cooperation.portal.base.HistoryEntry;
import ua.cooperation.portal.base.PortalTime;
import ua.cooperation.portal.base.RecordNotFoundException;
import ua.cooperation.portal.comment.CommentRefusedException.Reason;
import ua.cooperation.portal.meeting.DecisionChanges;
import ua.cooperation.portal.meeting.DecisionService;
import ua.cooperation.portal.meeting.MeetingChanges;
import ua.cooperation.portal.meeting.MeetingService;
import ua.cooperation.portal.meeting.MeetingType;
import ua.cooperation.portal.notification.FollowService;
import ua.cooperation.portal.security.LiaisonPreview;
import ua.cooperation.portal.security.PartnerWriteLimitException;
import ua.cooperation.portal.testsupport.IntegrationTest;
import ua.cooperation.portal.testsupport.TestDatabaseInitializer;
import ua.cooperation.portal.testsupport.SignedIn;
import ua.cooperation.portal.translation.TextOwnerKind;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ua.cooperation.portal.testsupport.SignedIn.as;
import static ua.cooperation.portal.translation.TextOwnerKind.DECISION;
import static ua.cooperation.portal.translation.TextOwnerKind.MEETING;
import static ua.cooperation.portal.translation.TextOwnerKind.PARTNERSHIP;
import static ua.cooperation.portal.translation.TextOwnerKind.PROGRAMME;

/**
 * Comment threads (issue 21): who reads and writes them (whoever may open the record, found through its own
 * service), staff-only comments kept from partners in the query, the author's edit window, removal marks, the
 * partner write gate, and who is told. Demo records: meeting 1, partnership 1 and programme 1 are shared with
 * Lithuania; meeting 2, partnership 3 and programme 3 are internal; partnership 2 is shared with Poland; decisions 1
 * and 2 are meeting 1's. The database holds other tests' comments: each test compares only its own.
 */
@IntegrationTest
class CommentServiceTest {

    private static final Locale UK = Locale.forLanguageTag("uk");
    private static final AtomicInteger NEXT = new AtomicInteger();

    @Autowired
    CommentService comments;
    @Autowired
    MeetingService meetings;
    @Autowired
    DecisionService decisions;
    @Autowired
    FollowService follows;
    @Autowired
    LiaisonPreview preview;
    @Autowired
    SecurityAuditLog auditLog;
    @Autowired
    PortalTime time;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_liaison_reads_and_writes_on_a_record_shared_with_her_country_and_never_sees_staff_only_comments() {
        CommentItem open;
        CommentItem staffOnly;
        try (var ignored = as("officer")) {
            open = comments.add(PARTNERSHIP, 1, "Нагадування: звіт партнерства до кінця місяця " + n(), false);
            staffOnly = comments.add(PARTNERSHIP, 1, "Лише для офісу: бюджет ще не погоджено " + n(), true);
        }
        CommentItem hers;
        try (var ignored = as("liaison-lt")) {
            var thread = comments.thread(PARTNERSHIP, 1, 1000);
            assertThat(ids(thread)).contains(open.id()).doesNotContain(staffOnly.id());
            assertThat(thread.comments()).allSatisfy(c -> assertThat(c.staffOnly()).isFalse());
            assertThat(thread.count()).isEqualTo(thread.comments().size());
            assertThat(thread.mayMarkStaffOnly()).isFalse();
            var officers = thread.comments().stream().filter(c -> c.id() == open.id()).findFirst().orElseThrow();
            assertThat(officers.author()).as("a staff name is withheld from partners").isNull();
            assertThat(officers.mayEdit()).isFalse();
            assertThat(officers.mayRemove()).isFalse();
            hers = comments.add(PARTNERSHIP, 1, "Ačiū, ataskaitą atsiųsime " + n(), false);
            assertThat(hers.author()).isEqualTo("liaison-lt");
            assertThat(comments.historyOf(PARTNERSHIP, 1)).extracting(CommentHistoryLine::commentId)
                    .contains(open.id(), hers.id()).doesNotContain(staffOnly.id());
        }
        try (var ignored = as("officer")) {
            var thread = comments.thread(PARTNERSHIP, 1, 1000);
            assertThat(ids(thread)).contains(open.id(), staffOnly.id(), hers.id());
            assertThat(thread.mayMarkStaffOnly()).isTrue();
            assertThat(thread.comments()).filteredOn(c -> c.id() == hers.id()).extracting(CommentItem::author)
                    .containsExactly("liaison-lt");
            long kept = thread.comments().stream().filter(CommentItem::staffOnly).count();
            long partnersCount;
            try (var liaison = as("liaison-lt")) {
                partnersCount = comments.thread(PARTNERSHIP, 1, 1000).count();
            }
            assertThat(thread.count() - partnersCount).as("staff-only comments are not counted for partners")
                    .isEqualTo(kept);
        }
    }

    @Test
    void a_liaison_of_poland_gets_not_found_on_lithuanian_and_internal_records_and_nothing_is_stored() {
        CommentItem onLithuanian;
        CommentItem staffOnly;
        long before;
        try (var ignored = as("officer")) {
            onLithuanian = comments.add(MEETING, 1, "Зустріч із послом: підсумки " + n(), false);
            staffOnly = comments.add(MEETING, 1, "Лише для офісу " + n(), true);
            before = total();
        }
        try (var ignored = as("liaison-pl")) {
            var probes = List.<Runnable>of(
                    () -> comments.thread(MEETING, 1, 50),
                    () -> comments.thread(DECISION, 1, 50),
                    () -> comments.historyOf(MEETING, 1),
                    () -> comments.add(MEETING, 1, "Dzień dobry", false),
                    () -> comments.add(MEETING, 2, "Dzień dobry", false),
                    () -> comments.add(DECISION, 2, "Dzień dobry", false),
                    () -> comments.add(PARTNERSHIP, 1, "Dzień dobry", false),
                    () -> comments.add(PARTNERSHIP, 3, "Dzień dobry", false),
                    () -> comments.add(PROGRAMME, 1, "Dzień dobry", false),
                    () -> comments.add(PROGRAMME, 3, "Dzień dobry", false),
                    () -> comments.add(MEETING, 999_999_999L, "Dzień dobry", false),
                    () -> comments.add(TextOwnerKind.COUNTRY, 1, "Dzień dobry", false),
                    () -> comments.edit(onLithuanian.id(), onLithuanian.version(), "Zmiana"),
                    () -> comments.remove(onLithuanian.id()),
                    () -> comments.remove(staffOnly.id()));
            for (var probe : probes) {
                assertThatThrownBy(probe::run).isInstanceOf(RecordNotFoundException.class);
            }
        }
        try (var ignored = as("liaison-lt")) {
            // her own country's meeting, but a comment kept for the office: as if it did not exist
            assertThatThrownBy(() -> comments.edit(staffOnly.id(), staffOnly.version(), "x"))
                    .isInstanceOf(RecordNotFoundException.class);
            assertThatThrownBy(() -> comments.remove(staffOnly.id())).isInstanceOf(RecordNotFoundException.class);
            assertThatThrownBy(() -> comments.thread(MEETING, 2, 50)).isInstanceOf(RecordNotFoundException.class);
        }
        try (var ignored = as("officer")) {
            assertThat(total()).as("nothing stored").isEqualTo(before);
            assertThat(comments.thread(MEETING, 1, 1000).comments()).filteredOn(c -> c.id() == onLithuanian.id())
                    .extracting(CommentItem::body, CommentItem::removed)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(onLithuanian.body(), false));
        }
    }

    @Test
    void a_decision_has_its_own_thread_visible_with_its_meeting() {
        try (var ignored = as("liaison-lt")) {
            var mine = comments.add(DECISION, 2, "Mokyklų sąrašas bus paruoštas " + n(), false);
            assertThat(ids(comments.thread(DECISION, 2, 1000))).contains(mine.id());
            assertThat(ids(comments.thread(DECISION, 1, 1000))).doesNotContain(mine.id());
            assertThat(ids(comments.thread(MEETING, 1, 1000))).doesNotContain(mine.id());
        }
    }

    @Test
    void a_partner_may_not_keep_a_comment_for_the_office_and_empty_long_or_control_texts_are_refused() {
        try (var ignored = as("liaison-lt")) {
            long before = comments.thread(MEETING, 1, 1000).count();
            assertRefused(() -> comments.add(MEETING, 1, "Slaptai", true), Reason.STAFF_ONLY_NOT_ALLOWED);
            assertRefused(() -> comments.add(MEETING, 1, "   ", false), Reason.BODY_EMPTY);
            assertRefused(() -> comments.add(MEETING, 1, "Ї".repeat(4001), false), Reason.BODY_TOO_LONG);
            assertRefused(() -> comments.add(MEETING, 1, "a\u0000b", false), Reason.BODY_CONTROL_CHARACTERS);
            assertThat(comments.thread(MEETING, 1, 1000).count()).isEqualTo(before);
            var kept = comments.add(MEETING, 1, "  <b>Labas</b>\nantra eilutė " + n() + "  ", false);
            assertThat(kept.body()).startsWith("<b>Labas</b>\nantra eilutė").doesNotEndWith(" ");
        }
    }

    @Test
    void the_author_edits_within_fifteen_minutes_with_optimistic_locking_and_then_no_more() {
        CommentItem written;
        try (var ignored = as("officer")) {
            written = comments.add(PROGRAMME, 1, "Перша версія " + n(), false);
            assertThat(written.mayEdit()).isTrue();
            var edited = comments.edit(written.id(), written.version(), "Друга версія " + n());
            assertThat(edited.edited()).isTrue();
            assertThat(edited.version()).isGreaterThan(written.version());
            assertThatThrownBy(() -> comments.edit(written.id(), written.version(), "Третя"))
                    .isInstanceOf(ConcurrentEditException.class);
        }
        try (var ignored = as("head")) {
            assertRefused(() -> comments.edit(written.id(), written.version() + 1, "Чужа правка"), Reason.NOT_AUTHOR);
        }
        // sixteen minutes later: the window has closed
        jdbc.update("update record_comment set created_at = ? where id = ?",
                java.sql.Timestamp.from(time.now().minus(Duration.ofMinutes(16))), written.id());
        try (var ignored = as("officer")) {
            var now = comments.thread(PROGRAMME, 1, 1000).comments().stream()
                    .filter(c -> c.id() == written.id()).findFirst().orElseThrow();
            assertThat(now.mayEdit()).isFalse();
            assertThat(now.mayRemove()).isTrue();
            assertRefused(() -> comments.edit(written.id(), now.version(), "Запізно"), Reason.EDIT_WINDOW_CLOSED);
            assertThat(comments.historyOf(PROGRAMME, 1)).filteredOn(l -> l.commentId() == written.id())
                    .extracting(CommentHistoryLine::kind)
                    .containsExactlyInAnyOrder(HistoryEntry.Kind.CREATED, HistoryEntry.Kind.CHANGED);
        }
    }

    @Test
    void removing_leaves_a_mark_with_who_and_when_but_not_the_text() {
        CommentItem hers;
        CommentItem officers;
        try (var ignored = as("liaison-lt")) {
            hers = comments.add(MEETING, 1, "Klaidingas komentaras " + n(), false);
        }
        try (var ignored = as("officer")) {
            officers = comments.add(MEETING, 1, "Помилковий коментар " + n(), false);
            assertRefused(() -> comments.remove(hers.id()), Reason.MAY_NOT_REMOVE);
        }
        try (var ignored = as("liaison-lt")) {
            var removed = comments.remove(hers.id());
            assertThat(removed.removed()).isTrue();
            assertThat(removed.body()).isNull();
            assertThat(removed.removedBy()).isEqualTo("liaison-lt");
            assertRefused(() -> comments.remove(hers.id()), Reason.REMOVED);
            assertRefused(() -> comments.edit(hers.id(), removed.version(), "Vėl"), Reason.REMOVED);
        }
        try (var ignored = as("admin")) {
            comments.remove(officers.id());
        }
        try (var ignored = as("liaison-lt")) {
            var thread = comments.thread(MEETING, 1, 1000).comments();
            var mark = thread.stream().filter(c -> c.id() == officers.id()).findFirst().orElseThrow();
            assertThat(mark.removed()).isTrue();
            assertThat(mark.body()).isNull();
            assertThat(mark.author()).as("who wrote it, as partners may read it: the office").isNull();
            assertThat(mark.removedBy()).as("the administrator, shown as the office").isNull();
            assertThat(mark.createdAt()).isEqualTo(officers.createdAt());
            assertThat(comments.historyOf(MEETING, 1)).filteredOn(l -> l.commentId() == hers.id())
                    .extracting(CommentHistoryLine::kind, CommentHistoryLine::body)
                    .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(HistoryEntry.Kind.CREATED, null),
                            org.assertj.core.groups.Tuple.tuple(HistoryEntry.Kind.DELETED, null));
        }
        assertThat(jdbc.queryForObject("select count(*) from record_comment where id in (?, ?) and body is not null",
                Long.class, hers.id(), officers.id())).as("the texts are gone from the database").isZero();
    }

    @Test
    void a_partner_at_her_write_limit_is_refused_and_nothing_is_stored() {
        var filler = "comment-test-filler " + n();
        try (var ignored = as("liaison-pl")) {
            long before = comments.thread(PARTNERSHIP, 2, 1000).count();
            long written = auditLog.countSince(SecurityEventType.PARTNER_WRITE, "liaison-pl",
                    time.now().minus(Duration.ofMinutes(10)));
            for (long i = written; i < TestDatabaseInitializer.PARTNER_WRITE_LIMIT; i++) {
                auditLog.record(SecurityEventType.PARTNER_WRITE, "liaison-pl", filler);
            }
            try {
                assertThatThrownBy(() -> comments.add(PARTNERSHIP, 2, "Dzień dobry " + n(), false))
                        .isInstanceOf(PartnerWriteLimitException.class);
                assertThat(comments.thread(PARTNERSHIP, 2, 1000).count()).isEqualTo(before);
            } finally {
                jdbc.update("delete from security_event where detail = ?", filler);
            }
            var admitted = comments.add(PARTNERSHIP, 2, "Dzień dobry " + n(), false);
            assertThat(auditLog.countSince(SecurityEventType.PARTNER_WRITE, "liaison-pl",
                    time.now().minus(Duration.ofMinutes(1)))).isPositive();
            assertThat(ids(comments.thread(PARTNERSHIP, 2, 1000))).contains(admitted.id());
        }
    }

    @Test
    void an_officer_previewing_as_a_liaison_reads_as_her_and_changes_nothing() {
        CommentItem staffOnly;
        try (var ignored = as("officer")) {
            staffOnly = comments.add(MEETING, 1, "Лише для офісу " + n(), true);
        }
        try (var previewing = SignedIn.with(SignedIn.previewOf(preview, "LT"))) {
            var thread = comments.thread(MEETING, 1, 1000);
            assertThat(ids(thread)).doesNotContain(staffOnly.id());
            assertThat(thread.comments()).as("nothing is the preview's own").noneMatch(CommentItem::own);
            assertThatThrownBy(() -> comments.add(MEETING, 1, "Перегляд", false))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> comments.add(MEETING, 2, "Перегляд", false))
                    .as("an internal meeting, as for the liaison: not found")
                    .isInstanceOf(RecordNotFoundException.class);
        }
    }

    @Test
    void the_followers_and_the_responsible_officer_are_told_never_the_writer_and_partners_never_of_staff_only() {
        long meeting;
        try (var ignored = as("officer")) {
            // the officer records it: she is its responsible officer and follows it
            var start = Instant.parse("2024-02-05T09:00:00Z");
            meeting = meetings.create(new MeetingChanges(null, 0, MeetingType.VIDEO_CALL, "Коментарі: зустріч " + n(),
                    start, start.plus(1, ChronoUnit.HOURS), null, null, Set.of("LT"), Set.of(), Set.of(), Set.of(),
                    Set.of(), null, null, null, true), UK).id();
            jdbc.update("delete from notification_follow where subject_kind = 'MEETING' and subject_id = ?", meeting);
        }
        try (var ignored = as("liaison-lt")) {
            follows.follow(MEETING, meeting);
        }
        try (var ignored = as("head")) {
            follows.follow(MEETING, meeting);
        }
        try (var ignored = as("liaison-lt")) {
            comments.add(MEETING, meeting, "Labas " + n(), false);
        }
        assertThat(told(meeting)).as("the responsible officer and the head who follows; not the writer")
                .containsExactlyInAnyOrder(2L, 3L);
        try (var ignored = as("officer")) {
            comments.add(MEETING, meeting, "Лише для офісу " + n(), true);
        }
        assertThat(told(meeting)).as("a staff-only comment: the head, never the liaison who follows")
                .containsExactlyInAnyOrder(2L, 3L, 3L);
        long decision = decisionOf(meeting);
        try (var ignored = as("officer")) {
            comments.add(DECISION, decision, "До рішення " + n(), false);
        }
        assertThat(told(meeting)).as("a decision's comment, told as its meeting's")
                .containsExactlyInAnyOrder(2L, 3L, 3L, 3L, 4L);
    }

    @Test
    void a_long_thread_shows_the_latest_fifty_and_the_earlier_ones_on_request() {
        long meeting;
        try (var ignored = as("officer")) {
            var start = Instant.parse("2024-02-06T09:00:00Z");
            meeting = meetings.create(new MeetingChanges(null, 0, MeetingType.VIDEO_CALL, "Коментарі: довга " + n(),
                    start, start.plus(1, ChronoUnit.HOURS), null, null, Set.of("UA"), Set.of(), Set.of(), Set.of(),
                    Set.of(), null, null, null, false), UK).id();
            for (int i = 1; i <= 55; i++) {
                comments.add(MEETING, meeting, "Коментар " + i, false);
            }
            var first = comments.thread(MEETING, meeting, CommentService.PAGE_SIZE);
            assertThat(first.comments()).hasSize(50);
            assertThat(first.hasEarlier()).isTrue();
            assertThat(first.count()).isEqualTo(55);
            assertThat(first.comments().getFirst().body()).isEqualTo("Коментар 6");
            assertThat(first.comments().getLast().body()).as("newest last").isEqualTo("Коментар 55");
            var all = comments.thread(MEETING, meeting, 2 * CommentService.PAGE_SIZE);
            assertThat(all.comments()).hasSize(55);
            assertThat(all.hasEarlier()).isFalse();
        }
    }

    private long decisionOf(long meeting) {
        try (var ignored = as("officer")) {
            return decisions.saveDecision(meeting, new DecisionChanges(null, 0, "Рішення для коментарів " + n(),
                    java.time.LocalDate.of(2024, 2, 5), null)).id();
        }
    }

    private List<Long> told(long meeting) {
        return jdbc.queryForList("select recipient_id from notification where event_kind = 'COMMENT_ADDED'"
                + " and subject_kind = 'MEETING' and subject_id = ?", Long.class, meeting);
    }

    private long total() {
        return jdbc.queryForObject("select count(*) from record_comment", Long.class);
    }

    private static List<Long> ids(CommentThread thread) {
        return thread.comments().stream().map(CommentItem::id).toList();
    }

    private static void assertRefused(Runnable call, Reason reason) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(CommentRefusedException.class,
                e -> assertThat(e.reason()).isEqualTo(reason));
    }

    private static String n() {
        return "#" + NEXT.incrementAndGet();
    }
}
