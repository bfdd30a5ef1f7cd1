package ua.cooperation.portal.country;

import java.util.Locale;

/** Country names from the JDK's CLDR locale data, in the portal's languages. */
public final class CountryNames {

    public static final Locale UKRAINIAN = Locale.forLanguageTag("uk");
    public static final Locale LITHUANIAN = Locale.forLanguageTag("lt");

    private CountryNames() {
    }

    public static String displayName(String code, Locale language) {
        return Locale.of("", code).getDisplayCountry(language);
    }

    /** The stored name column that matches the reader's language (English for any other language). */
    static String nameProperty(Locale language) {
        return switch (language.getLanguage()) {
            case "uk" -> "nameUk";
            case "lt" -> "nameLt";
            default -> "nameEn";
        };
    }

    static String nameIn(Country country, Locale language) {
        return switch (language.getLanguage()) {
            case "uk" -> country.getNameUk();
            case "lt" -> country.getNameLt();
            default -> country.getNameEn();
        };
    }
}
