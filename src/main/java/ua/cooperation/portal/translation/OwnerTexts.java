package ua.cooperation.portal.translation;

import java.time.Instant;
import java.util.Map;

/**
 * A record's translatable texts as its feature hands them to the translation page: originals, what to call the
 * record and where it lives.
 *
 * @param label     the record's name in its original language (a meeting's title, a decision's number and text)
 * @param address   the record page's address, for "back to the record"
 * @param originals the original text of every translatable field, by field name
 * @param mayEdit   whether the reader may change the record (and so its translations)
 */
public record OwnerTexts(TextOwnerKind kind, long id, String label, String address, Map<String, String> originals,
                         boolean mayEdit, Instant changedAt) {
}
