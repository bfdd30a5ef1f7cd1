package ua.cooperation.portal.reminder;

import ua.cooperation.portal.base.PortalTime;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the daily digest at 07:00 Kyiv time ({@code portal.reminders.digest-cron}), on one node of the cluster only:
 * ShedLock keeps the lock in the database (table {@code shedlock}) for at least ten minutes, so a second node starting
 * the same run — or a second call at the same time — finds it taken and does nothing.
 */
@Component
public class ReminderDigestJob {

    public static final String LOCK = "reminder-digest";

    private final ReminderDigest digest;

    ReminderDigestJob(ReminderDigest digest) {
        this.digest = digest;
    }

    @Scheduled(cron = "${portal.reminders.digest-cron:0 0 7 * * *}", zone = PortalTime.ZONE_ID)
    @SchedulerLock(name = LOCK, lockAtLeastFor = "PT10M", lockAtMostFor = "PT1H")
    public void run() {
        digest.sendAll();
    }
}
