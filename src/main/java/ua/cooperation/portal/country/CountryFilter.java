package ua.cooperation.portal.country;

/**
 * Filter of the countries list: free text (matches the name in any language or the code) and partner status.
 * Null fields do not filter.
 */
public record CountryFilter(String text, PartnerStatus partnerStatus) {

    public static CountryFilter none() {
        return new CountryFilter(null, null);
    }
}
