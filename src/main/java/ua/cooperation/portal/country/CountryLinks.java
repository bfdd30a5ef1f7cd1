package ua.cooperation.portal.country;

/** The addresses of the country pages, in one place, for every feature that links to a country. */
public final class CountryLinks {

    /** The list's route; a country's page is {@code countries/<ISO code>}. */
    public static final String ROUTE = "countries";
    public static final String QUERY_STATUS = "status";

    private CountryLinks() {
    }

    /** One country's page, by its ISO 3166-1 alpha-2 code. */
    public static String details(String countryCode) {
        return ROUTE + "/" + countryCode;
    }

    /** The list of the countries with one partner status. */
    public static String withStatus(PartnerStatus status) {
        return ROUTE + "?" + QUERY_STATUS + "=" + status.name();
    }

    /** The translation page of a country's notes for partners (ADR 0040). */
    public static String translations(String countryCode) {
        return ua.cooperation.portal.translation.TranslationLinks.of(
                ua.cooperation.portal.translation.TextOwnerKind.COUNTRY, CountryTextOwner.idOf(countryCode));
    }
}
