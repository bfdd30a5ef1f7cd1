package ua.cooperation.portal.notification;

import ua.cooperation.portal.translation.TextOwnerKind;

import java.time.Instant;

/**
 * One notification as the inbox shows it to its recipient: read in her scope and language at that moment.
 *
 * @param actorName the display name of who did it, or null when the reader may not read it (a staff member, for a
 *                  partner: shown as the office) or nobody did (the portal)
 * @param title     the record's title in the reader's language
 * @param href      the portal address of the record
 */
public record NotificationItem(long id, Instant createdAt, NotificationKind kind, TextOwnerKind subjectKind,
                               long subjectId, String actorName, String remark, String title, String href,
                               boolean read) {
}
