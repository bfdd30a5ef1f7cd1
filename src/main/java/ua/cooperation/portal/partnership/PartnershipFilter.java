package ua.cooperation.portal.partnership;

/**
 * What the partnerships list is narrowed to; every part is optional. {@code unitCode} is a KATOTTH oblast, raion or
 * hromada: partnerships of Ukrainian hromadas inside it match. {@code municipalityId} matches either side.
 */
public record PartnershipFilter(String text, String countryCode, String unitCode, PartnershipStatus status,
                                CooperationArea area, Long municipalityId, boolean awaitingConfirmation) {

    public static PartnershipFilter none() {
        return new PartnershipFilter(null, null, null, null, null, null, false);
    }

    public static PartnershipFilter ofCountry(String countryCode) {
        return new PartnershipFilter(null, countryCode, null, null, null, null, false);
    }

    public static PartnershipFilter ofMunicipality(long municipalityId) {
        return new PartnershipFilter(null, null, null, null, null, municipalityId, false);
    }

    public static PartnershipFilter awaitingConfirmationOnly() {
        return new PartnershipFilter(null, null, null, null, null, null, true);
    }
}
