package ua.cooperation.portal.registry;

/** A stored record whose name is close to one being entered: id, its name in the reader's language, country. */
public record LikelyDuplicate(long id, String name, String countryCode) {
}
