package ua.cooperation.portal.registry;

/**
 * The addresses of the registry's pages (organisations, people, municipalities), in one place: other features link
 * to these records (countries, meetings, search), so the strings are not rebuilt by hand in each.
 */
public final class RegistryLinks {

    /** The organisations' list; an organisation's page is {@code organisations/<id>}. */
    public static final String ORGANISATIONS = "organisations";
    /** The people's list; a person's page is {@code people/<id>}. */
    public static final String PEOPLE = "people";
    /** The municipalities' list; a municipality's page is {@code municipalities/<id>}. */
    public static final String MUNICIPALITIES = "municipalities";

    private RegistryLinks() {
    }

    /** One organisation's page. */
    public static String organisation(long id) {
        return ORGANISATIONS + "/" + id;
    }

    /** One person's page. */
    public static String person(long id) {
        return PEOPLE + "/" + id;
    }

    /** One municipality's page. */
    public static String municipality(long id) {
        return MUNICIPALITIES + "/" + id;
    }
}
