package ua.cooperation.portal.territory;

/**
 * A codifier file that cannot be imported. {@link #line()} is the 1-based line of the file (the header is line 1);
 * {@link #reason()} says what is wrong, in English, for the log and the administrator.
 */
public class CodifierFormatException extends RuntimeException {

    private final int line;
    private final String reason;

    public CodifierFormatException(int line, String reason) {
        super("Line " + line + ": " + reason);
        this.line = line;
        this.reason = reason;
    }

    public int line() {
        return line;
    }

    public String reason() {
        return reason;
    }
}
