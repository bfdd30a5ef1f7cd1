package ua.cooperation.portal.security;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import ua.cooperation.portal.testsupport.IntegrationTest;
import ua.cooperation.portal.testsupport.TestMail;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static ua.cooperation.portal.testsupport.SignedIn.as;

/** The invitation link also goes out by e-mail when SMTP is configured (here an in-process GreenMail server). */
@IntegrationTest
class InvitationMailTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(
            new ServerSetup(TestMail.SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @Autowired
    UserAdministration administration;

    @Test
    void the_invited_liaison_gets_the_one_time_link_by_mail_in_ukrainian_and_english() throws Exception {
        String link;
        try (var ignored = as("admin")) {
            link = administration.invite(new GuestInvitation("kaunas.desk", "Eglė Kazlauskienė", "egle@example.lt",
                    Set.of("LT"), LocalDate.now().plusMonths(6)));
        }
        var received = Arrays.stream(SMTP.getReceivedMessages())
                .filter(m -> recipients(m).contains("egle@example.lt")).toList();
        assertThat(received).hasSize(1);
        var message = received.getFirst();
        assertThat(message.getSubject()).isEqualTo("Запрошення до Порталу співпраці / Invitation to the Cooperation Portal");
        var body = message.getContent().toString();
        assertThat(body).contains("Вітаємо, Eglė Kazlauskienė!", "Hello Eglė Kazlauskienė,", link, "72");
    }

    private static String recipients(MimeMessage message) {
        try {
            return Arrays.toString(message.getAllRecipients());
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
