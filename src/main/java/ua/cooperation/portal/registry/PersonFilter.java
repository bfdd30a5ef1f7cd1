package ua.cooperation.portal.registry;

/** Filter of the people list: text over names (original and Latin) and country. Null fields do not filter. */
public record PersonFilter(String text, String countryCode) {

    public static PersonFilter none() {
        return new PersonFilter(null, null);
    }
}
