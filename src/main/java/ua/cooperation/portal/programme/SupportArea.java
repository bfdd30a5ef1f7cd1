package ua.cooperation.portal.programme;

/** The kinds of support a programme gives. */
public enum SupportArea {
    PSYCHOLOGICAL, SOCIAL_GUARANTEES, MEDICAL, SPIRITUAL_CARE, EDUCATION, CULTURE, RECREATION
}
