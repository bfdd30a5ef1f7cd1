package ua.cooperation.portal.notification;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import ua.cooperation.portal.meeting.ActionItemChanges;
import ua.cooperation.portal.meeting.ActionItemService;
import ua.cooperation.portal.meeting.ActionItemStatus;
import ua.cooperation.portal.meeting.MeetingChanges;
import ua.cooperation.portal.meeting.MeetingService;
import ua.cooperation.portal.meeting.MeetingType;
import ua.cooperation.portal.programme.ProgrammeApprovalService;
import ua.cooperation.portal.programme.ProgrammeService;
import ua.cooperation.portal.reminder.ReminderDigest;
import ua.cooperation.portal.testsupport.IntegrationTest;
import ua.cooperation.portal.testsupport.TestMail;
import ua.cooperation.portal.translation.ContentTranslations;
import ua.cooperation.portal.translation.TextOwnerKind;
import ua.cooperation.portal.translation.TranslationChange;

import java.io.StringReader;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static ua.cooperation.portal.testsupport.SignedIn.as;

/**
 * The notifications' e-mails (ADR 0041, stage 2), to an in-process SMTP server: the right people only, in their
 * language, with the links and, for meetings, an updated calendar entry; once each through an outage and with two
 * senders at once; nothing about a record that left the reader's scope; the digest channel in the daily digest.
 */
@IntegrationTest
class NotificationMailTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(
            new ServerSetup(TestMail.SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    private static final Locale UK = Locale.forLanguageTag("uk");
    private static final String LIAISON_LT = "rasa@example.lt";
    private static final String LIAISON_PL = "agnieszka@example.pl";
    private static final String OFFICER = "iryna@example.gov.ua";
    private static final String HEAD = "oleksandr@example.gov.ua";

    @Autowired
    NotificationMailJob job;
    @Autowired
    NotificationMailer mailer;
    @Autowired
    NotificationPreferences preferences;
    @Autowired
    NotificationDigest digest;
    @Autowired
    ReminderDigest reminderDigest;
    @Autowired
    MeetingService meetings;
    @Autowired
    ProgrammeService programmes;
    @Autowired
    ProgrammeApprovalService approvals;
    @Autowired
    ContentTranslations translations;
    @Autowired
    ActionItemService actionItems;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void mailboxesAndAnEmptyOutbox() {
        // what other tests queued is not this test's to send
        jdbc.update("update notification_delivery set state = 'SKIPPED' where state in ('PENDING', 'SENDING')");
        setEmail(TestNotifications.LIAISON_LT, LIAISON_LT);
        setEmail(TestNotifications.LIAISON_PL, LIAISON_PL);
        setEmail(TestNotifications.OFFICER, OFFICER);
        setEmail(TestNotifications.HEAD, HEAD);
    }

    @AfterEach
    void noMailboxes() {
        jdbc.update("update user_account set email = null where id in (?, ?, ?, ?)", TestNotifications.LIAISON_LT,
                TestNotifications.LIAISON_PL, TestNotifications.OFFICER, TestNotifications.HEAD);
        jdbc.update("delete from notification_preference");
        jdbc.update("update notification_delivery set state = 'SKIPPED' where state in ('PENDING', 'SENDING')");
    }

    @Test
    void a_shared_lithuanian_meeting_mails_its_liaison_in_lithuanian_and_its_change_a_newer_calendar_entry()
            throws Exception {
        var start = Instant.parse("2026-03-02T07:00:00Z");
        var input = new MeetingChanges(null, 0, MeetingType.WORKING_VISIT, "Зустріч для листів", start,
                start.plus(2, ChronoUnit.HOURS), "Київ", null, Set.of("LT"), Set.of(), Set.of(), Set.of(),
                Set.of(), "Порядок денний", null, null, true);
        long id;
        long version;
        try (var ignored = as("officer")) {
            var created = meetings.create(input, UK);
            id = created.id();
            version = created.version();
        }
        job.run();
        var shared = single(LIAISON_LT);
        assertThat(shared.getSubject()).isEqualTo("Bendradarbiavimo portalas — Įrašas pasidalytas su partneriais: "
                + "Зустріч для листів");
        var text = text(shared);
        assertThat(text).contains("http://localhost:8080/meetings/" + id,
                "http://localhost:8080/" + NotificationLinks.PREFERENCES, "Sveiki, Rasa Petrauskienė");
        var first = event(shared);
        assertThat(first.getUid().orElseThrow().getValue()).isEqualTo("meeting-" + id + "@cooperation-portal");

        try (var ignored = as("officer")) {
            meetings.update(new MeetingChanges(id, version, MeetingType.WORKING_VISIT, "Зустріч для листів",
                    start.plus(1, ChronoUnit.DAYS), start.plus(1, ChronoUnit.DAYS).plus(2, ChronoUnit.HOURS), "Київ",
                    null, Set.of("LT"), Set.of(), Set.of(), Set.of(), Set.of(), "Порядок денний", null, null, true),
                    UK);
        }
        SMTP.reset();
        job.run();
        var changed = single(LIAISON_LT);
        assertThat(changed.getSubject()).contains("Susitikimas pakeistas");
        var second = event(changed);
        assertThat(second.getUid().orElseThrow().getValue()).isEqualTo(first.getUid().orElseThrow().getValue());
        assertThat(Integer.parseInt(second.getSequence().getValue()))
                .isGreaterThan(Integer.parseInt(first.getSequence().getValue()));
        // nothing to the officer who did it, nothing to the Polish liaison about a Lithuanian meeting
        assertThat(to(OFFICER)).isEmpty();
        assertThat(to(LIAISON_PL)).isEmpty();
        assertThat(to(HEAD)).isEmpty();
    }

    @Test
    void a_submitted_programme_mails_the_head_in_ukrainian_and_not_the_submitting_officer() throws Exception {
        long id;
        try (var ignored = as("officer")) {
            var created = programmes.create(TestNotifications.programme(Set.of("LT"), false), UK);
            // a programme goes to the heads with its English title
            translations.save(TextOwnerKind.PROGRAMME, created.id(), "en", List.of(
                    new TranslationChange("title", "Camp for children", false, null),
                    new TranslationChange("summary", "Recreation of children", false, null)));
            approvals.submit(created.id(), created.version(), null, UK);
            id = created.id();
        }
        job.run();
        var mail = single(HEAD);
        assertThat(mail.getSubject()).startsWith("Портал співпраці — Програму подано");
        assertThat(text(mail)).contains("http://localhost:8080/programmes/" + id, "Хто: Ірина Коваленко");
        assertThat(to(OFFICER)).isEmpty();
        assertThat(to(LIAISON_LT)).isEmpty();
    }

    @Test
    void three_changes_during_an_outage_are_mailed_once_each_when_the_server_is_back() throws Exception {
        SMTP.stop();
        for (int i = 0; i < 3; i++) {
            sharedLithuanianProgramme();
        }
        assertThat(job.run()).isZero();
        assertThat(jdbc.queryForList("select d.attempts from notification_delivery d join notification n"
                + " on n.id = d.notification_id where d.state = 'PENDING' and n.recipient_id = ?"
                + " and d.last_error is not null and d.next_attempt_at > ?", Integer.class,
                TestNotifications.LIAISON_LT, java.sql.Timestamp.from(Instant.now().plusSeconds(30))))
                .containsExactly(1, 1, 1);
        SMTP.start();
        // not before the back-off has passed
        job.run();
        assertThat(to(LIAISON_LT)).isEmpty();
        jdbc.update("update notification_delivery set next_attempt_at = ? where state = 'PENDING'",
                java.sql.Timestamp.from(Instant.now().minusSeconds(1)));
        job.run();
        job.run();
        assertThat(to(LIAISON_LT)).hasSize(3);
    }

    @Test
    void two_senders_at_once_send_each_message_once() throws Exception {
        for (int i = 0; i < 6; i++) {
            sharedLithuanianProgramme();
        }
        var go = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(2);
        for (int i = 0; i < 2; i++) {
            pool.submit(() -> {
                go.await();
                return mailer.sendDue();
            });
        }
        go.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        assertThat(to(LIAISON_LT)).hasSize(6);
    }

    @Test
    void a_record_unshared_before_the_mail_went_out_is_not_mailed_and_its_title_not_told() throws Exception {
        var input = TestNotifications.programme(Set.of("LT"), true);
        long id;
        try (var ignored = as("officer")) {
            id = programmes.create(input, UK).id();
            var details = programmes.findVisibleById(id, UK).orElseThrow();
            programmes.update(TestNotifications.withSharing(input, id, details.version(), false), UK);
        }
        job.run();
        assertThat(to(LIAISON_LT)).isEmpty();
        var notification = jdbc.queryForObject("select id from notification where recipient_id = ?"
                + " and subject_kind = 'PROGRAMME' and subject_id = ?", Long.class, TestNotifications.LIAISON_LT, id);
        assertThat(digest.deliveriesOf(notification)).containsEntry("EMAIL", "SKIPPED");
    }

    @Test
    void the_digest_channel_waits_for_the_daily_digest_and_is_sent_there_once() throws Exception {
        try (var ignored = as("liaison-lt")) {
            preferences.set(NotificationKind.RECORD_SHARED, NotificationChannel.DIGEST);
        }
        long id = sharedLithuanianProgramme();
        job.run();
        assertThat(to(LIAISON_LT)).isEmpty();
        reminderDigest.sendAll();
        var mail = single(LIAISON_LT);
        assertThat(text(mail)).contains("Pranešimai nuo paskutinės suvestinės", "Табір для дітей (сповіщення)",
                "http://localhost:8080/programmes/" + id);
        SMTP.reset();
        reminderDigest.sendAll();
        assertThat(to(LIAISON_LT)).allSatisfy(m -> assertThat(text(m)).doesNotContain("programmes/" + id));
    }

    @Test
    void an_assigned_action_item_mails_its_liaison_owner_in_lithuanian_and_the_responsible_officer_in_ukrainian()
            throws Exception {
        long meeting;
        try (var ignored = as("officer")) {
            meeting = meetings.create(new MeetingChanges(null, 0, MeetingType.WORKING_VISIT, "Зустріч з дорученням",
                    Instant.parse("2026-04-02T07:00:00Z"), Instant.parse("2026-04-02T09:00:00Z"), "Київ", null,
                    Set.of("LT"), Set.of(), Set.of(), Set.of(), Set.of(), null, null, null, true), UK).id();
        }
        job.run();
        SMTP.reset();
        try (var ignored = as("admin")) {
            actionItems.saveActionItem(new ActionItemChanges(null, 0, meeting, null, "Надіслати список делегації",
                    TestNotifications.LIAISON_LT, null, actionItems.today().plusDays(10), ActionItemStatus.OPEN,
                    null, null, null), UK);
        }
        job.run();
        assertThat(single(LIAISON_LT).getSubject()).startsWith("Bendradarbiavimo portalas — Užduotis paskirta: ");
        assertThat(text(single(LIAISON_LT))).contains("http://localhost:8080/meetings/" + meeting);
        assertThat(single(OFFICER).getSubject()).startsWith("Портал співпраці — Доручення призначено: ");
        assertThat(to(HEAD)).isEmpty();
        assertThat(to(LIAISON_PL)).isEmpty();
    }

    @Test
    void portal_only_sends_no_mail() throws Exception {
        try (var ignored = as("liaison-lt")) {
            preferences.set(NotificationKind.RECORD_SHARED, NotificationChannel.PORTAL);
        }
        sharedLithuanianProgramme();
        job.run();
        assertThat(to(LIAISON_LT)).isEmpty();
    }

    private long sharedLithuanianProgramme() {
        try (var ignored = as("officer")) {
            return programmes.create(TestNotifications.programme(Set.of("LT"), true), UK).id();
        }
    }

    private void setEmail(long account, String email) {
        jdbc.update("update user_account set email = ? where id = ?", email, account);
    }

    private static List<MimeMessage> to(String address) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(address));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static MimeMessage single(String address) {
        var messages = to(address);
        assertThat(messages).hasSize(1);
        return messages.getFirst();
    }

    /** The plain text of a message, decoded (quoted-printable, multipart). */
    private static String text(MimeMessage message) {
        try {
            return textOf(message);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String textOf(Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return part.getContent().toString();
        }
        if (part.getContent() instanceof Multipart multipart) {
            var text = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                text.append(textOf(multipart.getBodyPart(i)));
            }
            return text.toString();
        }
        return "";
    }

    private static VEvent event(MimeMessage message) throws Exception {
        var multipart = (Multipart) message.getContent();
        String ics = null;
        for (int i = 0; i < multipart.getCount(); i++) {
            var part = multipart.getBodyPart(i);
            if ("meeting.ics".equals(part.getFileName())) {
                ics = new String(part.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        assertThat(ics).as("the calendar attachment").isNotNull();
        var calendar = new CalendarBuilder().build(new StringReader(ics));
        return calendar.<VEvent>getComponent("VEVENT").orElseThrow();
    }

}
