package ua.cooperation.portal.partnership;

/** The legal form of a partnership. */
public enum PartnershipType {
    TWINNING,
    COOPERATION_AGREEMENT,
    MEMORANDUM,
    INFORMAL
}
