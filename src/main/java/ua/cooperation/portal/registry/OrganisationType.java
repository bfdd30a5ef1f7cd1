package ua.cooperation.portal.registry;

/** What kind of body an organisation is; drives filters and labels, not behaviour. */
public enum OrganisationType {
    MINISTRY,
    EMBASSY,
    CONSULATE,
    HONORARY_CONSULATE,
    REGIONAL_ADMINISTRATION,
    MUNICIPALITY,
    NGO,
    INTERNATIONAL_ORGANISATION,
    SCHOOL_UNIVERSITY,
    HOSPITAL,
    OTHER
}
