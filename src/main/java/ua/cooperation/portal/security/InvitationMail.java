package ua.cooperation.portal.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * E-mails a one-time link (an invitation or a password reset) when SMTP is configured ({@code spring.mail.host}); the
 * link is always shown to the administrator to copy as well, so a mail that cannot be sent loses nothing. The mail
 * leaves only after the account has been committed, in Ukrainian and English (the guest's language is not known yet).
 */
@Component
class InvitationMail {

    private static final Logger log = LoggerFactory.getLogger(InvitationMail.class);
    private static final List<Locale> LANGUAGES = List.of(Locale.forLanguageTag("uk"), Locale.ENGLISH);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final String from;
    private final String portalUrl;

    InvitationMail(ObjectProvider<JavaMailSender> mailSender,
                   @Value("${portal.mail.from:cooperation-portal@localhost}") String from,
                   @Value("${portal.url:http://localhost:8080}") String portalUrl) {
        this.mailSender = mailSender;
        this.from = from;
        this.portalUrl = portalUrl.endsWith("/") ? portalUrl : portalUrl + "/";
    }

    /** Sends the invitation to {@code email} after the current transaction commits; nothing without SMTP. */
    void sendInvitation(String email, String displayName, String linkPath, long validHours) {
        var sender = mailSender.getIfAvailable();
        if (sender == null || email == null || email.isBlank()) {
            return;
        }
        var subject = new StringBuilder();
        var text = new StringBuilder();
        for (var locale : LANGUAGES) {
            var bundle = ResourceBundle.getBundle("vaadin-i18n/translations", locale);
            subject.append(subject.isEmpty() ? "" : " / ").append(bundle.getString("users.invite.mail.subject"));
            text.append(MessageFormat.format(bundle.getString("users.invite.mail.text"), displayName,
                    portalUrl + linkPath, validHours)).append("\n\n");
        }
        var message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(email);
        message.setSubject(subject.toString());
        message.setText(text.toString().strip());
        Runnable send = () -> {
            try {
                sender.send(message);
            } catch (MailException e) {
                log.warn("Invitation mail to {} not sent: {}", email, e.getMessage());
            }
        };
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    send.run();
                }
            });
        } else {
            send.run();
        }
    }
}
