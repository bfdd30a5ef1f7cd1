package ua.cooperation.portal.audit;

/** Kinds of security-relevant events kept in the audit table. */
public enum SecurityEventType {
    SIGN_IN,
    SIGN_IN_FAILED,
    LOCKED_OUT,
    SIGN_OUT,
    ACCESS_DENIED,
    USER_CHANGED,
    EXPORT,
    DOWNLOAD,
    /** An officer looked at the portal as the liaison of a country would. */
    PREVIEW,
    /** A user set up two-factor sign-in. */
    TWO_FACTOR_ENROLLED,
    /** A wrong two-factor or recovery code. */
    TWO_FACTOR_FAILED,
    /** An administrator removed a user's second factor; the user sets it up again. */
    TWO_FACTOR_RESET
}
