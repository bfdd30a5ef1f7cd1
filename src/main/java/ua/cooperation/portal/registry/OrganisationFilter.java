package ua.cooperation.portal.registry;

/** Filter of the organisations list: text over all names, type, country. Null fields do not filter. */
public record OrganisationFilter(String text, OrganisationType type, String countryCode) {

    public static OrganisationFilter none() {
        return new OrganisationFilter(null, null, null);
    }

    public static OrganisationFilter text(String text) {
        return new OrganisationFilter(text, null, null);
    }
}
