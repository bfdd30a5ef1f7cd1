package ua.cooperation.portal.registry;

/** An organisation as a choice in a picker or a link: id and name in the reader's language. */
public record OrganisationRef(long id, String name, String countryCode) {
}
