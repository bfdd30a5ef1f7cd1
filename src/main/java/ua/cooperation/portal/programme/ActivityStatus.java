package ua.cooperation.portal.programme;

/** The IATI activity status (codelist ActivityStatus), with the code the IATI file carries. */
public enum ActivityStatus {
    PIPELINE(1), IMPLEMENTATION(2), FINALISATION(3), CLOSED(4), CANCELLED(5), SUSPENDED(6);

    private final int code;

    ActivityStatus(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
