package ua.cooperation.portal.partnership;

/** What the partners work on together. */
public enum CooperationArea {
    EDUCATION,
    CULTURE,
    SOCIAL_SUPPORT,
    HEALTHCARE,
    VETERANS,
    DISPLACED_PERSONS,
    CHILDREN_RECREATION,
    ECONOMY,
    OTHER
}
