package ua.cooperation.portal.notification;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the notifications' e-mails every {@code portal.notifications.mail-delay} (default a minute) after the last
 * run ended, on one node at a time (ShedLock, as the daily digest); the claim of each row keeps a message from being
 * sent twice even when two runs overlap (a lock that expired). {@code portal.notifications.mail-job=false} stops the
 * schedule (the tests run the job by hand).
 */
@Component
public class NotificationMailJob {

    public static final String LOCK = "notification-mail";

    private final NotificationMailer mailer;
    private final boolean scheduled;

    NotificationMailJob(NotificationMailer mailer,
                        @Value("${portal.notifications.mail-job:true}") boolean scheduled) {
        this.mailer = mailer;
        this.scheduled = scheduled;
    }

    @Scheduled(fixedDelayString = "${portal.notifications.mail-delay:PT1M}",
            initialDelayString = "${portal.notifications.mail-delay:PT1M}")
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT10M")
    public void runScheduled() {
        if (scheduled) {
            mailer.sendDue();
        }
    }

    /** One run now; returns how many messages went out. */
    public int run() {
        return mailer.sendDue();
    }
}
