package ua.cooperation.portal.country;

/** How the office relates to a country. */
public enum PartnerStatus {
    PARTNER,
    PROSPECTIVE,
    OTHER
}
