package ua.cooperation.portal.meeting;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import ua.cooperation.portal.security.UserSessionsEnded;

/**
 * When an administrator cuts a user off (ends all their sessions, disables the account, resets their password or
 * second factor), the user's calendar feed token is deleted: the address a calendar app keeps, perhaps on a lost
 * phone, answers "not found" from then on, and the user issues a new address after signing in again (ADR 0033). Runs
 * in the administrator's transaction, so that the change and the rotation are saved together or not at all.
 */
@Component
class CalendarFeedRotation {

    private final CalendarFeedTokenRepository tokens;

    CalendarFeedRotation(CalendarFeedTokenRepository tokens) {
        this.tokens = tokens;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void onSessionsEnded(UserSessionsEnded event) {
        tokens.deleteByUser(event.userId());
    }
}
