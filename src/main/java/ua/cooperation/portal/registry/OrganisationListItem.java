package ua.cooperation.portal.registry;

/** One row of the organisations list, with the name in the reader's language. */
public record OrganisationListItem(long id, OrganisationType type, String name, String countryCode, String parentName) {

    public OrganisationRef ref() {
        return new OrganisationRef(id, name, countryCode);
    }
}
