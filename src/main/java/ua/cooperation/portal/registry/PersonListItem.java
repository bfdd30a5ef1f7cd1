package ua.cooperation.portal.registry;

/** One row of the people list, also the choice in a person picker. */
public record PersonListItem(long id, String fullName, String latinName, String countryCode) {
}
