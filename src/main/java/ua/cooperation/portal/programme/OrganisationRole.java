package ua.cooperation.portal.programme;

/** The IATI role of a participating organisation (codelist OrganisationRole). */
public enum OrganisationRole {
    FUNDING(1), ACCOUNTABLE(2), EXTENDING(3), IMPLEMENTING(4);

    private final int code;

    OrganisationRole(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
