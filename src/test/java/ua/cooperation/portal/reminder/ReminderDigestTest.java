package ua.cooperation.portal.reminder;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import ua.cooperation.portal.meeting.ActionItemChanges;
import ua.cooperation.portal.meeting.ActionItemService;
import ua.cooperation.portal.meeting.ActionItemStatus;
import ua.cooperation.portal.meeting.MeetingService;
import ua.cooperation.portal.security.GuestInvitation;
import ua.cooperation.portal.security.UserAdministration;
import ua.cooperation.portal.security.UserChanges;
import ua.cooperation.portal.testsupport.IntegrationTest;
import ua.cooperation.portal.testsupport.TestMail;
import ua.cooperation.portal.testsupport.TestMeetings;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static ua.cooperation.portal.testsupport.SignedIn.as;

/** The daily digest by e-mail, to an in-process SMTP server (GreenMail), and its once-per-cluster lock. */
@IntegrationTest
class ReminderDigestTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(
            new ServerSetup(TestMail.SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    private static final String EMAIL = "digest-guest@example.org";

    @Autowired
    ReminderDigestJob job;
    @Autowired
    MeetingService meetings;
    @Autowired
    ActionItemService actionItemService;
    @Autowired
    UserAdministration users;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void two_runs_at_the_same_time_send_one_digest_with_the_users_own_reminders() throws Exception {
        long guestId;
        try (var ignored = as("admin")) {
            users.invite(new GuestInvitation("digest-guest", "Digest Guest", EMAIL, Set.of("LT"),
                    LocalDate.now().plusDays(30)));
            guestId = users.find("digest-guest", 0, 1).getFirst().id();
            var summary = users.findById(guestId).orElseThrow();
            users.update(new UserChanges(guestId, summary.version(), summary.displayName(), EMAIL, summary.roles(),
                    summary.countryCodes(), summary.expiresOn(), true));
        }
        try (var ignored = as("officer")) {
            actionItemService.saveActionItem(new ActionItemChanges(null, 0, TestMeetings.SHARED_WITH_LITHUANIA, null,
                    "Погодити програму візиту", guestId, null, actionItemService.today().plusDays(1), ActionItemStatus.OPEN,
                    null, null, null), Locale.forLanguageTag("uk"));
        }
        jdbc.update("DELETE FROM shedlock");

        // two nodes (here: two threads) start the same daily run at the same moment
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(2);
        for (int i = 0; i < 2; i++) {
            pool.submit(() -> {
                start.await();
                job.run();
                return null;
            });
        }
        start.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        // a later run on the same day finds the lock still held
        job.run();

        var toGuest = Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
            try {
                // the guest's invitation went to the same address; only digests count here
                return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(EMAIL))
                        && m.getSubject().startsWith("Портал співпраці");
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
        assertThat(toGuest).hasSize(1);
        var body = GreenMailUtil.getBody(toGuest.getFirst());
        assertThat(toGuest.getFirst().getSubject()).startsWith("Портал співпраці");
        assertThat(GreenMailUtil.getWholeMessage(toGuest.getFirst())).isNotBlank();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM shedlock WHERE name = ?", Integer.class,
                ReminderDigestJob.LOCK)).isEqualTo(1);
        assertThat(decoded(toGuest.getFirst())).contains("Погодити програму візиту", "Digest Guest");
        assertThat(body).isNotBlank();
    }

    @Test
    void without_smtp_nothing_is_sent_and_nothing_fails() {
        var noSender = new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class);
        var digest = new ReminderDigest(noSender, null, null, null, "portal@localhost", "http://localhost:8080");
        assertThat(digest.sendAll()).isZero();
    }

    private static String decoded(jakarta.mail.internet.MimeMessage message) throws Exception {
        return message.getContent().toString();
    }
}
