package ua.cooperation.portal.partnership;

/**
 * What the partnerships list is narrowed to; every part is optional. {@code unitCode} is a KATOTTH oblast, raion or
 * hromada: partnerships of Ukrainian hromadas inside it match. {@code municipalityId} matches either side,
 * {@code organisationId} likewise (the partner organisation or the Ukrainian institution); {@code kind} keeps
 * inter-municipal or institutional partnerships only.
 */
public record PartnershipFilter(String text, String countryCode, String unitCode, PartnershipStatus status,
                                CooperationArea area, Long municipalityId, boolean awaitingConfirmation,
                                PartnershipKind kind, Long organisationId) {

    /** A filter of any kind and organisation (what callers wrote before partnerships had a kind). */
    public PartnershipFilter(String text, String countryCode, String unitCode, PartnershipStatus status,
                             CooperationArea area, Long municipalityId, boolean awaitingConfirmation) {
        this(text, countryCode, unitCode, status, area, municipalityId, awaitingConfirmation, null, null);
    }

    public static PartnershipFilter none() {
        return new PartnershipFilter(null, null, null, null, null, null, false);
    }

    public static PartnershipFilter ofCountry(String countryCode) {
        return new PartnershipFilter(null, countryCode, null, null, null, null, false);
    }

    public static PartnershipFilter ofMunicipality(long municipalityId) {
        return new PartnershipFilter(null, null, null, null, null, municipalityId, false);
    }

    /** The partnerships naming this registry organisation on either side. */
    public static PartnershipFilter ofOrganisation(long organisationId) {
        return new PartnershipFilter(null, null, null, null, null, null, false, null, organisationId);
    }

    public static PartnershipFilter ofKind(PartnershipKind kind) {
        return new PartnershipFilter(null, null, null, null, null, null, false, kind, null);
    }

    public static PartnershipFilter awaitingConfirmationOnly() {
        return new PartnershipFilter(null, null, null, null, null, null, true);
    }
}
