package ua.cooperation.portal.security;

/**
 * Published, inside the administrator's transaction, when an administrator cuts a user off: ends all their sessions,
 * disables the account, sends a password reset link or resets the second factor. Features drop what stands for the
 * user outside a session (the calendar feed deletes the user's feed token, so that the address a calendar app keeps
 * stops working). Listeners run in the same transaction: if one fails, the administrator's change is not saved either.
 * The event lets {@code security} tell features without depending on them (ADR 0033).
 *
 * @param userId the account whose sessions ended
 */
public record UserSessionsEnded(long userId) {
}
