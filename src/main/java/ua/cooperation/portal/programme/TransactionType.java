package ua.cooperation.portal.programme;

/** The IATI transaction types the portal records (codelist TransactionType). */
public enum TransactionType {
    COMMITMENT(2), DISBURSEMENT(3);

    private final int code;

    TransactionType(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
