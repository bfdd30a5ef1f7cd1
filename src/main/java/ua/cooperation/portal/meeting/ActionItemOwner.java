package ua.cooperation.portal.meeting;

import java.util.Optional;

/**
 * Whose action items a list is narrowed to: a portal user, a registry person, or items with no owner at all. Written
 * in addresses as {@code user:12}, {@code person:34} or {@code none}, so that the dashboard can link to one owner's
 * items.
 */
public record ActionItemOwner(Kind kind, Long id) {

    public enum Kind { USER, PERSON, NONE }

    public static ActionItemOwner user(long id) {
        return new ActionItemOwner(Kind.USER, id);
    }

    public static ActionItemOwner person(long id) {
        return new ActionItemOwner(Kind.PERSON, id);
    }

    public static ActionItemOwner none() {
        return new ActionItemOwner(Kind.NONE, null);
    }

    /** The owner of an item or a dashboard row: the user if set, else the person, else none. */
    public static ActionItemOwner of(Long ownerUserId, Long ownerPersonId) {
        return ownerUserId != null ? user(ownerUserId) : ownerPersonId != null ? person(ownerPersonId) : none();
    }

    /** {@code user:12}, {@code person:34} or {@code none}; anything else is no owner filter. */
    public static Optional<ActionItemOwner> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        if (text.equals("none")) {
            return Optional.of(none());
        }
        var colon = text.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        try {
            var id = Long.parseLong(text.substring(colon + 1));
            return switch (text.substring(0, colon)) {
                case "user" -> Optional.of(user(id));
                case "person" -> Optional.of(person(id));
                default -> Optional.empty();
            };
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The address form that {@link #parse} reads. */
    public String parameter() {
        return switch (kind) {
            case USER -> "user:" + id;
            case PERSON -> "person:" + id;
            case NONE -> "none";
        };
    }
}
