package ua.cooperation.portal.meeting;

import java.time.Instant;

/**
 * One agenda point as its reader may see it. {@code proposedBy} and {@code answeredBy} are null where the reader may not
 * read the name (a staff member, for partners: shown as the office). {@code mayWithdraw}: the reader may still
 * withdraw it (her own, still proposed, the meeting not yet started).
 */
public record AgendaPointView(long id, long version, String text, AgendaPointStatus status, String proposedBy,
                              Instant proposedAt, String answer, String answeredBy, Instant answeredAt,
                              boolean mayWithdraw) {
}
