package ua.cooperation.portal.programme;

/**
 * The OECD DAC 5-digit purpose codes the office uses (IATI sector vocabulary 1). A small fixed list on purpose: the
 * programmes of an oblast administration fall into these; more can be added with their translations.
 */
public enum Sector {
    BASIC_HEALTH_CARE("12220"),
    BASIC_HEALTH_INFRASTRUCTURE("12230"),
    PRIMARY_EDUCATION("11220"),
    CIVILIAN_PEACE_BUILDING("15220"),
    ENDING_VIOLENCE_AGAINST_WOMEN("15180"),
    SOCIAL_PROTECTION("16010"),
    EMPLOYMENT("16020"),
    CULTURE_AND_RECREATION("16061"),
    MATERIAL_RELIEF("72010"),
    REHABILITATION_RELIEF("72050");

    private final String code;

    Sector(String code) {
        this.code = code;
    }

    /** The DAC 5 code as IATI writes it. */
    public String code() {
        return code;
    }
}
